import { WEEKDAYS } from '../lexicon/common-words.ts';
import { blankOut, wordCount } from '../questions/sentence-tools.ts';
import type { DateEntry, NumberEntry, QuoteEntry, StudyCard, WhoEntry } from './module-types.ts';

/** The facts study cards are made from. */
export interface CardSources {
  people: readonly WhoEntry[];
  quotes: readonly QuoteEntry[];
  numbers: readonly NumberEntry[];
  dates: readonly DateEntry[];
}

const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join('|')})$`);
const MAX_QUOTE_WORDS = 30;

/** "Who is the U.S. Secretary of State?" → "John Kerry", or "Who is Arthur Penhale?" → his roles. */
function roleCard(entry: WhoEntry, roleOwners: Map<string, number>): StudyCard | null {
  const role = entry.roles[0];
  if (role === undefined) return null;
  const unique = (roleOwners.get(role.toLowerCase()) ?? 0) === 1;
  const described = /^(?:a|an|the)\s/i.test(role) ? role : `the ${role}`;
  const ask = entry.kind === 'person' ? 'Who is' : 'Which organization is';
  const card =
    wordCount(role) >= 2 && unique
      ? { front: `${ask} ${described}?`, back: entry.name }
      : {
          front: `${entry.kind === 'person' ? 'Who' : 'What'} is ${entry.name}?`,
          back: entry.roles.join('; '),
        };
  return { ...card, kind: 'role', evidence: entry.evidence };
}

/** "Who said: "…"?" → the speaker, for a quote short enough to hold on a card. */
function quoteCard(entry: QuoteEntry): StudyCard | null {
  const surname = entry.speaker.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (wordCount(entry.quote) > MAX_QUOTE_WORDS || entry.quote.toLowerCase().includes(surname))
    return null;
  return {
    front: `Who said: "${entry.quote}"?`,
    back: entry.speaker,
    kind: 'quote',
    evidence: entry.evidence,
  };
}

/** Where `word` stands as a whole word in `text` ("seven" in "has seven gills", not in "sevengill"); -1 if nowhere. */
function wordAt(text: string, word: string): number {
  let at = text.indexOf(word);
  while (at >= 0 && (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + word.length] ?? '')))
    at = text.indexOf(word, at + 1);
  return at;
}

/** The phrase with the number blanked out on the front, the number on the back. */
function numberCard(entry: NumberEntry): StudyCard | null {
  const at = wordAt(entry.phrase, entry.number);
  if (at < 0 || wordCount(entry.phrase) < 4) return null;
  const front = blankOut(entry.phrase, at, at + entry.number.length);
  // A phrase that starts mid-sentence reads as an excerpt: "… hire _____ new workers".
  const lead = /^[a-z]/.test(front) ? '… ' : '';
  return {
    front: `Fill in the number: ${lead}${front}`,
    back: entry.number,
    kind: 'number',
    evidence: entry.evidence,
  };
}

/** "on" for a weekday or a day ("July 27", "4 July 1976"), "in" for a month or a year. */
function defaultPreposition(date: string): string {
  return WEEKDAY.test(date) || /\b\d{1,2}\b/.test(date) ? 'on' : 'in';
}

/** "What happened in March 2025?" → the event, in the article's words. */
function dateCard(entry: DateEntry): StudyCard | null {
  if (wordCount(entry.event) < 6) return null;
  const sentence = entry.evidence.text;
  const date = entry.date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const preposition = new RegExp(`\\b(on|in|by|since|until|from|before|after) ${date}`, 'i');
  const word = preposition.exec(sentence)?.[1]?.toLowerCase() ?? defaultPreposition(entry.date);
  const front = /^(?:on|in|by|before|after)$/.test(word)
    ? `What happened ${word} ${entry.date}?`
    : `What does the article say about ${entry.date}?`;
  return {
    front,
    back: entry.event,
    kind: 'date',
    evidence: entry.evidence,
  };
}

/** Takes one card of each kind in turn, so that every kind of fact gets its share. */
function interleave(lists: readonly StudyCard[][]): StudyCard[] {
  const out: StudyCard[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (list[i]) out.push(list[i] as StudyCard);
  return out;
}

/**
 * Study cards from the module's facts: roles, quotes, numbers and dates, taken in turn so every kind
 * gets its share, never two cards with the same front, at most `limit` (default 20).
 */
export function makeStudyCards(sources: CardSources, limit = 20): StudyCard[] {
  const roleOwners = new Map<string, number>();
  for (const p of sources.people)
    for (const r of p.roles)
      roleOwners.set(r.toLowerCase(), (roleOwners.get(r.toLowerCase()) ?? 0) + 1);
  const lists = [
    sources.people.map((p) => roleCard(p, roleOwners)),
    sources.quotes.map(quoteCard),
    sources.numbers.map(numberCard),
    sources.dates.map(dateCard),
  ].map((list) => list.filter((c): c is StudyCard => c !== null));
  const seen = new Set<string>();
  return interleave(lists)
    .filter((card) => {
      const key = card.front.toLowerCase();
      if (seen.has(key) || card.back.trim() === '') return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
