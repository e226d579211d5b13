/** A name the key may go by, and whether it must match with its capitals. */
export interface KeyAlias {
  text: string;
  matchCase: boolean;
}

const properWord = /^\p{Lu}[\p{L}'.-]*$/u;

/**
 * Approximates the names a key may go by when no alias cluster is at hand: the key itself (any
 * case), its last word when the key is a multi-word proper name ("John Kerry" → "Kerry"), and each
 * capitalised word of length ≥ 4 (matched with its capitals, so "Battle" does not flag "battle").
 *
 * @example
 * keyAliases('Secretary John Kerry').map((a) => a.text); // ['Secretary John Kerry', 'Kerry', 'Secretary', 'John']
 */
export function keyAliases(key: string): KeyAlias[] {
  const trimmed = key.trim();
  const words = trimmed.split(/\s+/).filter((w) => w !== '');
  const aliases: KeyAlias[] = [{ text: trimmed, matchCase: false }];
  const add = (text: string, matchCase: boolean): void => {
    if (!aliases.some((a) => a.text === text)) aliases.push({ text, matchCase });
  };
  const last = words.at(-1);
  const properName = words.length > 1 && words.every((w) => properWord.test(w) || isParticle(w));
  if (properName && last !== undefined && properWord.test(last)) add(last, true);
  for (const word of words) {
    const bare = word.replace(/[^\p{L}\p{N}'-]/gu, '');
    if (bare.length >= 4 && /^\p{Lu}/u.test(bare)) add(bare, true);
  }
  return aliases;
}

/** Lower-case words that may sit inside a proper name ("Leonardo da Vinci", "Bank of England"). */
function isParticle(word: string): boolean {
  return [
    'of',
    'de',
    'da',
    'van',
    'von',
    'der',
    'del',
    'la',
    'le',
    'the',
    'and',
    'bin',
    'al',
  ].includes(word);
}
