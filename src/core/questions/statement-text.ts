import { genderOf } from '../distractors/entity-distractors.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { ResolvedOpening } from './resolve-opening-pronoun.ts';
import { FRONTED_PHRASE, isUsableSentence, leansOnCount, wordCount } from './sentence-tools.ts';
import type { Position } from './statement-context.ts';

const LEAD_IN =
  /^(?:However|Meanwhile|Moreover|Furthermore|Additionally|Also|Still|Regardless|Instead|Indeed|Separately|Similarly|Finally|In addition|As a result),\s+/;
const PRONOUN_START =
  /^(?:He|She|They|It|This|These|Those|That|His|Her|Their|Its|Both|All|Neither|Each|Some|Many|Most|Several|Others|Such|As such|Thus|Therefore|Hence|Then)\b/;

/**
 * A statement is the sentence lightly simplified: asides in brackets and a closing "which" or
 * "who" clause are left out ("The United States Coast Guard (USCG) called off …" → "… Coast Guard
 * called off …").
 */
function withoutAsides(text: string): { text: string; removed: [number, number][] } {
  const removed: [number, number][] = [];
  for (const m of text.matchAll(/ \([^()"]{1,60}\)/g))
    removed.push([m.index, m.index + m[0].length]);
  // "…, who currently have a herd of 33 buffalo.": a closing side clause about the last name. In
  // "it was Henri Mouhot, whose notes …, who popularized the site" the clause is what is said.
  const tail = /, (?:who|which|whose) [^,;:()"]+(?=[.!]$)/.exec(text);
  const cleft = tail !== null && /\bit (?:was|is)\b/i.test(text.slice(0, tail.index));
  if (tail && !cleft && wordCount(text.slice(0, tail.index)) >= 8)
    removed.push([tail.index, tail.index + tail[0].length]);
  // "…, ruling that it violated the rights of nature.", "…, including the spider monkey.": a closing
  // phrase that adds to a whole clause before it.
  const participle = tail ? null : CLOSING_PHRASE.exec(text);
  if (participle && wordCount(text.slice(0, participle.index)) >= 12)
    removed.push([participle.index, participle.index + participle[0].length]);
  let out = text;
  for (const [a, b] of [...removed].reverse()) out = out.slice(0, a) + out.slice(b);
  return { text: out, removed };
}

/** A closing phrase of one clause after a comma: "…, ruling that …", "…, including …". */
const CLOSING_PHRASE =
  /, (?:ruling|saying|adding|citing|arguing|noting|warning|including|leaving|forcing|prompting|making) [^,;:()"]+(?=[.!]$)/;

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
function statementText(text: string, extraWords = 0): string | null {
  if (
    !isUsableSentence(text, 32 + extraWords) ||
    !onlyQuotedTerms(text) ||
    PRONOUN_START.test(text) ||
    /^(?:And|But|Or|So)\b/.test(text)
  )
    return null;
  return text[0]?.toUpperCase() + text.slice(1);
}

const DEMONSTRATIVE_ALONE =
  /\b(?:this|these|those)(?=\s+(?:to|is|was|are|were|has|had|have|in|on|at|as|by|for|with|from|of|and|will|would|could|can)\b|[,.;:])/i;
/**
 * "The phenomenon lasted about an hour.": a short statement about "the <noun>" that names nothing
 * leans on the sentence before it to say what it is about.
 */
function vagueShortStatement(analysis: Analysis, i: number, text: string): boolean {
  if (leansOnCount(text)) return true;
  return (
    (analysis.mentions[i] ?? []).length === 0 &&
    wordCount(text) < 10 &&
    /^The [a-z]+(?: (?:on|of|in|to|for) [a-z]+)? (?:[a-z]+ed|was|were|is|are|has|had|will)\b/.test(
      text,
    )
  );
}

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
  // "A gas giant made mostly of hydrogen, it has …", "In return it received …": "it" opens the
  // main clause, named nowhere.
  const itClause = new RegExp(`^(?:(?:[^,]|,(?=\\d))+, |${FRONTED_PHRASE})it\\b`).exec(text);
  if (
    itClause &&
    !(analysis.mentions[i] ?? []).some((m) => (at(m.start) ?? Infinity) < itClause[0].length)
  )
    return true;
  const found = PERSONAL_PRONOUN.exec(text);
  if (!found || openingResolved) return false;
  const index = found.index;
  // "Employers who offer … find that their business …": a plural pronoun after a plural noun and
  // a verb of its own; "Through generations of …, their descendants" points back instead.
  if (/^(?:they|them|their|theirs)$/i.test(found[0]) && pluralBefore(analysis, i, at, index))
    return false;
  // "Police officer Monika Kosiec stated police believe him …": "him" is not the woman named.
  const unlike = /^(?:he|him|his)$/i.test(found[0])
    ? 'female'
    : /^(?:she|her|hers)$/i.test(found[0])
      ? 'male'
      : null;
  // "the University of Cambridge awarded him …": only a person answers "he" or "she".
  const kinds = unlike ? ['person'] : ['person', 'organization', 'group'];
  return !(analysis.mentions[i] ?? []).some((m) => {
    if (!kinds.includes(m.type)) return false;
    if ((at(m.start) ?? Infinity) >= index) return false;
    const entity = analysis.entities.get(m.entity);
    return !(m.type === 'person' && entity && unlike && genderOf(analysis, entity) === unlike);
  });
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

/**
 * The statement sentence `i` makes (its opening pronoun resolved, lead-in and asides left out) and
 * where the sentence's positions land in it, or null when it cannot stand alone.
 */
export function statementOf(
  analysis: Analysis,
  i: number,
  resolved: ResolvedOpening | null,
): { text: string; at: Position } | null {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const whole = resolved?.text ?? sentence.normalized;
  const plain = whole.replace(LEAD_IN, '');
  const asides = withoutAsides(plain);
  // A name put in for a pronoun lengthens the sentence by its extra words, not its content.
  const text = statementText(asides.text, resolved ? wordCount(resolved.name) - 1 : 0);
  if (!text) return null;
  const inPlain = positionIn(whole.length - plain.length, asides.removed);
  const at: Position = (index) => {
    if (!resolved) return inPlain(index);
    // The name stands where the pronoun stood: what follows it moves by the difference.
    const from = resolved.lead.length;
    if (index < from) return inPlain(index);
    if (index < from + resolved.pronoun.length) return null;
    return inPlain(index + resolved.name.length - resolved.pronoun.length);
  };
  if (danglingPronoun(analysis, i, text, at, resolved !== null)) return null;
  if (vagueShortStatement(analysis, i, text)) return null;
  return { text, at };
}
