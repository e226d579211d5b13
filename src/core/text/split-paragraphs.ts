import type { TextRange } from './text-range.ts';
import { trimRange } from './text-range.ts';

const CONTINUATION = /\p{Ll}/u;
/** "- ", "• ": a line that is an item of a list. */
const BULLET = /^[-–•*]\s/;

/**
 * Splits the body of a normalised text (from `bodyStart` on) into trimmed paragraph ranges.
 * Blank lines separate paragraphs; when the body has no blank line at all, every line is one,
 * except that a line starting in lower case continues the one above. Each item of a bulleted list
 * is a paragraph of its own, and so is the line after the list.
 */
export function splitParagraphs(text: string, bodyStart: number): TextRange[] {
  const lines = splitLines(text, bodyStart);
  const byLine = !lines.some((line) => line === null);
  const paragraphs: TextRange[] = [];
  let open: TextRange | null = null;
  const isBullet = (line: TextRange | null): boolean =>
    line !== null && BULLET.test(text.slice(line.start, line.start + 2));
  for (const [n, line] of lines.entries()) {
    const continues = line && CONTINUATION.test(text.charAt(line.start));
    const listed = isBullet(line) || isBullet(lines[n - 1] ?? null);
    if (line && open && !listed && (!byLine || continues)) {
      open.end = line.end;
    } else {
      if (open) paragraphs.push(open);
      open = line ? { ...line } : null;
    }
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}

/** The trimmed lines of the text from `from` on; null for a blank line between two others. */
function splitLines(text: string, from: number): (TextRange | null)[] {
  const lines: (TextRange | null)[] = [];
  let start = from;
  while (start <= text.length) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak;
    lines.push(trimRange(text, { start, end }));
    start = end + 1;
  }
  return trimBlankEnds(lines);
}

function trimBlankEnds(lines: (TextRange | null)[]): (TextRange | null)[] {
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === null) first++;
  while (last > first && lines[last - 1] === null) last--;
  return lines.slice(first, last);
}
