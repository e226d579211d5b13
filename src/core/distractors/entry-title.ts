import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';

/**
 * An encyclopedia entry's title, lower-cased and without "the" ("sahara", "great barrier reef"),
 * or '' for a headline ("Rahimova wins world chess championship …") or no title.
 */
export function entryTitle(analysis: Analysis): string {
  const title = (analysis.segmented.title?.text ?? '').toLowerCase().replace(/^the /, '');
  return title.split(/\s+/).length <= 3 ? title : '';
}

/**
 * The entry's title where it is a short form of a person's longer name: "José Rizal" for "José
 * Protasio Rizal Mercado y Alonso Realonda", keeping the first word and adding none. Null for
 * anyone else, and under a headline.
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
  return short ? title : null;
}
