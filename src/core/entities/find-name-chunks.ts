import { MONTHS, NAME_JOINERS, NON_NAME_WORDS, WEEKDAYS } from '../lexicon/common-words.ts';
import { ROLE_HEADS } from '../lexicon/role-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

/** A run of capitalised words that may be a name, with its token range in the sentence. */
export interface NameChunk {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  /** Offsets into the normalized sentence. */
  start: number;
  end: number;
  text: string;
}

const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const BREAKING = /[,;:()[\]"!?]|\.\s*$|\s-\s|--/;
const POSSESSIVE = /['’]s?$/;

function isCapitalised(token: Token): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(token.text) || /^[a-z]{1,3}-[A-Z]/.test(token.text);
}

function isNameWord(token: Token, index: number, known: ReadonlySet<string>): boolean {
  if (!isCapitalised(token)) return false;
  const lower = token.normal.replace(POSSESSIVE, '');
  if (DATE_WORDS.has(lower)) return false;
  if (index === 0 && NON_NAME_WORDS.has(lower)) return false;
  if (NON_NAME_WORDS.has(lower) && !token.tags.has('ProperNoun')) return false;
  if (index === 0 && !isProperTagged(token) && !known.has(lower) && !ROLE_HEADS.has(lower))
    return false;
  return !token.tags.has('Pronoun') && !/^\d/.test(token.text);
}

function isProperTagged(token: Token): boolean {
  const t = token.tags;
  return (
    t.has('ProperNoun') ||
    t.has('Person') ||
    t.has('Place') ||
    t.has('Organization') ||
    t.has('Acronym')
  );
}

function breaksAfter(token: Token, next?: Token): boolean {
  return (
    BREAKING.test(token.post) ||
    /['’]s?$/.test(token.text) ||
    (next !== undefined && /[([{"]/.test(next.pre))
  );
}

/**
 * Finds the runs of capitalised words in a tagged sentence ("U.S. Secretary of State John Kerry",
 * "Syrian Observatory for Human Rights"), keeping small joiners such as "of" inside a run.
 */
export function findNameChunks(
  tokens: readonly Token[],
  sentence: string,
  known: ReadonlySet<string> = new Set(),
): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isNameWord(first, i, known)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < tokens.length && !breaksAfter(tokens[j - 1] as Token, tokens[j])) {
      const token = tokens[j] as Token;
      if (isNameWord(token, j, known)) {
        last = j;
        j += 1;
      } else if (
        NAME_JOINERS.has(token.normal) &&
        !breaksAfter(token, tokens[j + 1]) &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1] as Token, j + 1, known)
      ) {
        j += 1;
      } else if (
        token.normal === 'the' &&
        tokens[j - 1]?.normal === 'of' &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1] as Token, j + 1, known)
      ) {
        j += 1;
      } else break;
    }
    const tail = tokens[last + 1];
    const joiner = tokens[last - 1];
    // "Observatory for Human rights": a lower-case word closing a name after "for"/"of" belongs to it.
    if (
      tail &&
      joiner &&
      last - 1 > i &&
      NAME_JOINERS.has(joiner.normal) &&
      !breaksAfter(tokens[last] as Token) &&
      /^[a-z]+$/.test(tail.text) &&
      tail.tags.has('Noun') &&
      BREAKING.test(tail.post)
    )
      last += 1;
    chunks.push(makeChunk(tokens, i, last + 1, sentence));
    i = last + 1;
  }
  return chunks;
}

function makeChunk(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: string,
): NameChunk {
  const start = (tokens[from] as Token).start;
  const lastToken = tokens[to - 1] as Token;
  let end = lastToken.end;
  const raw = sentence.slice(start, end);
  const possessive = /['’]s$/.exec(raw) ?? /s['’]$/.exec(raw);
  if (possessive) end -= possessive[0] === "'s" || possessive[0] === '’s' ? 2 : 1;
  end = trimTrailingDot(sentence, start, end);
  return { from, to, start, end, text: sentence.slice(start, end) };
}

function trimTrailingDot(sentence: string, start: number, end: number): number {
  const text = sentence.slice(start, end);
  // Keep the dot of an abbreviation such as "U.S." or "Inc.", drop a sentence's full stop.
  if (text.endsWith('.') && !/(?:\b[A-Z]\.)+$|(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.$/.test(text))
    return end - 1;
  return end;
}
