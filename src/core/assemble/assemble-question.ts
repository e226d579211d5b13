import { wordValue } from '../entities/extract-quantities.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import type { Evidence, Question } from '../types.ts';

const LETTERS = 'abcde';

/** The value an option stands for, in digits or in words ("1,200", "eight"), to sort by. */
function numericValue(text: string): number {
  return /\d/.test(text) ? Number(text.replace(/[^\d.]/g, '')) : wordValue(text);
}

function evidenceOf(c: Candidate, analysis: Analysis): Evidence[] {
  return c.sentences.map((i) => {
    const s = analysis.segmented.sentences[i];
    return { start: s?.start ?? 0, end: s?.end ?? 0, text: s?.text ?? '' };
  });
}

/** Orders the options: ascending for numbers, otherwise with the key at the assigned position. */
export function orderOptions(c: Candidate, keyPosition: number): string[] {
  const options = [c.key, ...c.distractors.slice(0, 3)];
  if (c.numeric) return options.sort((a, b) => numericValue(a) - numericValue(b));
  const others = options.slice(1);
  const at = Math.min(keyPosition, others.length);
  return [...others.slice(0, at), c.key, ...others.slice(at)];
}

/** Turns a selected candidate into a question of the quiz JSON. */
export function assembleQuestion(
  c: Candidate,
  index: number,
  keyPosition: number,
  analysis: Analysis,
): Question {
  const common = {
    id: `q${index + 1}`,
    prompt: c.prompt,
    evidence: evidenceOf(c, analysis),
    explanation: c.explanation,
    difficulty: Math.round(Math.min(1, Math.max(0, c.difficulty)) * 100) / 100,
    tags: [c.family, c.answerType],
  };
  if (c.type === 'true-false') return { ...common, type: 'true-false', answer: c.truth };
  const choices = orderOptions(c, keyPosition).map((text, i) => ({
    id: LETTERS[i] ?? String(i),
    text,
  }));
  const answer = choices.find((choice) => choice.text === c.key)?.id ?? 'a';
  return { ...common, type: 'multiple-choice', choices, answer };
}
