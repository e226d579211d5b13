import type { Analysis, NameMention } from '../analyze/analysis-types.ts';

/** The verb right after a mention and the next name after it in the sentence, if any. */
function deedOf(analysis: Analysis, mention: NameMention): { stem: string; target: string } | null {
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const verb = /^ (\p{Ll}{3,})\b/u.exec(sentence.slice(mention.end))?.[1];
  const token = (analysis.tokens[mention.sentence] ?? []).find((t) => t.start > mention.end);
  if (verb === undefined || !token?.tags.has('Verb')) return null;
  const object = (analysis.mentions[mention.sentence] ?? []).find(
    (m) => m.start > mention.end && m.entity !== mention.entity && m.type !== 'date',
  );
  if (!object) return null;
  return { stem: verb.slice(0, Math.max(3, verb.length - 3)), target: object.entity };
}

const deedIndexes = new WeakMap<Analysis, Map<string, Set<string>>>();

/** Who the article's sentences say did what to whom, by "stem|target": worked out once per article. */
function deedIndex(analysis: Analysis): Map<string, Set<string>> {
  const known = deedIndexes.get(analysis);
  if (known) return known;
  const index = new Map<string, Set<string>>();
  for (const mentions of analysis.mentions)
    for (const m of mentions) {
      if (m.type === 'date') continue;
      const deed = deedOf(analysis, m);
      if (!deed) continue;
      const key = `${deed.stem}|${deed.target}`;
      index.set(key, (index.get(key) ?? new Set()).add(m.entity));
    }
  deedIndexes.set(analysis, index);
  return index;
}

/** True when the text holds "<name> <verb stem>…" with the name starting a word. */
function saysDeed(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    if (at === 0 || !/\p{L}/u.test(text.charAt(at - 1))) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

const titleIndexes = new WeakMap<Analysis, Map<string, Set<string>>>();

/**
 * The names the title gives as doing the deed "stem|target" ("EU fines Norveda"); the title is no
 * sentence of the article, so its words are matched by the names' aliases. Once per deed.
 */
function titleDoers(analysis: Analysis, key: string): Set<string> {
  const cache = titleIndexes.get(analysis) ?? new Map<string, Set<string>>();
  titleIndexes.set(analysis, cache);
  const known = cache.get(key);
  if (known) return known;
  const [stem = '', targetId = ''] = key.split('|');
  const title = (analysis.segmented.title?.text ?? '').toLowerCase();
  const target = analysis.entities.get(targetId);
  const found = new Set<string>();
  if (target && [...target.aliases].some((a) => title.includes(a)))
    for (const e of analysis.entities.values())
      if ([...e.aliases].some((a) => saysDeed(title, `${a} ${stem}`))) found.add(e.id);
  cache.set(key, found);
  return found;
}

/**
 * "The European Commission fined … Norveda" beside the headline "EU fines Norveda": the names that
 * the article (its title too) also gives as doing what the blanked name does, to the same one. Such
 * a name is a true answer too, never an option. The deed is the verb right after the name; the one
 * it is done to is the next name in the sentence. Lower-cased aliases.
 */
export function sameDeedNames(analysis: Analysis, mention: NameMention): string[] {
  const deed = deedOf(analysis, mention);
  const target = deed ? analysis.entities.get(deed.target) : undefined;
  if (!deed || !target) return [];
  const key = `${deed.stem}|${deed.target}`;
  const doers = new Set([...(deedIndex(analysis).get(key) ?? []), ...titleDoers(analysis, key)]);
  doers.delete(mention.entity);
  doers.delete(target.id);
  return [...doers].flatMap((id) => [...(analysis.entities.get(id)?.aliases ?? [])]);
}
