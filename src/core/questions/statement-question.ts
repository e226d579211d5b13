import { entityDistractors, nameForm } from '../distractors/entity-distractors.ts';
import { numeralText, quantityDistractors } from '../distractors/number-distractors.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { flipNegation, type PlacedToken } from './flip-negation.ts';
import { resolveOpeningPronoun } from './resolve-opening-pronoun.ts';
import {
  inArticleVoice,
  isUsableSentence,
  namedIn,
  placeDescribesNoun,
  quoteEvidence,
  wordCount,
} from './sentence-tools.ts';

const LEAD_IN =
  /^(?:However|Meanwhile|Moreover|Furthermore|Additionally|Also|Still|Regardless|Instead|Indeed|Separately|Similarly|Finally|In addition|As a result),\s+/;
const PRONOUN_START =
  /^(?:He|She|They|It|This|These|Those|That|His|Her|Their|Its|Both|All|Neither|Each|Some|Many|Most|Several|Others|Such|As such|Thus|Therefore|Hence|Then)\b/;
const NEGATION = /\b(?:not|never|no)\b|n't\b/;

/** Where a position of the sentence lands in the statement, or null when it was left out. */
type Position = (sentenceIndex: number) => number | null;

/** What the builders of false versions read: sentence `i`, its statement `text`, and the mapping. */
interface StatementContext {
  analysis: Analysis;
  i: number;
  text: string;
  at: Position;
  seed: number;
}

/**
 * A statement is the sentence lightly simplified: asides in brackets and a closing "which" or
 * "who" clause are left out ("The United States Coast Guard (USCG) called off …" → "… Coast Guard
 * called off …").
 */
