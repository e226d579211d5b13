import { CHARACTER_TABLE, EM_DASH } from './character-table.ts';

/** A normalised text and, for each of its offsets, the offset in the original it came from. */
export interface NormalizedText {
  text: string;
  /** `map[i]` is the original offset of normalised offset `i`; `map.length === text.length + 1`. */
  map: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Normalises typography: straight quotes, plain dashes, single spaces, "..." for "…", no zero-width
 * characters or soft hyphens, LF line breaks. Keeps a map back to the original offsets.
 *
 * @example
 * normalizeText('“Hi”\u00A0— there').text; // '"Hi" - there'
 */
export function normalizeText(raw: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  let last = '';
  const emit = (piece: string, origin: number): void => {
    for (let k = 0; k < piece.length; k++) {
      const ch = piece.charAt(k);
      if (ch === ' ' && last === ' ') continue;
      out.push(ch);
      map.push(origin);
      last = ch;
    }
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i);
    if (ch === '\r') {
      emit('\n', i);
      if (raw.charAt(i + 1) === '\n') i++;
    } else if (ch === EM_DASH && isBetweenWords(raw, i)) {
      // "well—known" → "well - known": the space after the dash stands for the boundary after it.
      emit(' -', i);
      emit(' ', i + 1);
    } else {
      emit(CHARACTER_TABLE.get(ch) ?? ch, i);
    }
  }
  map.push(raw.length);
  return { text: out.join(''), map };
}

/** True for "word—word", where the dash is read as a spaced dash. */
function isBetweenWords(raw: string, i: number): boolean {
  return WORD_CHAR.test(raw.charAt(i - 1)) && WORD_CHAR.test(raw.charAt(i + 1));
}
