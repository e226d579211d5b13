/**
 * Folds the forms that do not change meaning: Unicode compatibility form, straight quotes, plain
 * hyphens, single spaces. Keeps letter case.
 *
 * @example
 * foldText('“Kerry’s”  plan — now'); // '"Kerry\'s" plan - now'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds text for case-insensitive comparisons (foldText, then lower case). Lengths change, so use it
 * for containment tests, never for offsets.
 *
 * @example
 * normalizeForMatch('“Kerry’s”  plan — now'); // '"kerry\'s" plan - now'
 */
export function normalizeForMatch(text: string): string {
  return foldText(text).toLowerCase();
}

/** The lower-case words (letters and digits) of a text, in order. */
export function wordsOf(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? [];
}
