import type { Analysis, QuantityMention } from '../analyze/analysis-types.ts';
import {
  APPROXIMATORS,
  DIMENSIONS,
  EVENT_NOUNS,
  GATHERING_NOUNS,
  PLURALS_WITHOUT_S,
  REPORT_VERBS,
  UPPER_BOUNDS,
  WHEN_WORDS,
} from '../lexicon/clause-words.ts';
import { overMeansDuring } from '../distractors/bound-side.ts';
import { NUMBER_WORDS } from '../lexicon/number-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import type { Candidate } from './candidate.ts';
import { entityCloze, numberCloze } from './cloze-question.ts';
import { finiteVerbIn, invertClause } from './invert-clause.ts';
import { inArticleVoice, isUsableSentence, wordCount } from './sentence-tools.ts';

const APPROXIMATE = new RegExp(`\\b(?:${APPROXIMATORS.join('|')})\\s$`, 'i');
const BOUNDED = new RegExp(`\\b(?:${UPPER_BOUNDS.join('|')})\\s$`, 'i');
const THERE_BE = /^[Tt]here (?:were|was|are|is|have been|had been|will be)\s$/;
const PREPOSITION_START =
  /^(?:in|on|at|to|from|for|during|across|over|into|near|inside|outside|aboard|since)\b/;
