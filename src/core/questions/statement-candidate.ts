import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { quoteEvidence } from './sentence-tools.ts';

/** What a true/false statement says, whether it is true, why, and the answer it tests. */
export interface StatementParts {
  prompt: string;
  truth: boolean;
  explanation: string;
  answer: string;
}

/** A true/false candidate on sentence `i`. */
export function statementCandidate(
  i: number,
  { prompt, truth, explanation, answer }: StatementParts,
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

/** The sentence quoted as the evidence an explanation ends with. */
export function says(sentence: Sentence): string {
  return quoteEvidence(sentence.text);
}

/**
 * True when "an" goes before the word or figure: "an 88", "an 18,000", "an American", "an hour",
 * but "a 186", "a 1,100", "a European", "a Ukrainian", "a one-day".
 */
export function takesAn(word: string): boolean {
  if (/^\d/.test(word)) {
    const whole = /^[\d,]+/.exec(word)?.[0] ?? '';
    const groups = whole.split(',');
    const lead = groups.length > 1 ? (groups[0] ?? '') : whole;
    const leadDigits = groups.length > 1 ? lead.length : ((whole.length - 1) % 3) + 1;
    return word.startsWith('8') || (leadDigits === 2 && /^1[18]/.test(whole));
  }
  if (/^(?:eu|uni|una|uk|ug|ur[aeiou]|us[aeiu]|ut[aeiou]|one\b|once\b)/i.test(word)) return false;
  return /^(?:[aeiou]|hour|honou?r|honest|heir|eight|eleven|eighteen|eighty)/i.test(word);
}

/** "an 88 percent stake" → "a 64 percent stake": the article before a swap fits the new word. */
function withArticleFor(
  text: string,
  start: number,
  swap: string,
): { text: string; start: number } {
  const article = /\b([Aa]n?) $/.exec(text.slice(0, start))?.[1];
  if (article === undefined) return { text, start };
  const fitting = (takesAn(swap) ? 'an' : 'a').replace(/^a/, article[0] as string);
  const at = start - article.length - 1;
  return {
    text: `${text.slice(0, at)}${fitting}${text.slice(start - 1)}`,
    start: start + fitting.length - article.length,
  };
}

/** The statement with `original` at `start` replaced by `swap`: false, and saying what it changed. */
export function falseVersion(
  analysis: Analysis,
  i: number,
  statement: string,
  at: { start: number; original: string; swap: string; answer: string },
): Candidate {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const { text, start } = withArticleFor(statement, at.start, at.swap);
  const prompt = text.slice(0, start) + at.swap + text.slice(start + at.original.length);
  const explanation = `False. The article says ${at.original}, not ${at.swap}. ${says(sentence)}`;
  return {
    ...statementCandidate(i, { prompt, truth: false, explanation, answer: at.answer }),
    changed: at.original.toLowerCase(),
  };
}

/** True when the text holds `original` at `start` (the statement may have lost a lead-in). */
export function holdsAt(text: string, start: number, original: string): boolean {
  return start >= 0 && text.slice(start, start + original.length) === original;
}
