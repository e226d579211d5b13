import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { genderOf } from '../distractors/entity-distractors.ts';
import { titleNameOf } from '../distractors/entry-title.ts';
import { mentionForms } from '../entities/build-entities.ts';
import type { Candidate } from './candidate.ts';
import { FRONTING_PREPOSITIONS } from '../lexicon/clause-words.ts';
import { BODIES_WITH_HEADS } from '../lexicon/organization-words.ts';
import { FRONTED_PHRASE, quoteEvidence } from './sentence-tools.ts';

/** A sentence whose opening pronoun has been replaced by the name it stands for. */
export interface ResolvedOpening {
  /** The sentence with the name in place of the pronoun. */
  text: string;
  /** The sentence that names the antecedent, for the evidence. */
  antecedentSentence: number;
  /** The pronoun replaced, and the name (possessive where the pronoun was) put in its place. */
  pronoun: string;
  name: string;
  /** The words before the pronoun ("In 1906 "), or none. */
  lead: string;
}

/** A short phrase before the subject: "In 1906 ", "In July of that year, ". */
const LEAD = `(?:${FRONTED_PHRASE}|(?:${FRONTING_PREPOSITIONS.join('|')})\\b[^,"]{1,40}, )`;
/** A pronoun opening the sentence, or its main clause after a short lead ("In 1906 she …"). */
const opening = (pronouns: readonly string[]): RegExp => {
  const lower = pronouns.map((p) => p.toLowerCase()).join('|');
  return new RegExp(`^(?:(${LEAD})(${lower})|(${pronouns.join('|')}))\\b`);
};
const PERSON_PRONOUN = opening(['He', 'She', 'His', 'Her']);
const THING_PRONOUN = opening(['It', 'Its']);

/**
 * The name a resolved pronoun takes: the entry's title where it is a short form of the person's
 * name ("José Rizal" for "José Protasio Rizal Mercado y Alonso Realonda"), else the form of two
 * words or more the article uses most ("Marie Antoinette", not her birth name "Maria Antonia
 * Josepha Johanna"), first used on a tie, else the fullest name, or the one word the article
 * knows the person by.
 */
