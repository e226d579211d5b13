import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import { BLANK, FRONTED_PHRASE, wholeWordIndexes } from '../questions/sentence-tools.ts';
import { optionsOfAnotherKind } from './options-of-another-kind.ts';
import { pointsBack, statementPointsBack } from './points-back.ts';
import { takesAn } from '../questions/statement-candidate.ts';
import { strayPersonalPronoun } from './stray-pronoun.ts';

/** The name of each gate, as reported in a shortfall. */
export type GateName =
  | 'too-few-options'
  | 'key-not-in-evidence'
  | 'key-in-prompt'
  | 'duplicate-options'
  | 'unresolved-pronoun'
  | 'distractor-supported'
  | 'false-statement-in-text'
  | 'options-of-another-kind';

/** Tells whether a sentence of the article contains the text. */
type Says = (sentence: string) => boolean;

type Gate = (c: Candidate, analysis: Analysis, says: Says) => boolean;

/** "He …", and "Ultimately, he …" or "In 1835 she …" after a short lead-in. */
const PRONOUN_OPENING = new RegExp(
  `^(?:Fill in the blank: )?(?:[A-Z][a-z]+, |${FRONTED_PHRASE})?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\b|^(?:This|These|Those)\\b`,
);
/** "Both earned _____ delegates": "both" or "each" standing for people named before. */
const QUANTIFIER_SUBJECT =
  /^(?:Fill in the blank: )?(?:Both|Each|Neither|All) (?:[a-z]+ed|were|are|was|is|have|had|has|will|would)\b/;
/** "Fill in the blank: These American bison …": a demonstrative before a noun names its thing. */
const CLOZE_DEMONSTRATIVE =
  /^Fill in the blank: (?:This|These|Those) (?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should)\b)\S/;

/** The options of a multiple-choice question whose options are statements, else none. */
function statementOptions(c: Candidate): string[] {
  return c.type === 'multiple-choice' && c.answerType === 'statement'
    ? [c.key, ...c.distractors]
    : [];
}

function evidenceText(c: Candidate, analysis: Analysis): string {
  return c.sentences.map((i) => analysis.segmented.sentences[i]?.normalized ?? '').join(' ');
}

function containsWord(haystack: string, needle: string): boolean {
  return wholeWordIndexes(haystack.toLowerCase(), needle).length > 0;
}

/** The capitalised words of a multi-word key ("Downtown Fresno" → "fresno"), which give it away too. */
function nameWords(key: string): string[] {
  const words = key.split(/\s+/);
  if (words.length < 2 || words.length > 6) return [];
  return words
    .filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
}

/**
 * True when a word of the prompt starts with a one-word key: "Russian's motivations" gives away
 * Russia, and "the sevengill" gives away seven.
 */
function startsPromptWord(prompt: string, key: string): boolean {
  const lower = key.toLowerCase();
  if (lower.length < 3 || /[^\p{L}\p{N}]/u.test(lower)) return false;
  const words = prompt.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => w.startsWith(lower));
}

/** The declarative sentence a blank's prompt makes with the option in the blank. */
function filled(prompt: string, option: string): string {
  const article = takesAn(option) ? 'n' : '';
  return prompt
    .replace(/^Fill in the blank: /, '')
    .replace(new RegExp(`\\b([Aa])\\(n\\) (?=${BLANK})`), `$1${article} `)
    .replace(BLANK, option);
}

