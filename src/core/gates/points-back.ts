import {
  AUXILIARIES,
  COPULAS,
  EXISTENCE_VERBS,
  GENERIC_SUBJECTS,
  POINTED_NOUNS,
} from '../lexicon/clause-words.ts';

const BE_FORMS = [...COPULAS, 'being'];
const BE = BE_FORMS.join('|');
const AFTER_THERE = [...new Set([...BE_FORMS, ...AUXILIARIES, ...EXISTENCE_VERBS])].join('|');
/** "played there": "there" that is not the "there is / there were" of existence names a place said before. */
const THERE_POINTING = new RegExp(`(?<!\\b(?:${BE})) there\\b(?! (?:${AFTER_THERE})\\b)`, 'i');
const THAT_NOUN = new RegExp(`\\bthat (?:${POINTED_NOUNS.join('|')})\\b`, 'i');
/** "At those schools, …": a plural demonstrative before a noun points to things named before. */
const THOSE_NOUN =
  /\b(?:those|these) (?!(?:who|which|that|of|in|with|is|are|was|were|be|have|had)\b|[a-z]+ed\b)[a-z]/i;
/**
 * "Thirty-one of them are children …": a share of people or things named before ("Some of these
 * reefs …" names what they are, as a blank there does).
 */
const OF_THEM_OPENING =
  /^(?:[\p{L}\d,-]+|_____) of (?:them\b|(?:these|those)\b(?! (?:_____|\p{Ll}+s\b)))/iu;

/** "The company has …", but not "The team from UCL …", which says whose. */
const GENERIC_OPENING = new RegExp(
  `^The (?:${GENERIC_SUBJECTS.join('|')})\\b(?! (?:from|of|at|in|behind) )`,
);

/**
 * True when a sentence-shaped prompt leans on an earlier sentence for what it is about: "Dvořák
 * played there for nine years", "grants will cover half of that amount", "The company has 640
 * employees" in an article about two companies. Quoted words are someone's speech and are left be.
 */
export function pointsBack(prompt: string): boolean {
  if (/^Who said\b/.test(prompt)) return false;
  const own = prompt.replace(/^Fill in the blank: /, '').replace(/"[^"]*"/g, '""');
  const there = THERE_POINTING.exec(own);
  // "in London, … riders there": a place named before "there" in the same sentence answers it.
  const placed =
    there !== null && /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ii]nto) \p{Lu}/u.test(own.slice(0, there.index));
  return (
    (there !== null && !placed) ||
    THAT_NOUN.test(own) ||
    GENERIC_OPENING.test(own) ||
    OF_THEM_OPENING.test(own)
  );
}

/**
 * The same for a statement to judge true or false, which must also not rest on "those" or "these"
 * things ("At those schools, average sleep rose …"); a blank may, as the noun says what they are.
 */
export function statementPointsBack(statement: string): boolean {
  return pointsBack(statement) || THOSE_NOUN.test(statement.replace(/"[^"]*"/g, '""'));
}
