import type { Question, Quiz } from '../types.ts';

/** The Aiken text of a quiz and what the format made us change. */
export interface AikenExport {
  text: string;
  /** Questions written (Aiken holds at most 26 options, so a larger one would be left out). */
  written: number;
  /** True/false questions written as the two options `A. True` / `B. False`. */
  trueFalseConverted: number;
  /** Questions left out, by id. */
  omitted: string[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Aiken is line-based: every field is one line, line breaks and tabs become single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Moodle's Aiken reader takes a line that starts like `B. ` or `B) ` for an option and one that starts
// with `ANSWER:` for the key, wherever it stands; a question that starts that way gets a label first.
function questionLine(prompt: string): string {
  const line = oneLine(prompt);
  return /^([A-Z][.)](\s|$)|ANSWER:)/i.test(line) ? `Question: ${line}` : line;
}

function options(question: Question): { texts: string[]; key: number } {
  switch (question.type) {
    case 'multiple-choice':
      return {
        texts: question.choices.map((c) => c.text),
        key: question.choices.findIndex((c) => c.id === question.answer),
      };
    case 'true-false':
      return { texts: ['True', 'False'], key: question.answer ? 0 : 1 };
  }
}

function aikenBlock(question: Question): string | null {
  const { texts, key } = options(question);
  const letter = LETTERS[key];
  if (texts.length > LETTERS.length || letter === undefined) return null;
  const lines = texts.map((text, i) => `${LETTERS[i] ?? ''}. ${oneLine(text)}`);
  return [questionLine(question.prompt), ...lines, `ANSWER: ${letter}`].join('\n');
}

/**
 * Aiken text of a quiz (multiple choice only): the question on one line, options `A. …` each on its own
 * line, then `ANSWER: X`; a blank line between questions. True/false questions become `A. True` /
 * `B. False`. Aiken has no feedback, so explanations are not written.
 *
 * @example
 * toAiken(quiz).text; // 'Who said …?\nA. Kerry\nB. Lavrov\nC. Obama\nANSWER: B\n'
 */
export function toAiken(quiz: Quiz): AikenExport {
  const blocks: string[] = [];
  const omitted: string[] = [];
  let trueFalseConverted = 0;
  for (const question of quiz.questions) {
    const block = aikenBlock(question);
    if (block === null) {
      omitted.push(question.id);
      continue;
    }
    blocks.push(block);
    if (question.type === 'true-false') trueFalseConverted += 1;
  }
  const text = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  return { text, written: blocks.length, trueFalseConverted, omitted };
}
