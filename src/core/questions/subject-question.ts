import { entityDistractors, titleAnswers } from '../distractors/entity-distractors.ts';
import { inHeadline } from './in-headline.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { OWNED_NOUNS } from '../lexicon/clause-words.ts';
import type { Candidate } from './candidate.ts';
import { finiteVerbIn } from './invert-clause.ts';
import {
  explainWith,
  forbiddenForms,
  groundedSentences,
  inArticleVoice,
  isUsableSentence,
  namedIn,
  whWord,
  wordCount,
} from './sentence-tools.ts';

/** A time phrase before the subject, moved to the end of the question ("On Thursday, …"). */
const LEAD_IN =
  /^((?:On|In|During|Last|Earlier|Later|Early|Late) (?:[A-Z][a-z]+|\d{4}|this \w+|last \w+|the \w+)(?: \d{1,2}(?:, \d{4})?)?), $/;

/**
 * Where a second clause with a named subject of its own may start, or one opening with a time of
 * its own (", and after his death in 1856 the domains were divided").
 */
const SECOND_SUBJECT =
  /,? (?:and|but|while|whereas) (?:the |a |an )?\p{Lu}|, (?:and|but) (?:his|her|its|their|the|a|an|after|before|when|once|until|in|on|by|during) \p{Ll}/gu;

/**
 * The sentence from `from` to its end, without a second clause that has a subject and verb of its
 * own (", and Stanton Partners is advising Brightlock"); a list of names ("Ockham, and Gabriel
 * Biel") stays.
 */
function firstClause(analysis: Analysis, i: number, from: number): string {
  const text = (analysis.segmented.sentences[i]?.normalized ?? '').replace(/[.!]["')\]]?$/, '');
  const tokens = analysis.tokens[i] ?? [];
  for (const m of text.slice(from).matchAll(SECOND_SUBJECT)) {
    const at = from + m.index;
    if (finiteVerbIn(tokens, { from: at, to: Infinity, copulas: true }))
      return text.slice(from, at);
  }
  for (const m of text.slice(from).matchAll(/, (?:and|but) /g)) {
    const at = from + m.index;
    if (bareSubjectClause(tokens, at + m[0].length)) return text.slice(from, at);
  }
  return text.slice(from);
}

/**
 * Whether the words from `start` are a subject without "the" and its verb (", and large numbers
 * gather in the delta"): one to three nouns or adjectives, then a verb in the present or past.
 */
function bareSubjectClause(tokens: readonly Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start >= start);
  if (k < 0) return false;
  let n = 0;
  while (n < 3 && isNounOrAdjective(tokens[k + n])) n += 1;
  const verb = tokens[k + n];
  return (
    n > 0 &&
    verb !== undefined &&
    verb.tags.has('Verb') &&
    (verb.tags.has('PresentTense') || verb.tags.has('PastTense')) &&
    !verb.tags.has('Gerund') &&
    !verb.tags.has('Participle')
  );
}

const isNounOrAdjective = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.tags.has('Noun') || t.tags.has('Adjective')) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Verb') &&
  /^\p{Ll}/u.test(t.text) &&
  t.post === ' ';

/**
 * False when the rest of the question holds a pronoun the subject cannot be ("Which organization …
 * his guitar playing", "Who … its market") or one that points to someone the question no longer names.
 */
function pronounsAgree(rest: string, type: string): boolean {
  if (/\b(?:him|them|they|their|it|this|these|those)\b/i.test(rest)) return false;
  // "…, Salling its intention to …": a second subject whose verb the comma leaves out.
  if (/, [A-Z][\w-]* (?:its|his|her|their)\b/.test(rest)) return false;
  if (type === 'person') return !/\bits\b/i.test(rest);
  // "Van Halen was a native of the Netherlands": said of a person, not of the band.
  if (/\b(?:native of|was born|died)\b/i.test(rest)) return false;
  return !/\b(?:he|she|his|her|hers|himself|herself)\b/i.test(rest);
}

/**
 * "Who resumed the office of Speaker …?" from a sentence that opens with a named subject followed by
 * its verb; the subject becomes the question word.
 */
export function subjectQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    const text = sentence.normalized;
    const first = (analysis.mentions[i] ?? []).find((m) => m.type !== 'date');
    const subjectStart = first?.role?.start ?? first?.start ?? -1;
    const lead = text.slice(0, subjectStart);
    const leadIn = LEAD_IN.exec(lead)?.[1];
    const opening = lead === '' || /^the $/i.test(lead) || leadIn !== undefined;
    if (!first || !opening || !isUsableSentence(text, 35) || text.includes('"')) return;
    const entity = analysis.entities.get(first.entity);
    // "Who died at Marnes-la-Coquette?" under the title "Louis Pasteur": the title answers it.
    if (entity && titleAnswers(analysis, entity)) return;
    // "Which country has … stroke …?" under "… in rural Thai villages": the headline answers it.
    if (entity && inHeadline(analysis, entity)) return;
    const wh = entity ? whWord(entity) : null;
    const next = analysis.tokens[i]?.find((t) => t.start >= first.end);
    if (
      !entity ||
      !wh ||
      !next ||
      !next.tags.has('Verb') ||
      /^['’]/.test(text.slice(first.end)) ||
      /[,(]/.test(text.slice(first.end, next.start))
    )
      return;
    if (next.tags.has('Gerund') || (next.tags.has('Participle') && !next.tags.has('PastTense')))
      return;
    // "Aurelis shares rose …": the name describes the noun that is the subject.
    if (OWNED_NOUNS.has(next.normal)) return;
    const when = leadIn ? ` ${leadIn.charAt(0).toLowerCase()}${leadIn.slice(1)}` : '';
    // "…, and Stanton Partners is advising Brightlock": a second clause with its own subject goes.
    const rest = `${firstClause(analysis, i, next.start)}${when}`;
    if (!inArticleVoice(analysis, i) || !pronounsAgree(rest, entity.type)) return;
    if (
      wordCount(rest) < 5 ||
      finiteVerbIn(analysis.tokens[i] ?? [], { from: next.end, to: Infinity, copulas: false })
    )
      return;
    const datesInRest = (analysis.mentions[i] ?? []).some(
      (m) => m.type === 'date' && m.start > next.start,
    );
    if (when && datesInRest) return;
    const keyText = entity.name;
    const sentences = groundedSentences(analysis, i, entity, keyText);
    // A key known by one word ("Dvořák") is offered among surnames, so its form gives nothing away.
    const oneWord = entity.type === 'person' && !/\s/.test(keyText);
    const distractors = entityDistractors(analysis, entity, {
      form: oneWord ? 'short' : 'full',
      count: 3,
      keyText,
      avoid: namedIn(analysis, i).filter((a) => !entity.aliases.has(a)),
      sentence: i,
      seed,
    });
    out.push({
      family: 'subject',
      type: 'multiple-choice',
      prompt: `${wh} ${rest}?`,
      key: keyText,
      truth: true,
      distractors,
      sentences,
      answer: entity.id,
      answerType: entity.type,
      numeric: false,
      forbidden: forbiddenForms(entity),
      explanation: explainWith(analysis, sentences, `${keyText} did.`),
      score: 2.5,
      difficulty: 0.45,
    });
  });
  return out;
}
