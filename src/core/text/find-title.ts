import { isDateLine } from './is-date-line.ts';
import type { TextRange } from './text-range.ts';
import { trimRange } from './text-range.ts';

/** Where the title and date lines of a normalised article are, and where its body starts. */
export interface ArticleHead {
  title: TextRange | null;
  dateline: TextRange | null;
  bodyStart: number;
}

const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 200;
/** A line ending like a sentence: "… today." or "… go?\"". */
const SENTENCE_FINAL = /[.!?:;,]["')\]]*$/;
const LETTER = /\p{L}/u;
/** A line that starts in lower case continues the line above: that line is not a title. */
const CONTINUATION = /\p{Ll}/u;
/** A line ending in one of these words is cut mid-sentence ("The mayor of"). */
const DANGLING = /\b(?:a|an|the|of|and|or|but|to|for|from|with)$/i;

/**
 * Finds an optional title line (short, no sentence-final punctuation, followed by a line break and
 * more text) and an optional date line right under it, in normalised text.
 */
export function findTitle(text: string): ArticleHead {
  const none: ArticleHead = { title: null, dateline: null, bodyStart: 0 };
  const first = nextLine(text, 0);
  if (!first || !isTitleLine(text.slice(first.start, first.end))) return none;
  const titleEnd = endOfLine(text, first.end);
  const second = nextLine(text, titleEnd);
  if (!second || CONTINUATION.test(text.charAt(second.start))) return none;
  if (isDateLine(text.slice(second.start, second.end))) {
    return { title: first, dateline: second, bodyStart: endOfLine(text, second.end) };
  }
  return { title: first, dateline: null, bodyStart: titleEnd };
}

/** The next non-blank line at or after `from`, trimmed; null when none. */
function nextLine(text: string, from: number): TextRange | null {
  let start = from;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  if (start >= text.length) return null;
  const end = endOfLine(text, start);
  return trimRange(text, { start, end });
}

/** The offset of the line break ending the line that holds `offset`, or the text's end. */
function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function isTitleLine(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || !LETTER.test(line)) return false;
  if (SENTENCE_FINAL.test(line) || DANGLING.test(line)) return false;
  return line.split(' ').length <= MAX_TITLE_WORDS;
}
