import { CLAUSE_BREAK, DANGLING_WORDS, LEADING_DANGLING } from './module-words.ts';

/** Options of clauseAround. */
export interface ClauseOptions {
  /** Most words the phrase keeps; default 16. */
  maxWords?: number;
  /** Fewest words before the clause is widened to the next one; default 5. */
  minWords?: number;
}

/** Where each clause break starts and ends. */
function breaks(text: string): [number, number][] {
  return [...text.matchAll(CLAUSE_BREAK)].map((m) => [m.index, m.index + m[0].length]);
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Drops dangling words and punctuation at both ends of a word list. */
function tidy(words: string[]): string[] {
  const bare = (w: string | undefined): string => (w ?? '').toLowerCase().replace(/[^\w']/g, '');
  const out = [...words];
  while (out.length > 1 && DANGLING_WORDS.has(bare(out.at(-1)))) out.pop();
  while (out.length > 1 && LEADING_DANGLING.has(bare(out[0]))) out.shift();
  return out;
}

/** True for a word of a name ("Ocean", "of" inside "Institute of Ocean Science"). */
function inName(word: string | undefined): boolean {
  return word !== undefined && (/^\p{Lu}/u.test(word) || word === 'of');
}

/**
 * Keeps at most `max` words of a clause, always the words of the span at [spanFrom, spanTo), and
 * never starts inside a name ("Institute of Ocean Science" keeps its "Marrowick").
 */
function windowOf(words: string[], spanFrom: number, spanTo: number, max: number): string[] {
  if (words.length <= max) return words;
  const before = Math.max(0, Math.min(spanFrom, max - (spanTo - spanFrom) - 4));
  let from = Math.max(0, spanFrom - before);
  const start = from;
  while (
    from > 0 &&
    start - from < 4 &&
    inName(words[from]) &&
    /^\p{Lu}/u.test(words[from - 1] ?? '')
  )
    from -= 1;
  return words.slice(from, start + max);
}

/**
 * The clause of a sentence around the span [start, end): the words between the nearest clause
 * breaks (commas, semicolons, dashes), widened when too short and cut to a window when too long,
 * without dangling words at the ends. The words are exactly the sentence's.
 *
 * @example
 * const s = 'The plant will cost 48 million dollars, the firm said.';
 * clauseAround(s, 20, 30); // 'The plant will cost 48 million dollars'
 */
export function clauseAround(
  sentence: string,
  start: number,
  end: number,
  options: ClauseOptions = {},
): string {
  const { maxWords = 16, minWords = 5 } = options;
  const cuts = breaks(sentence);
  let from = cuts.findLast(([, b]) => b <= start)?.[1] ?? 0;
  let to = cuts.find(([a]) => a >= end)?.[0] ?? sentence.length;
  const widen = (): boolean => {
    if (to < sentence.length) to = cuts.find(([a]) => a > to)?.[0] ?? sentence.length;
    else if (from > 0) from = cuts.findLast(([, b]) => b < from)?.[1] ?? 0;
    else return false;
    return true;
  };
  while (wordsOf(sentence.slice(from, to)).length < minWords && widen());
  const head = wordsOf(sentence.slice(from, start)).length;
  const spanWords = Math.max(1, wordsOf(sentence.slice(start, end)).length);
  const words = wordsOf(sentence.slice(from, to));
  const kept = windowOf(words, head, head + spanWords, maxWords);
  return tidy(kept)
    .join(' ')
    .replace(/^["'(\s]+/, '')
    .replace(/[\s,;:.!?"'(]+$/, '');
}
