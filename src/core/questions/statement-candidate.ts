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

/** The statement with `original` at `start` replaced by `swap`: false, and saying what it changed. */
export function falseVersion(
  analysis: Analysis,
  i: number,
  text: string,
  at: { start: number; original: string; swap: string; answer: string },
): Candidate {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const prompt = text.slice(0, at.start) + at.swap + text.slice(at.start + at.original.length);
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
