import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';

/** Words that join the names in a longer title ("French and Indian War", "Nzinga of Ndongo"). */
const TITLE_JOINERS = /^(?:and|of|the|de|del|la|von|van|on|in|at)$/;

/**
 * Whether a title of four to six words is an entry's name rather than a headline: names and joining
 * words only, but for a last word that says what kind of thing it is ("Burke and Wills
 * expedition"). "Dozens dead in California boat fire" tells news.
 */
function longEntryTitle(words: readonly string[]): boolean {
  if (words.length > 6) return false;
  // "Marshall Islands stick chart": a name, then two words at most that say what kind of thing.
  const kindFrom = Math.max(2, words.length - 2);
  const kindTail = words.slice(kindFrom).every((w) => /^\p{Ll}/u.test(w));
  return words.every(
    (w, k) =>
      /^\p{Lu}/u.test(w) ||
      TITLE_JOINERS.test(w) ||
      (k === words.length - 1 && k > 1) ||
      (kindTail && k >= kindFrom),
  );
}

/**
 * An encyclopedia entry's title, lower-cased and without "the" ("sahara", "great barrier reef",
 * "burke and wills expedition"), or '' for a headline ("Rahimova wins world chess championship …")
 * or no title.
 */
export function entryTitle(analysis: Analysis): string {
  const text = (analysis.segmented.title?.text ?? '').replace(/^The /, '');
  const words = text.split(/\s+/);
  return words.length <= 3 || longEntryTitle(words) ? text.toLowerCase() : '';
}

/**
 * The entry's title where it is a short form of a person's longer name: "José Rizal" for "José
 * Protasio Rizal Mercado y Alonso Realonda", keeping the first word and adding none, or the one
 * name the entry goes by ("Al-Biruni" for "Abu Rayhan Muhammad ibn Ahmad al-Biruni"), the first or
 * last word of the longer name. Null for anyone else, and under a headline.
 */
export function titleNameOf(analysis: Analysis, entity: NamedEntity): string | null {
  if (entity.type !== 'person' || entryTitle(analysis) === '') return null;
  const title = analysis.segmented.title?.text ?? '';
  const words = title.split(/\s+/);
  const full = entity.name.split(/\s+/);
  const short =
    words.length >= 2 &&
    words.length < full.length &&
    words[0] === full[0] &&
    words.every((w) => /^\p{Lu}/u.test(w) && full.includes(w));
  const lower = title.toLowerCase();
  const oneName =
    words.length === 1 &&
    full.length >= 2 &&
    [full[0], full.at(-1)].some((w) => w?.toLowerCase() === lower);
  return short || oneName ? title : null;
}
