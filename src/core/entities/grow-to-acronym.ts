import type { Token } from '../nlp/tag-sentences.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { acronymAfter } from './spells-initials.ts';

/** Lower-case words a name may hold between the capitalised words its short form spells. */
const MAX_LOWER_RUN = 2;

/**
 * Where a name ends its short form's spelling, walking back from `from` (exclusive): the first token
 * of the name, or null when the words before do not spell the letters still missing.
 */
function spellingStart(tokens: readonly Token[], from: number, missing: string): number | null {
  let letters = missing;
  let lowerRun = 0;
  for (let k = from - 1; k >= 0 && letters.length > 0; k--) {
    const token = tokens[k] as Token;
    // "United Nations Educational, Scientific and Cultural Organization (UNESCO)": a comma may part
    // two of the words spelled, never a lower-case one.
    const capital = /^\p{Lu}/u.test(token.text);
    if (/[;:()"]/.test(token.post) || (/,/.test(token.post) && !capital)) return null;
    if (capital) {
      if (token.text[0]?.toUpperCase() !== letters.at(-1)) return null;
      letters = letters.slice(0, -1);
      lowerRun = 0;
      if (letters.length === 0) return k;
    } else if (/^\p{Ll}+$/u.test(token.text) && ++lowerRun <= MAX_LOWER_RUN) continue;
    else return null;
  }
  return null;
}

/**
 * "Medicines and Healthcare products Regulatory Agency (MHRA)": a name cut short at a lower-case
 * word grows back to where its short form in brackets starts spelling it, and takes in the chunks
 * it covers.
 */
export function growToAcronym(
  chunks: readonly NameChunk[],
  tokens: readonly Token[],
  sentence: string,
): NameChunk[] {
  const out: NameChunk[] = [];
  for (const chunk of chunks) {
    const acronym = acronymAfter(chunk, sentence)?.replace(/&/g, '');
    const own = tokens
      .slice(chunk.from, chunk.to)
      .filter((t) => /^\p{Lu}/u.test(t.text))
      .map((t) => t.text[0]?.toUpperCase())
      .join('');
    const missing = acronym?.endsWith(own) ? acronym.slice(0, -own.length) : '';
    const from = own && missing ? spellingStart(tokens, chunk.from, missing) : null;
    if (from === null) {
      out.push(chunk);
      continue;
    }
    while (out.length > 0 && (out.at(-1) as NameChunk).from >= from) out.pop();
    const start = (tokens[from] as Token).start;
    out.push({ ...chunk, from, start, text: sentence.slice(start, chunk.end) });
  }
  return out;
}
