import { isSentenceBoundary } from './is-sentence-boundary.ts';
import type { TextRange } from './text-range.ts';

const TERMINATOR = /[.!?]/;
/** Closing quotes and brackets that belong to the sentence they follow: `He said "No."`. */
const CLOSER = /["')\]}]/;
const SPACE = /\s/;

/**
 * Splits one paragraph of normalised text into sentence ranges (untrimmed, covering the paragraph).
 * Runs in time linear in the paragraph's length.
 */
export function splitSentences(text: string, paragraph: TextRange): TextRange[] {
  const { end: limit } = paragraph;
  const sentences: TextRange[] = [];
  let start = paragraph.start;
  let i = start;
  while (i < limit) {
    if (!TERMINATOR.test(text.charAt(i))) {
      i++;
      continue;
    }
    const runEnd = skipWhile(text, i, limit, TERMINATOR);
    const after = skipWhile(text, runEnd, limit, CLOSER);
    const followedBySpace = after === limit || SPACE.test(text.charAt(after));
    const run = { start: i, end: runEnd, after };
    if (followedBySpace && isSentenceBoundary(text, run, { start, end: limit })) {
      sentences.push({ start, end: after });
      start = after;
    }
    i = after;
  }
  if (start < limit) sentences.push({ start, end: limit });
  return sentences;
}

function skipWhile(text: string, from: number, limit: number, pattern: RegExp): number {
  let i = from;
  while (i < limit && pattern.test(text.charAt(i))) i++;
  return i;
}
