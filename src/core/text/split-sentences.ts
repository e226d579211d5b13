import { isSentenceBoundary } from './is-sentence-boundary.ts';
import type { TerminatorRun } from './is-sentence-boundary.ts';
import type { TextRange } from './text-range.ts';

const TERMINATOR = /[.!?]/;
/** Closing quotes and brackets that belong to the sentence they follow: `He said "No."`. */
const CLOSER = /["')\]}]/;
/** Reference marks after a sentence, as in encyclopedia text: `[12]`, `[citation needed]`, `:116`. */
const REFERENCE = /\[[^\]\n]{1,30}\]|:\d{1,4}(?:-\d{1,4})?(?=\s|$)/y;
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
    const run = terminatorRun(text, i, limit);
    const followedBySpace = run.after === limit || SPACE.test(text.charAt(run.after));
    const sentence = { start, end: limit };
    if (followedBySpace && !isElision(text, run) && isSentenceBoundary(text, run, sentence)) {
      sentences.push({ start, end: run.after });
      start = run.after;
    }
    i = run.after;
  }
  if (start < limit) sentences.push({ start, end: limit });
  return sentences;
}

/** The punctuation run at `from` ("?!", "...", ". . .") and its closing quotes or references. */
function terminatorRun(text: string, from: number, limit: number): TerminatorRun {
  let end = from;
  while (end < limit && TERMINATOR.test(text.charAt(end))) end++;
  while (end + 1 < limit && text.startsWith(' .', end) && text.charAt(end - 1) === '.') end += 2;
  let after = end;
  for (let moved = true; moved && after < limit;) {
    const before = after;
    while (after < limit && CLOSER.test(text.charAt(after))) after++;
    REFERENCE.lastIndex = after;
    if (REFERENCE.exec(text) && REFERENCE.lastIndex <= limit) after = REFERENCE.lastIndex;
    moved = after > before;
  }
  return { start: from, end, after };
}

/** An elision mark "[...]" right after a finished sentence belongs to the next one. */
function isElision(text: string, run: TerminatorRun): boolean {
  if (text.charAt(run.start - 1) !== '[' || text.charAt(run.end) !== ']') return false;
  let i = run.start - 2;
  while (i >= 0 && SPACE.test(text.charAt(i))) i--;
  return /[.!?"')]/.test(text.charAt(i));
}