function formalName(analysis: Analysis, entity: NamedEntity): string {
  // "Avicenna": a person the article knows by one word has that word as the entity's name.
  if (!/\s/.test(entity.name)) return entity.name;
  const title = titleNameOf(analysis, entity);
  if (title !== null) return title;
  let best = entity.name;
  let most = 0;
  for (const [form, n] of mentionForms(entity))
    if (/\s/.test(form) && /^\p{Lu}/u.test(form) && n > most) [best, most] = [form, n];
  return best;
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * The one person the previous sentence names, in full ("Hans Luther", never a surname two people
 * share), when it names exactly one, this one names nobody else, and the previous sentence does
 * not itself open with a pronoun: "He called it packet switching, a better name than Baran's. He
 * gave a talk …" is not about Baran.
 */
function onlyPerson(analysis: Analysis, i: number, pronoun: string): string | null {
  const before = analysis.segmented.sentences[i - 1]?.normalized ?? '';
  if (/^(?:He|She|His|Her)\b/.test(before)) return null;
  const here = (analysis.mentions[i] ?? []).filter((m) => m.type === 'person');
  const people = (analysis.mentions[i - 1] ?? []).filter((m) => m.type === 'person');
  const named = new Set(people.map((m) => m.entity));
  const [id] = named;
  if (named.size !== 1 || id === undefined || here.some((m) => m.entity !== id)) return null;
  if (unknownNameIn(analysis, i - 1)) return null;
  // "In 1921 she travelled to the United States, where Warren G. Harding …": a "she" before the
  // name is who this sentence's "She" is too, and a man named is never "she".
  const female = /^(?:she|her)$/i.test(pronoun);
  const same = (female ? /\b(?:she|her)\b/i : /\b(?:he|his|him)\b/i).exec(before);
  if (same && same.index < (people[0]?.start ?? 0)) return null;
  const entity = analysis.entities.get(id);
  const sex = entity ? genderOf(analysis, entity) : null;
  if (!entity || sex === (female ? 'male' : 'female')) return null;
  // "… while Rivera carried out commissions. In Detroit she painted …": in an entry whose pronouns
  // are nearly all of this sex, a person of unknown sex other than its subject is no safe antecedent.
  const entrySex = subjectGender(analysis);
  if (sex === null && entrySex === (female ? 'female' : 'male') && id !== openingPerson(analysis))
    return null;
  return formalName(analysis, entity);
}

/**
 * True when a sentence holds a proper noun that no typed name covers ("Kashta's son Piye marched
 * …, defeating rulers led by Tefnakht of Sais"): it may be the person a "he" in the next sentence
 * means, so the one typed person there is no safe antecedent.
 */
function unknownNameIn(analysis: Analysis, i: number): boolean {
  const mentions = analysis.mentions[i] ?? [];
  return (analysis.tokens[i] ?? []).some(
    (t, k) =>
      k > 0 &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      (t.tags.has('Person') || (t.tags.has('ProperNoun') && !t.tags.has('Place'))) &&
      !mentions.some((m) => m.start <= t.start && t.end <= m.end),
  );
}

/** The person whose name opens the article ("Lise Meitner (7 November 1878 – …) was …"). */
function openingPerson(analysis: Analysis): string | undefined {
  return (analysis.mentions[0] ?? []).find((m) => m.type === 'person' && m.start === 0)?.entity;
}

const FEMALE = /\b(?:she|her|hers|herself)\b/gi;
const MALE = /\b(?:he|him|his|himself)\b/gi;
const subjectGenders = new WeakMap<Analysis, string | null>();

/**
 * The sex of the person an entry is about, from its pronouns: at least three, three times as many
 * of one sex as of the other. Worked out once per article.
 */
export function subjectGender(analysis: Analysis): string | null {
  const known = subjectGenders.get(analysis);
  if (known !== undefined) return known;
  let [female, male] = [0, 0];
  for (const s of analysis.segmented.sentences) {
    female += s.normalized.match(FEMALE)?.length ?? 0;
    male += s.normalized.match(MALE)?.length ?? 0;
  }
  const gender =
    female >= 3 && female >= 3 * male ? 'female' : male >= 3 && male >= 3 * female ? 'male' : null;
  subjectGenders.set(analysis, gender);
  return gender;
}

/**
 * The person an entry opens with ("Lise Meitner (7 November 1878 – …) was …"), for a "she" (or
 * "he") where nobody else could be meant: the entry's pronouns are nearly all of that sex, and this
 * paragraph so far names nobody else who is not known to be of the other sex.
 */
function entrySubject(analysis: Analysis, i: number, pronoun: string, at: number): string | null {
  const id = openingPerson(analysis);
  const entity = id === undefined ? undefined : analysis.entities.get(id);
  const gender = /^(?:she|her)$/i.test(pronoun) ? 'female' : 'male';
  if (!entity || subjectGender(analysis) !== gender) return null;
  const sentences = analysis.segmented.sentences;
  const paragraph = sentences[i]?.paragraph;
  let from = i;
  while (from > 0 && sentences[from - 1]?.paragraph === paragraph) from -= 1;
  for (let k = from; k <= i; k++) {
    for (const m of analysis.mentions[k] ?? []) {
      // "In Hamadan he served the emir Shams al-Dawla": a name after the pronoun is not whom it means.
      if (k === i && m.start >= at) continue;
      if (m.type !== 'person' || m.entity === id) continue;
      const other = analysis.entities.get(m.entity);
      const sex = other ? genderOf(analysis, other) : null;
      if (sex === null || sex === gender) return null;
    }
  }
  return formalName(analysis, entity);
}

/** The named subject that opens the previous sentence ("K2-18b was first identified …"). */
function namedSubject(analysis: Analysis, i: number): string | null {
  const text = analysis.segmented.sentences[i - 1]?.normalized ?? '';
  const tokens = analysis.tokens[i - 1] ?? [];
  const verb = tokens.findIndex((t) => t.tags.has('Verb'));
  const subject = tokens.slice(0, verb) as Token[];
  const last = subject.at(-1);
  if (verb < 1 || verb > 4 || !last) return null;
  const phrase = text.slice(0, last.end);
  // "The Okavango Delta is …": a name may open with "The".
  const proper = subject[0]?.text === 'The' ? subject.slice(1) : subject;
  const mentions = analysis.mentions[i - 1] ?? [];
  // "PayNeta was founded …": a body or a place the article has typed, whatever the tagger thinks.
  const typed = mentions.some((m) => m.start === 0 && m.end === last.end && m.type !== 'person');
  const named =
    typed ||
    (proper.length > 0 &&
      proper.every((t) => t.tags.has('ProperNoun') || /^[A-Z][\w-]*\d/.test(t.text)));
  const person = mentions.some((m) => m.type === 'person' && m.start === 0);
  if (!named || person || /[,;:"()]/.test(phrase)) return null;
  // "…, according to the national firefighters' association. Its president …": a body named later
  // in the sentence may be what "it" means.
  const laterBody =
    mentions.some((m) => m.type === 'organization' && m.start > last.end) ||
    tokens.some(
      (t) => t.start > last.end && BODIES_WITH_HEADS.has(t.normal) && /^\p{Ll}/u.test(t.text),
    );
  return laterBody ? null : phrase;
}

/**
 * What "it" stands for in sentence `i`: the previous sentence's named subject, or, when that
 * sentence itself opens with "It" of the same paragraph, what that "It" stood for ("K2-18b was
 * found in 2015. It is 110 light-years away. Its star …").
 */
function thingNamed(analysis: Analysis, i: number): string | null {
  const named = namedSubject(analysis, i);
  if (named !== null) return named;
  const sentences = analysis.segmented.sentences;
  const before = sentences[i - 1];
  if (i < 2 || !before || !/^It\s/.test(before.normalized)) return null;
  if (sentences[i - 2]?.paragraph !== before.paragraph) return null;
  return namedSubject(analysis, i - 1);
}

/**
 * Replaces a sentence's opening "He", "She", "His", "Her", "It" or "Its", also after a short lead
 * ("In 1906 she …"), with the name it stands for, when the previous sentence of the same paragraph
 * leaves no doubt: it names exactly one person (for he/she), or opens with a named subject (for
 * it). Failing that, "he" or "she" in an entry about one person is that person when nobody else
 * could be meant. Null otherwise: a pronoun that cannot be resolved safely stays, and the gates
 * drop the sentence.
 */
export function resolveOpeningPronoun(analysis: Analysis, i: number): ResolvedOpening | null {
  const sentences = analysis.segmented.sentences;
  const text = sentences[i]?.normalized ?? '';
  if (i === 0) return null;
  // A paragraph's first "he" has no sentence before it to lean on, but in an entry about one
  // person it is that person when nobody else could be meant.
  const samePara = sentences[i - 1]?.paragraph === sentences[i]?.paragraph;
  const person = PERSON_PRONOUN.exec(text);
  const match = person ?? THING_PRONOUN.exec(text);
  const lead = match?.[1] ?? '';
  const pronoun = match?.[2] ?? match?.[3];
  if (!pronoun) return null;
  const near = !samePara
    ? null
    : person
      ? onlyPerson(analysis, i, pronoun)
      : thingNamed(analysis, i);
  const name = near ?? (person ? entrySubject(analysis, i, pronoun, lead.length) : null);
  if (!name) return null;
  const owner = /^(?:his|her|its)$/i.test(pronoun);
  const rest = text.slice(lead.length + pronoun.length);
  if (/^her$/i.test(pronoun) && !/^\s+[a-z]/.test(rest)) return null;
  // "In June 2014 the Okavango Delta was …": a name's "The" is lower case after a lead.
  const placed = lead && name.startsWith('The ') ? `the ${name.slice(4)}` : name;
  const replaced = owner ? possessive(placed) : placed;
  return {
    text: lead + replaced + rest,
    antecedentSentence: near !== null ? i - 1 : 0,
    pronoun,
    name: replaced,
    lead,
  };
}

/** Adds the sentence that names a resolved pronoun's antecedent to the evidence and explanation. */
export function groundAntecedent(
  analysis: Analysis,
  candidates: readonly Candidate[],
  antecedent: number,
): void {
  const named = analysis.segmented.sentences[antecedent]?.text ?? '';
  for (const c of candidates) {
    const main = c.sentences[0] ?? antecedent;
    const own = analysis.segmented.sentences[main]?.text ?? '';
    c.sentences = [main, antecedent];
    c.explanation = c.explanation.replace(quoteEvidence(own), quoteEvidence(`${named} ${own}`));
  }
}
