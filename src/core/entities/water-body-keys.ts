import { WATER_BODY_WORDS } from '../lexicon/place-words.ts';

/** Words that open the rest of a name, not a name of its own ("Río de la Plata", "Lake of the Woods"). */
const JOINER = /^(?:of|de|del|della|la|le|do|da|dos|das)\b/;

/** "paraná river", "rio paraná" → "river:paraná"; "lake constance" → "lake:constance"; or null. */
function waterBody(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  const after = WATER_BODY_WORDS[words.at(-1) as string];
  const before = WATER_BODY_WORDS[words[0] as string];
  const base = after ? words.slice(0, -1).join(' ') : words.slice(1).join(' ');
  const kind = after ?? before;
  return kind && !JOINER.test(base) ? `${kind}:${base}` : null;
}

/**
 * Keys of one river or lake named several ways ("Paraná River", "Rio Paraná", "Río Paraná"; "Lake
 * Constance", "Constance Lake") → the key of its first such name. A bare key maps to the river of
 * that name ("paraná" → "paraná river"), to be used only for a place of no known kind: "the
 * Paraná" is the river, the country "Paraguay" is not the "Paraguay River". A bare lake name is
 * left alone, as it is often its town's ("Geneva").
 */
export function waterBodyKeys(keys: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const key of keys) {
    const body = waterBody(key);
    if (body && !first.has(body)) first.set(body, key);
  }
  const joined = new Map<string, string>();
  for (const key of keys) {
    const target = first.get(waterBody(key) ?? `river:${key}`);
    if (target !== undefined && target !== key) joined.set(key, target);
  }
  return joined;
}