/** Each gate returns true when the candidate fails it. */
const GATES: readonly [GateName, Gate][] = [
  ['too-few-options', (c) => c.type === 'multiple-choice' && c.distractors.length < 2],
  [
    'key-not-in-evidence',
    (c, a) =>
      c.type === 'multiple-choice' &&
      !evidenceText(c, a).toLowerCase().includes(c.key.toLowerCase()),
  ],
  [
    'key-in-prompt',
    (c) =>
      c.type === 'multiple-choice' &&
      ([c.key.toLowerCase(), ...c.forbidden, ...nameWords(c.key)].some((f) =>
        containsWord(c.prompt, f),
      ) ||
        startsPromptWord(c.prompt, c.key)),
  ],
  [
    'duplicate-options',
    (c) =>
      new Set([c.key, ...c.distractors].map((o) => o.toLowerCase().trim())).size !==
      c.distractors.length + 1,
  ],
  [
    'unresolved-pronoun',
    (c, a) =>
      PRONOUN_OPENING.test(c.prompt) ||
      strayPersonalPronoun(c, a) ||
      QUANTIFIER_SUBJECT.test(c.prompt) ||
      (/^Fill in the blank: (?:This|These|Those)\b/.test(c.prompt) &&
        !CLOZE_DEMONSTRATIVE.test(c.prompt)) ||
      (c.type === 'true-false' ? statementPointsBack(c.prompt) : pointsBack(c.prompt)) ||
      statementOptions(c).some(statementPointsBack),
  ],
  [
    'distractor-supported',
    (c, _a, says) =>
      c.prompt.includes(BLANK) && c.distractors.some((d) => says(filled(c.prompt, d))),
  ],
  ['options-of-another-kind', (c, a) => optionsOfAnotherKind(c, a)],
  [
    'false-statement-in-text',
    (c, _a, says) =>
      (c.type === 'true-false' && !c.truth && says(c.prompt)) ||
      (c.type === 'multiple-choice' &&
        c.answerType === 'statement' &&
        c.distractors.some((d) => says(d))),
  ],
];

/**
 * An index of what the article states: does any sentence contain this text? Sentences are found
 * through the run of three words after the text's first (whole words wherever the text stands in a
 * sentence), so each look-up reads only the few sentences that share them and gating stays linear
 * in the article's length.
 */
function sentenceIndex(analysis: Analysis): Says {
  const sentences = [...new Set(analysis.segmented.sentences.map((s) => s.normalized))];
  const byRun = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    const words = sentence.split(' ');
    for (let k = 0; k + 3 <= words.length; k++) {
      const run = words.slice(k, k + 3).join(' ');
      const list = byRun.get(run);
      if (!list) byRun.set(run, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  return (text) => {
    const words = text.split(' ');
    if (words.length < 5) return sentences.some((s) => s.includes(text));
    const candidates = byRun.get(words.slice(1, 4).join(' ')) ?? [];
    return candidates.some((i) => sentences[i]?.includes(text) === true);
  };
}

/** The score of a blank asked only when a quiz has nothing better. */
const LAST_RESORT = 0.3;

/**
 * "Half of the _____ added outdoor lessons" (schools): a blank whose key, put back, leans on what
 * came before, or that stands after "this". The blank hides the lean, so the question stays, for a
 * quiz that has nothing better.
 */
function leansWithKey(c: Candidate): boolean {
  return (
    c.type === 'multiple-choice' &&
    c.prompt.includes(BLANK) &&
    (pointsBack(filled(c.prompt, c.key)) || DEMONSTRATIVE_BLANK.test(c.prompt))
  );
}

/** "the researchers said this _____ benefited": the blank hides what "this" points back to. */
const DEMONSTRATIVE_BLANK = /\s(?:this|these) _____/;

/**
 * Drops every candidate that fails a gate and counts how many each gate removed; a kept blank
 * that leans on an earlier sentence once filled is kept as a last resort.
 */
export function applyGates(
  candidates: readonly Candidate[],
  analysis: Analysis,
): { kept: Candidate[]; removed: Record<string, number> } {
  const says = sentenceIndex(analysis);
  const removed: Record<string, number> = {};
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const failed = GATES.find(([, gate]) => gate(c, analysis, says));
    if (failed) removed[failed[0]] = (removed[failed[0]] ?? 0) + 1;
    else kept.push(leansWithKey(c) ? { ...c, score: Math.min(c.score, LAST_RESORT) } : c);
  }
  return { kept, removed };
}
