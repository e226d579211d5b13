/** A half-open range [start, end) of offsets into a string. */
export interface TextRange {
  start: number;
  end: number;
}

const BLANK = /\s/;

/** Narrows a range of `text` so that it neither starts nor ends with whitespace; null when blank. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && BLANK.test(text.charAt(start))) start++;
  while (end > start && BLANK.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