const FINAL_STOP = /[.!]["')\]]?$/;
const RATE_START =
  /^(?:a|an|per|each|every) (?:day|week|month|year|hour|minute|second|night|season|decade)\b/;
const DIRECTION_START =
  /^(?:upstream|downstream|inland|offshore|(?:north|south)(?:east|west)?|east|west|along|across|away)\b/;
/**
 * Where a second clause starts; a question keeps only the first. "…, the institution from which
 * Université Laval developed": a relative clause takes its preposition, and the short appositive
 * it hangs on, with it.
 */
const SECOND_CLAUSE =
  /, (?:the|a|an) [^,]{1,40}? (?:from|in|of|to|by|with|at|on|for|through|under) (?:which|whom)\b.*$|,? (?:from|in|of|to|by|with|at|on|for|through|under) (?:which|whom)\b.*$|;.*$|,?\s(?:but|while|whereas|although|though|which|who)\b.*$|,\s(?:as|after|before|when|where|with)\b.*$/;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/;
const RELATIVE_TIME = /^(?:before|after|ahead of|earlier than|later than)\b/;

/** The plural noun a number counts, with an "of" phrase that belongs to it ("hours of observations"). */
function countedPhrase(text: string, tokens: readonly Token[], q: QuantityMention) {
  const at = tokens.findIndex((t) => t.start >= q.end);
  const unit = tokens[at];
  const plural =
    unit &&
    (PLURALS_WITHOUT_S.has(unit.normal) || (/s$/.test(unit.normal) && unit.tags.has('Plural')));
  // "three times its own weight": a multiplier, not a count of things.
  if (!unit || !plural || unit.normal === 'times') return null;
  let last = at;
  if (tokens[at + 1]?.normal === 'of' && !/[,;]/.test(unit.post)) {
    let j = at + 2;
    while (
      tokens[j] &&
      /Noun|Adjective/.test([...(tokens[j] as Token).tags].join(' ')) &&
      !(tokens[j] as Token).tags.has('Pronoun')
    )
      j += 1;
    if (j > at + 2) last = j - 1;
  }
  // "189 metres long": the dimension a length measures belongs to the unit.
  if (DIMENSIONS.has(tokens[last + 1]?.normal ?? '') && !/[,;]/.test((tokens[last] as Token).post))
    last += 1;
  // "214 micrograms per cubic metre": the rate belongs to the unit, up to its noun.
  if (tokens[last + 1]?.normal === 'per' && !/[,;]/.test((tokens[last] as Token).post)) {
    let j = last + 2;
    while (tokens[j]?.tags.has('Adjective') && j < last + 4) j += 1;
    // "per square metre": a noun may describe the noun after it.
    const joined = (k: number): boolean =>
      /^\s$/.test((tokens[k] as Token).post) && tokens[k + 1]?.tags.has('Noun') === true;
    while (tokens[j]?.tags.has('Noun') && joined(j) && j < last + 4) j += 1;
    if (tokens[j]?.tags.has('Noun')) last = j;
  }
  return {
    phrase: text.slice(unit.start, (tokens[last] as Token).end),
    end: (tokens[last] as Token).end,
  };
}

/**
 * The ending to keep after the counted noun: a short place or time phrase ("in Poland"); for a span
 * of time, the "before …" or "after …" it is measured from, without which the question means nothing.
 * Null when the question cannot stand without an ending it cannot carry.
 */
function keptTail(rest: string, unit: string): string | null {
  const tail = rest.replace(FINAL_STOP, '').replace(SECOND_CLAUSE, '').trim();
  if (TIME_UNITS.test(unit))
    return RELATIVE_TIME.test(tail) && wordCount(tail) <= 12 && !/[;:"]/.test(tail)
      ? ` ${tail}`
      : null;
  const plain = !/[,;:"]/.test(tail);
  if (PREPOSITION_START.test(tail) && plain && wordCount(tail) <= 6) return ` ${tail}`;
  // "150 kilograms of vegetation a day and …": the rate belongs to the figure.
  const rate = RATE_START.exec(tail);
  if (rate) return ` ${rate[0]}`;
  // "travel about 2,400 kilometres upstream from the Black Sea to Kelheim": the way a distance runs.
  if (DIRECTION_START.test(tail) && plain && wordCount(tail) <= 10) return ` ${tail}`;
  return /\bfrom\b.*\bto\b/.test(tail) ? null : '';
}

/** Who a figure is credited to, and where the clause that gives it starts. */
interface Attribution {
  source: string;
  /** Where the clause with the number starts (after "According to X, " or "X said that "). */
  from: number;
}

const ACCORDING_TO = /^According to ([^,;"]{3,80}), /;
/** "until Brahms's death in 1897": the date belongs to the event noun before it. */
const EVENT_BEFORE = new RegExp(
  `\\b(?:${[...EVENT_NOUNS, ...GATHERING_NOUNS].join('|')}) (?:in|on) $`,
  'i',
);
/** "trailed … before winning Game 6 on Friday": a date inside a clause of its own after the verb. */
const ING_CLAUSE = /\b(?:before|after|while|since|when) \p{Ll}+ing\b/u;
/** "a dividend … payable on October 10": the date belongs to the word before it, not the verb. */
const DATED_WORD_BEFORE =
  /\b(?:payable|due|effective|valid|scheduled|slated|set|expected|planned) (?:in|on|by) $/i;
const REPORTED_BEFORE = new RegExp(`\\b(?:${[...REPORT_VERBS].join('|')})(?: that)? $`);
const REPORTED = new RegExp(`^(?:${[...REPORT_VERBS].join('|')})(?: that)? `);
const REPORTED_WORD = new RegExp(`\\b(?:${[...REPORT_VERBS].join('|')})\\b`);

/**
 * "According to Reuters, …" or "Reuters estimated (that) …" before the clause with the number: the
 * question keeps the source ("According to Reuters, about how many people …?").
 */
function attributionOf(analysis: Analysis, sentence: number): Attribution | null {
  const text = analysis.segmented.sentences[sentence]?.normalized ?? '';
  const according = ACCORDING_TO.exec(text);
  if (according?.[1]) return { source: according[1], from: according[0].length };
  const first = analysis.mentions[sentence]?.[0];
  if (!first || (first.type !== 'organization' && first.type !== 'person')) return null;
  // "Agency director Tomas Veld said …": a short title before the name, with no verb in it.
  const title = (analysis.tokens[sentence] ?? []).filter((t) => t.end <= first.start);
  if (title.length > 4 || title.some((t) => t.tags.has('Verb') || /[,;:"]/.test(t.post)))
    return null;
  const verb = REPORTED.exec(text.slice(first.end + 1));
  const source = text.slice(0, first.end).replace(/^The /, 'the ');
  return verb ? { source, from: first.end + 1 + verb[0].length } : null;
}

/** "How many passengers did the boat carry?" for a counted number, or null. */
function howManyPrompt(analysis: Analysis, q: QuantityMention): string | null {
  const text = analysis.segmented.sentences[q.sentence]?.normalized ?? '';
  const tokens = analysis.tokens[q.sentence] ?? [];
  if ((q.kind !== 'count' && q.kind !== 'measure') || q.value < 2) return null;
  const before = text.slice(0, q.start);
  // "drafted over three years": the time it took, which no "how many" can ask plainly.
  if (BOUNDED.test(before) || overMeansDuring(text, q)) return null;
  const approx = APPROXIMATE.exec(before);
  const phraseStart = approx ? approx.index : q.start;
  const counted = countedPhrase(text, tokens, q);
  if (!counted) return null;
  // "19.87 million residents": the answer is the numeral, so the question names its scale.
  const scale = /^\s*(thousand|million|billion|trillion)\b/.exec(text.slice(q.numeralEnd, q.end));
  const scaled = scale ? `${scale[1]} ${counted.phrase}` : counted.phrase;
  const credit = attributionOf(analysis, q.sentence);
  const from = credit && credit.from <= phraseStart ? credit.from : 0;
  // "more than two years ahead": "More than how many years …?", since "about" would let a
  // higher option be right too.
  const floor = /^(?:over|more than|upwards of)\s$/i.test(approx?.[0] ?? '')
    ? 'more than how many'
    : /^at least\s$/i.test(approx?.[0] ?? '')
      ? 'at least how many'
      : null;
  const how = floor ?? (approx ? 'about how many' : 'how many');
  const ask = (rest: string): string =>
    from > 0 && credit
      ? `According to ${credit.source}, ${how} ${rest}?`
      : `${how.charAt(0).toUpperCase()}${how.slice(1)} ${rest}?`;
  const lead = text.slice(from, phraseStart);
  if (phraseStart === from || THERE_BE.test(lead)) {
    const verb = phraseStart === from ? '' : `${lead.replace(/^There /i, '').trim()} there `;
    // "11 people had died and seven were still missing": the second figure's clause is left out.
    const clause = (text.slice(counted.end).split(/[,;:]/)[0] ?? '').replace(FINAL_STOP, '');
    const join = /\s(?:and|but|while|whereas)\s/.exec(clause);
    const after = join ? clause.slice(join.index) : '';
    const figureAfter =
      /\d/.test(after) ||
      (after.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => Object.hasOwn(NUMBER_WORDS, w));
    const rest = (join && figureAfter ? clause.slice(0, join.index) : clause).trim();
    if (/\d/.test(rest)) return null;
    const next = tokens.find((t) => t.start >= counted.end);
    if (wordCount(rest) < 2 || (phraseStart === from && !next?.tags.has('Verb'))) return null;
    return ask(`${scaled} ${verb}${rest}`);
  }
  // "Veld said 42 schools …" with no source kept: the figure is inside what someone said.
  if (REPORTED_BEFORE.test(lead)) return null;
  const clause = invertClause(text, tokens, from, phraseStart);
  if (!clause || text.slice(clause.end, phraseStart).trim() !== '') return null;
  if (finiteVerbIn(tokens, { from: counted.end, to: text.length, copulas: true })) return null;
  const tail = keptTail(text.slice(counted.end), counted.phrase);
  if (tail === null) return null;
  return ask(`${scaled} ${clause.aux} ${clause.subject} ${clause.verb}${tail}`);
}

/** True when no other date or number sits in `[from, to)` of the sentence, so the question has one answer. */
function dateFree(analysis: Analysis, sentence: number, from: number, to: number): boolean {
  const inside = (s: { start: number }) => s.start >= from && s.start < to;
  return (
    !(analysis.mentions[sentence] ?? []).some((m) => m.type === 'date' && inside(m)) &&
    !(analysis.quantities[sentence] ?? []).some((q) => q.kind === 'year' && inside(q))
  );
}

/** ", and …" or ", but …": where a second clause may be joined on. */
const JOINED = /,\s(?:and|but)\s|$/;

/** "In which year did the British hand over Hong Kong?" for a date that opens or closes a sentence. */
function whenPrompt(
  analysis: Analysis,
  sentence: number,
  span: { start: number; end: number; kind: string },
): string | null {
  const text = analysis.segmented.sentences[sentence]?.normalized ?? '';
  const tokens = analysis.tokens[sentence] ?? [];
  const wh = WHEN_WORDS[span.kind];
  if (!wh) return null;
  const lead = text.slice(0, span.start);
  // "Saturday's game peaked …": the date describes the subject; the question would lose it.
  if (/^['’]s\b/.test(text.slice(span.end))) return null;
  // "In September and October 1835": a date joined to another is half of the answer.
  if (/^,? (?:and|or|to) /.test(text.slice(span.end)) || /\b(?:and|or|to) $/.test(lead))
    return null;
  if (span.start === 0 || /^(?:In|On) $/.test(lead)) {
    const from = span.end + (/^,?\s*/.exec(text.slice(span.end))?.[0].length ?? 0);
    const clause = invertClause(text, tokens, from, text.length);
    if (!clause) return null;
    const rest = text.slice(clause.end).replace(FINAL_STOP, '').replace(SECOND_CLAUSE, '');
    const restEnd = clause.end + rest.length;
    return dateFree(analysis, sentence, clause.end, restEnd) &&
      !finiteVerbIn(tokens, { from: clause.end, to: restEnd, copulas: true }) &&
      // "…, and several stretches now regularly run dry": a joined clause with a verb of its own.
      !finiteVerbIn(tokens, {
        from: clause.end + rest.search(JOINED),
        to: restEnd,
        copulas: true,
        present: true,
      })
      ? `${wh} ${clause.aux} ${clause.subject} ${clause.verb}${rest}?`
      : null;
  }
  const inAt = / (?:in|on) $/.exec(lead);
  if (!inAt || !FINAL_STOP.test(text.slice(span.end)) || text.slice(span.end).length > 3)
    return null;
  const clause = invertClause(text, tokens, 0, inAt.index);
  if (
    !clause ||
    !dateFree(analysis, sentence, clause.end, inAt.index) ||
    finiteVerbIn(tokens, { from: clause.end, to: inAt.index, copulas: true }) ||
    /\bthan\b/.test(lead) ||
    // "Roos said capital spending would include a cleanroom due to open in 2026": a closing date
    // inside what someone said dates that, not the saying.
    REPORTED_WORD.test(lead) ||
    // "came in early on Friday": the time word belongs with the date.
    /\b(?:early|late|earlier|later)$/.test(text.slice(clause.end, inAt.index)) ||
    EVENT_BEFORE.test(lead) ||
    DATED_WORD_BEFORE.test(lead) ||
    ING_CLAUSE.test(text.slice(clause.end, inAt.index))
  )
    return null;
  return `${wh} ${clause.aux} ${clause.subject} ${clause.verb}${text.slice(clause.end, inAt.index)}?`;
}

/** A pronoun for someone the question itself does not name ("his brother" is the subject's). */
const PERSONAL_PRONOUN = /\b(?:he|him|she|they|them)\b/i;

function asWh(
  base: Candidate | null,
  prompt: string | null,
  family: 'how-many' | 'when',
): Candidate | null {
  if (!base || !prompt || /["[\]]/.test(prompt) || wordCount(prompt) > 32) return null;
  // "About how many works are attributed to him?": a question names whom it asks about; the
  // sentence shown in full, as a fill-in, keeps what leads up to the pronoun.
  if (PERSONAL_PRONOUN.test(prompt)) return null;
  if ((prompt.match(/\(/g)?.length ?? 0) !== (prompt.match(/\)/g)?.length ?? 0)) return null;
  const lower = (t: string) =>
    /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(t) && base.numeric ? t.toLowerCase() : t;
  return {
    ...base,
    family,
    prompt,
    key: lower(base.key),
    distractors: base.distractors.map(lower),
    score: base.score + 0.8,
    difficulty: base.difficulty + 0.05,
  };
}

/**
 * Wh-questions on numbers and dates, where a sentence is a plain clause: "How many passengers did the
 * boat carry?", "In which year did the guitarist form Van Halen?". Options and evidence are those of
 * the matching fill-in-the-blank, which stays the fallback.
 */
export function whQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!isUsableSentence(sentence.normalized, 45) || !inArticleVoice(analysis, i)) return;
    for (const q of analysis.quantities[i] ?? []) {
      const prompt =
        q.kind === 'year'
          ? whenPrompt(analysis, i, { start: q.start, end: q.end, kind: 'year' })
          : howManyPrompt(analysis, q);
      const c = asWh(
        numberCloze(analysis, q, seed),
        prompt,
        q.kind === 'year' ? 'when' : 'how-many',
      );
      if (c) out.push(c);
    }
    for (const m of analysis.mentions[i] ?? []) {
      if (m.type !== 'date' || !m.subtype) continue;
      const prompt = whenPrompt(analysis, i, { start: m.start, end: m.end, kind: m.subtype });
      const c = asWh(entityCloze(analysis, m, seed), prompt, 'when');
      if (c) out.push(c);
    }
  });
  return out;
}
