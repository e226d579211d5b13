import type { Span } from '../types.ts';
import type { TextRange } from './text-range.ts';

/** Whitespace and the invisible characters the normaliser removes. */
const SKIPPED = /[\s\u200B-\u200D\u2060\u00AD]/;

/**
 * Maps a trimmed range of the normalised text back to the exact span of the original text it came
 * from. The start is the origin of the first character; the end is the origin of the next character
 * with any whitespace or invisible characters before it left out.
 */
export function toOriginalSpan(original: string, map: readonly number[], range: TextRange): Span {
  const start = map[range.start] ?? 0;
  let end = map[range.end] ?? original.length;
  while (end > start + 1 && SKIPPED.test(original.charAt(end - 1))) end--;
  return { start, end, text: original.slice(start, end) };
}
