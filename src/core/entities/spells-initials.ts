import type { NameChunk } from './find-name-chunks.ts';

/** "Movement for Democratic Change (MDC)": the short form in brackets right after the name. */
export function acronymAfter(chunk: NameChunk, sentence: string): string | null {
  return /^ \(([A-Z][A-Z&]{1,7})\)/.exec(sentence.slice(chunk.end))?.[1] ?? null;
}

/** True when the short form spells the initials of the name's capitalised words (or of all its words). */
export function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = acronym.replace(/&/g, '');
  const initials = (list: string[]): string =>
    list
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
  return (
    initials(words.filter((w) => /^\p{Lu}/u.test(w))) === letters || initials(words) === letters
  );
}

/**
 * True when capitalised words of the text, one after another, start with the acronym's letters
 * ("Convention on International Trade in Endangered Species …, known as CITES"): the text spells
 * the short form out.
 */
export function spelledOutIn(text: string, acronym: string): boolean {
  if (!/^[A-Z]{3,8}$/.test(acronym)) return false;
  const initials = (text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]).join('');
  return initials.includes(acronym);
}
