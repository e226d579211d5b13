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
const THERE_POINTING = new RegExp(
  `(?:^|(?<!\\b(?:${BE})) )there\\b(?! (?:${AFTER_THERE})\\b)`,
  'i',
);
const THAT_NOUN = new RegExp(`\\bthat (?:${POINTED_NOUNS.join('|')})\\b`, 'i');
/** "At those schools, …": a plural demonstrative before a noun points to things named before. */
const THOSE_NOUN =
  /\b(?:those|these) (?!(?:who|which|that|of|in|with|is|are|was|were|be|have|had)\b|[a-z]+ed\b)[a-z]/i;
/** "credited with directing this work": "this" before a noun, but for the present "this year". */
const THIS_NOUN = new RegExp(
  `\\bthis (?!(?:${['year', 'week', 'month', 'season', 'morning', 'afternoon', 'evening', 'time', ...AUXILIARIES].join('|')})\\b)\\p{Ll}`,
  'u',
);
/**
 * "Thirty-one of them are children …": a share of people or things named before ("Some of these
 * reefs …" names what they are, as a blank there does).
 */
const OF_THEM_OPENING =
  /^(?:The )?(?:[\p{L}\d,-]+|_____) of (?:them\b|(?:these|those)\b(?! (?:_____|\p{Ll}+s\b)))/iu;

/** "The 26-year-old secured the title": a person known only by an age given before. */
const AGED_PERSON = /\b[Tt]he (?:\d+|_____)-year-old\b/;
/** "That last win, which came …": "That" opening a sentence as a determiner, not a clause. */
const THAT_OPENING = new RegExp(
  `^That (?!(?:${[...AUXILIARIES, 'did', 'does', 'do', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'I', 'you'].join('|')})\\b)\\p{Ll}`,
  'u',
);
/** "In the same year", "since then": a time fixed by an earlier sentence. */
const TIME_POINTING = /\b[Tt]he same (?:year|month|week|day|season|decade)\b|\bsince then\b/;
/** "In those areas, …": a fronted place or time named before. */
const THOSE_FRONTED = /^(?:In|At|From|On|For|By) (?:those|these) \p{Ll}/u;

/** "to wear it", "replaced them": a pronoun as the object of a verb. */
const OBJECT_PRONOUN = /\b(?:to \p{Ll}+|\p{Ll}+ed) (?:it|them)\b/u;

/** "The first rider to wear it was _____.": a short sentence whose thing is named before it. */
const shortWithObjectPronoun = (own: string): boolean =>
  own.split(/\s+/).length <= 12 && OBJECT_PRONOUN.test(own);

/** "such walls", but not "such as" or "such a". */
const SUCH_NOUN = /\bsuch (?!as\b|an?\b)(\p{Ll}{3,}?)(?:es|s)\b/u;

/**
 * "Because human cells do not have such walls, …": "such" before a plural noun points back to
 * things of that kind, unless the sentence names one before it ("an enzyme …; such enzymes").
 */
function suchPointsBack(own: string): boolean {
  const such = SUCH_NOUN.exec(own);
  return (
    such !== null &&
    !own
      .slice(0, such.index)
      .toLowerCase()
      .includes(such[1] as string)
  );
}

/** A generic noun with nothing after it that says whose: "The team", not "The team from UCL". */
const GENERIC_NOUN = `(?:${GENERIC_SUBJECTS.join('|')})\\b(?! (?:from|of|at|in|behind) )`;

/** "The company has …", but not "The team from UCL …", which says whose. */
const GENERIC_OPENING = new RegExp(`^The ${GENERIC_NOUN}`);

/** "How many children did the couple have?": a question asked of "the <noun>" named before. */
const GENERIC_QUESTION_SUBJECT = new RegExp(
  `\\b(?:${[...AUXILIARIES, 'did', 'do', 'does'].join('|')}) the ${GENERIC_NOUN}`,
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
    [AGED_PERSON, THAT_OPENING, TIME_POINTING, THOSE_FRONTED].some((p) => p.test(own)) ||
    shortWithObjectPronoun(own) ||
    (own.endsWith('?') && GENERIC_QUESTION_SUBJECT.test(own)) ||
    OF_THEM_OPENING.test(own) ||
    suchPointsBack(own)
  );
}

/**
 * The same for a statement to judge true or false, which must also not rest on "those" or "these"
 * things ("At those schools, average sleep rose …"); a blank may, as the noun says what they are.
 */
export function statementPointsBack(statement: string): boolean {
  const own = statement.replace(/"[^"]*"/g, '""');
  return pointsBack(statement) || THOSE_NOUN.test(own) || THIS_NOUN.test(own);
}