function withoutAsides(text: string): { text: string; removed: [number, number][] } {
  const removed: [number, number][] = [];
  for (const m of text.matchAll(/ \([^()"]{1,60}\)/g))
    removed.push([m.index, m.index + m[0].length]);
  // "…, who currently have a herd of 33 buffalo.": a closing side clause about the last name.
  const tail = /, (?:who|which|whose) [^,;:()"]+(?=[.!]$)/.exec(text);
  if (tail && wordCount(text.slice(0, tail.index)) >= 8)
    removed.push([tail.index, tail.index + tail[0].length]);
  let out = text;
  for (const [a, b] of [...removed].reverse()) out = out.slice(0, a) + out.slice(b);
  return { text: out, removed };
}

/** Maps sentence positions into a statement that lost `prefix` characters and the `removed` ranges. */
function positionIn(prefix: number, removed: readonly [number, number][]): Position {
  return (sentenceIndex) => {
    const p = sentenceIndex - prefix;
    if (p < 0 || removed.some(([a, b]) => p >= a && p < b)) return null;
    return p - removed.filter(([, b]) => b <= p).reduce((sum, [a, b]) => sum + b - a, 0);
  };
}

/**
 * True when the text quotes nothing or only terms of a few words ("used the word "marriage""),
 * which the statement can keep; a quoted remark is somebody's words, not a fact to judge.
 */
function onlyQuotedTerms(text: string): boolean {
  const marks = text.match(/"/g)?.length ?? 0;
  if (marks % 2 === 1) return false;
  return [...text.matchAll(/"([^"]*)"/g)].every((m) => wordCount(m[1] ?? '') <= 4);
}

/** The statement a sentence (lead-in and asides already gone) makes, or null when it cannot stand alone. */
function statementText(text: string): string | null {
  if (
    !isUsableSentence(text, 32) ||
    !onlyQuotedTerms(text) ||
    PRONOUN_START.test(text) ||
    /^(?:And|But|Or|So)\b/.test(text)
  )
    return null;
  return text[0]?.toUpperCase() + text.slice(1);
}

function base(
  analysis: Analysis,
  i: number,
  prompt: string,
  truth: boolean,
  explanation: string,
  answer: string,
): Candidate {
  return {
    family: 'statement',
    type: 'true-false',
    prompt,
    key: '',
    truth,
    distractors: [],
    sentences: [i],
    answer,
    answerType: 'statement',
    numeric: false,
    forbidden: [],
    explanation,
    score: 1.5,
    difficulty: truth ? 0.3 : 0.45,
  };
}

function says(sentence: Sentence): string {
  return quoteEvidence(sentence.text);
}

/** The statement with `original` at `start` replaced by `swap`: false, and saying what it changed. */
function falseVersion(
  analysis: Analysis,
  i: number,
  text: string,
  at: { start: number; original: string; swap: string; answer: string },
): Candidate {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const prompt = text.slice(0, at.start) + at.swap + text.slice(at.start + at.original.length);
  const explanation = `False. The article says ${at.original}, not ${at.swap}. ${says(sentence)}`;
  return {
    ...base(analysis, i, prompt, false, explanation, at.answer),
    changed: at.original.toLowerCase(),
  };
}

/** True when the text holds `original` at `start` (the statement may have lost a lead-in). */
function holdsAt(text: string, start: number, original: string): boolean {
  return start >= 0 && text.slice(start, start + original.length) === original;
}

const titles = new WeakMap<Analysis, { text: string; owner: string }[]>();

/** Every title of two words or more the article gives a person, once each, in article order. */
function titlesOf(analysis: Analysis): { text: string; owner: string }[] {
  const known = titles.get(analysis);
  if (known) return known;
  const seen = new Set<string>();
  const list: { text: string; owner: string }[] = [];
  for (const e of analysis.entities.values()) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      if (seen.has(r.text) || !/\s/.test(r.text)) continue;
      seen.add(r.text);
      list.push({ text: r.text, owner: e.id });
    }
  }
  titles.set(analysis, list);
  return list;
}

/**
 * "U.S. Secretary of State John Kerry" → "U.S. Defense Secretary John Kerry": a title the article
 * gives someone else, put in front of this person's name.
 */
function swappedRoles({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of analysis.mentions[i] ?? []) {
    const person = analysis.entities.get(m.entity);
    if (!m.role || !person || person.type !== 'person') continue;
    // "… trade and industry commissioner X": a title cut short would be swapped into nonsense.
    const roleAt = at(m.role.start);
    if (roleAt === null || /\b(?:and|of|&)\s$/.test(text.slice(0, roleAt))) continue;
    const own = new Set(person.roles.map((r) => r.text.toLowerCase()));
    for (const other of analysis.mentions[i] ?? [])
      if (other.role) own.add(other.role.text.toLowerCase());
    const others = titlesOf(analysis)
      .filter((t) => t.owner !== person.id && !own.has(t.text.toLowerCase()))
      .map((t) => t.text);
    const swap = others[seed % Math.max(1, others.length)];
    if (!swap || !holdsAt(text, roleAt, m.role.text) || !/\s/.test(m.role.text)) continue;
    out.push(
      falseVersion(analysis, i, text, {
        start: roleAt,
        original: m.role.text,
        swap,
        answer: `role:${m.entity}@${i}`,
      }),
    );
  }
  return out;
}

function swappedEntities({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  const inSentence = namedIn(analysis, i);
  for (const m of analysis.mentions[i] ?? []) {
    const entity = analysis.entities.get(m.entity);
    if (
      !entity ||
      (entity.type === 'date' && entity.subtype !== 'weekday' && entity.subtype !== 'month')
    )
      continue;
    const start = at(m.start);
    if (start === null) continue;
    const form = nameForm(m, entity);
    if (!form || !holdsAt(text, start, m.text)) continue;
    // "Trump had agreed to … her opponents' plans": a swapped person may not fit "her" or "his".
    if (entity.type === 'person' && GENDERED.test(text)) continue;
    const [swap] = entityDistractors(analysis, entity, {
      form,
      count: 1,
      keyText: m.text,
      avoid: inSentence,
      seed,
    });
    // "the United States" → "the Israel" reads wrong; "US prices" → "Israel prices" too.
    const articleClash =
      /\bthe\s$/i.test(text.slice(0, start)) &&
      !/^(?:United|Netherlands|Philippines|Czech)/.test(swap ?? '');
    // "Coast Guard (USCG)": a short form in brackets spells out the name before it.
    const bracketed =
      (text[start - 1] === '(' && text[start + m.text.length] === ')') ||
      placeDescribesNoun(analysis, m);
    if (!swap || articleClash || bracketed || /^(?:[A-Z]\.?){2,3}$/.test(m.text)) continue;
    out.push(
      falseVersion(analysis, i, text, {
        start,
        original: m.text,
        swap,
        answer: `${m.entity}@${i}`,
      }),
    );
  }
  return out;
}

function changedNumbers({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  const siblings = analysis.quantities[i] ?? [];
  for (const q of siblings) {
    const start = at(q.numeralStart);
    if (start === null) continue;
    const original = numeralText(q);
    if (q.kind === 'ordinal' || !holdsAt(text, start, original)) continue;
    const [swap] = quantityDistractors(q, siblings, { count: 1, seed });
    if (!swap) continue;
    const c = falseVersion(analysis, i, text, { start, original, swap, answer: `number@${i}` });
    c.score += 0.2;
    out.push(c);
  }
  return out;
}

/** The sentence's words that the statement keeps, placed in the statement. */
function placedWords({ analysis, i, text, at }: StatementContext): PlacedToken[] {
  const out: PlacedToken[] = [];
  for (const token of analysis.tokens[i] ?? []) {
    const p = at(token.start);
    if (p !== null && text.startsWith(token.text, p)) out.push({ token, at: p });
  }
  return out;
}

function flippedNegation(context: StatementContext): Candidate | null {
  const { analysis, i, text } = context;
  const flipped = flipNegation(text, placedWords(context));
  if (flipped === null || flipped === text) return null;
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const c = base(analysis, i, flipped, false, `False. ${says(sentence)}`, `negation@${i}`);
  c.score -= flipped.length < text.length ? 0.2 : 0.6;
  return c;
}

const DEMONSTRATIVE_ALONE =
  /\b(?:this|these|those)(?=\s+(?:to|is|was|are|were|has|had|have|in|on|at|as|by|for|with|from|of|and|will|would|could|can)\b|[,.;:])/i;
/**
 * "The phenomenon lasted about an hour.": a short statement about "the <noun>" that names nothing
 * leans on the sentence before it to say what it is about.
 */
function vagueShortStatement(analysis: Analysis, i: number, text: string): boolean {
  return (
    (analysis.mentions[i] ?? []).length === 0 &&
    wordCount(text) < 10 &&
    /^The [a-z]+ (?:[a-z]+ed|was|were|is|are|has|had|will)\b/.test(text)
  );
}

const GENDERED = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;
const PERSONAL_PRONOUN = /\b(?:he|she|they|him|her|them|his|their|hers|theirs)\b/i;

/**
 * True when a personal pronoun comes before anyone it could stand for: "There, he explored …" on
 * its own leaves "he" unknown. A name earlier in the statement (or a resolved opening) answers it.
 */
function danglingPronoun(
  analysis: Analysis,
  i: number,
  text: string,
  at: Position,
  openingResolved: boolean,
): boolean {
  // "Experts attribute this to human activity": a demonstrative standing alone points back.
  if (DEMONSTRATIVE_ALONE.test(text)) return true;
  const found = PERSONAL_PRONOUN.exec(text);
  if (!found || openingResolved) return false;
  const index = found.index;
  // "Employers who offer … find that their business …": a plural pronoun after a plural noun and
  // a verb of its own; "Through generations of …, their descendants" points back instead.
  if (/^(?:they|them|their|theirs)$/i.test(found[0]) && pluralBefore(analysis, i, at, index))
    return false;
  return !(analysis.mentions[i] ?? []).some(
    (m) =>
      (m.type === 'person' || m.type === 'organization' || m.type === 'group') &&
      (at(m.start) ?? Infinity) < index,
  );
}

/** True when a plural noun and then a verb come before `index` of the statement. */
function pluralBefore(analysis: Analysis, i: number, at: Position, index: number): boolean {
  let plural = false;
  for (const t of analysis.tokens[i] ?? []) {
    const p = at(t.start);
    if (p === null) continue;
    if (p >= index) return false;
    if (plural && t.tags.has('Verb') && !t.tags.has('Gerund')) return true;
    if (t.tags.has('Plural') && t.tags.has('Noun')) plural = true;
  }
  return false;
}

/** Adds the sentence that names a resolved pronoun's antecedent to the evidence and explanation. */
function groundName(analysis: Analysis, candidates: Candidate[], antecedent: number): void {
  const named = analysis.segmented.sentences[antecedent]?.text ?? '';
  for (const c of candidates) {
    const main = c.sentences[0] ?? antecedent;
    const own = analysis.segmented.sentences[main]?.text ?? '';
    c.sentences = [main, antecedent];
    c.explanation = c.explanation.replace(quoteEvidence(own), quoteEvidence(`${named} ${own}`));
  }
}

/**
 * True/false statements from plain sentences: the sentence itself (true), or the same sentence with a
 * same-type name swapped, a number changed, or (sparingly) its negation flipped (false).
 */
export function statementQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!inArticleVoice(analysis, i)) return;
    const resolved = resolveOpeningPronoun(analysis, i);
    const plain = (resolved?.text ?? sentence.normalized).replace(LEAD_IN, '');
    const asides = withoutAsides(plain);
    const text = statementText(asides.text);
    if (!text) return;
    const at = positionIn(sentence.normalized.length - plain.length, asides.removed);
    if (danglingPronoun(analysis, i, text, at, resolved !== null)) return;
    if (vagueShortStatement(analysis, i, text)) return;
    const context: StatementContext = { analysis, i, text, at, seed };
    const first = out.length;
    const truthful = base(analysis, i, text, true, `True. ${says(sentence)}`, `fact@${i}`);
    truthful.score += NEGATION.test(text) ? 0.3 : 0;
    out.push(truthful);
    out.push(...changedNumbers(context), ...swappedEntities(context), ...swappedRoles(context));
    const negated = flippedNegation(context);
    if (negated) out.push(negated);
    if (resolved) groundName(analysis, out.slice(first), resolved.antecedentSentence);
  });
  return out;
}
