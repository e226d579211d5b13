/**
 * The normaliser's character table: each entry maps one UTF-16 code unit to its plain replacement.
 * An empty replacement removes the character. Kept as data so that it can be tuned without touching
 * the normaliser's logic.
 */

const SINGLE_QUOTES = ['\u2018', '\u2019', '\u201A', '\u201B', '\u2032'];
const DOUBLE_QUOTES = ['\u201C', '\u201D', '\u201E', '\u201F', '\u2033'];
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];
/** Tab, NBSP, ogham space, en quad … hair space, narrow NBSP, medium math space, ideographic space. */
const SPACES = [
  '\t',
  '\u00A0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u202F',
  '\u205F',
  '\u3000',
];
/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen. */
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
/** Line and paragraph separators, vertical tab, form feed, next line. */
const LINE_BREAKS = ['\u2028', '\u2029', '\u000B', '\u000C', '\u0085'];

const entries: [string, string][] = [
  ...SINGLE_QUOTES.map((c): [string, string] => [c, "'"]),
  ...DOUBLE_QUOTES.map((c): [string, string] => [c, '"']),
  ...DASHES.map((c): [string, string] => [c, '-']),
  ...SPACES.map((c): [string, string] => [c, ' ']),
  ...INVISIBLES.map((c): [string, string] => [c, '']),
  ...LINE_BREAKS.map((c): [string, string] => [c, '\n']),
  ['\u2026', '...'],
];

/** Character → replacement (possibly empty or several characters). */
export const CHARACTER_TABLE: ReadonlyMap<string, string> = new Map(entries);

/** The em dash, which becomes " - " when it stands directly between two words. */
export const EM_DASH = '\u2014';
