/** One question as an Aiken importer reads it. */
export interface AikenQuestion {
  question: string;
  options: string[];
  answer: number;
}

const OPTION = /^([A-Z])[.)][ \t](.*)$/;
const ANSWER = /^ANSWER:\s*([A-Z])$/;

function readBlock(lines: readonly string[], at: number): AikenQuestion {
  const [question, ...rest] = lines;
  const last = rest.pop() ?? '';
  if (
    question === undefined ||
    question.trim() === '' ||
    OPTION.test(question) ||
    ANSWER.test(question)
  )
    throw new Error(
      `question ${at}: the first line is not a question: ${JSON.stringify(question)}`,
    );
  const options = rest.map((line, i) => {
    const m = OPTION.exec(line);
    if (!m || m[1] !== String.fromCharCode(65 + i))
      throw new Error(
        `question ${at}: option line ${i + 1} is not "${String.fromCharCode(65 + i)}. …": ${line}`,
      );
    return m[2] ?? '';
  });
  const key = ANSWER.exec(last);
  const answer = key ? (key[1] ?? '').charCodeAt(0) - 65 : -1;
  if (options.length < 2 || answer < 0 || answer >= options.length)
    throw new Error(`question ${at}: needs two options or more and an ANSWER among them: ${last}`);
  return { question, options, answer };
}

/**
 * A strict Aiken reader written from the format's rules: blocks separated by one blank line; the
 * question on one line; options `A. …` (or `A) …`) in letter order, one per line; then `ANSWER: X`.
 */
export function readAiken(text: string): AikenQuestion[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('the file does not end with a line break');
  return text
    .slice(0, -1)
    .split('\n\n')
    .map((block, i) => readBlock(block.split('\n'), i + 1));
}
