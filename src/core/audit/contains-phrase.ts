import { foldText, normalizeForMatch } from './normalize-for-match.ts';

/** Options of containsPhrase. */
export interface ContainsPhraseOptions {
  /** Compare case-insensitively. Default true. */
  ignoreCase?: boolean;
}

/** `text` with every character a pattern would read as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `phrase` occurs in `text` as whole words (not inside a longer word), allowing for
 * curly/straight quotes, dash variants and runs of whitespace.
 *
 * @example
 * containsPhrase('Who met Lavrov in Geneva?', 'lavrov'); // true
 * containsPhrase('Kerrygold butter', 'Kerry'); // false
 */
export function containsPhrase(
  text: string,
  phrase: string,
  options: ContainsPhraseOptions = {},
): boolean {
  const fold = (options.ignoreCase ?? true) ? normalizeForMatch : foldText;
  const needle = fold(phrase);
  if (needle === '') return false;
  const edge = '[\\p{L}\\p{N}]';
  const pattern = new RegExp(`(?<!${edge})${escapeRegExp(needle)}(?!${edge})`, 'u');
  return pattern.test(fold(text));
}
