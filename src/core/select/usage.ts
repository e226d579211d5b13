import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';

/** What the questions chosen so far already use: answers, prompts, sentences, paragraphs, families. */
export interface Usage {
  answers: Set<string>;
  /** Sentences a true/false statement already rests on. */
  sentences: Set<number>;
  promptSet: Set<string>;
  /** Chosen questions by the sentences they rest on. */
  bySentence: Map<number, Candidate[]>;
  paragraphs: Map<number, number>;
  families: Map<string, number>;
  /** False statements made by flipping a negation, and how many the quiz may hold. */
  negations: number;
  negationCap: number;
}

/** True for a false statement made by flipping a negation. */
export const isNegation = (c: Candidate): boolean => c.answer.startsWith('negation@');

/**
 * An empty record of use, for one selection of `trueFalse` statements: one negated statement per
 * four statements asked (rounded up) at most, so negation stays rare and predicts nothing.
 */
export function newUsage(trueFalse: number): Usage {
  return {
    answers: new Set(),
    sentences: new Set(),
    bySentence: new Map(),
    promptSet: new Set(),
    paragraphs: new Map(),
    families: new Map(),
    negations: 0,
    negationCap: Math.max(1, Math.ceil(trueFalse / 4)),
  };
}

/** Records a chosen question's answer, prompt, sentences, paragraph and family. */
export function take(c: Candidate, usage: Usage, analysis: Analysis): void {
  usage.answers.add(c.answer);
  usage.promptSet.add(c.prompt);
  if (c.type === 'true-false') usage.sentences.add(c.sentences[0] ?? -1);
  for (const s of c.sentences) usage.bySentence.set(s, [...(usage.bySentence.get(s) ?? []), c]);
  const paragraph = analysis.segmented.sentences[c.sentences[0] ?? 0]?.paragraph ?? 0;
  usage.paragraphs.set(paragraph, (usage.paragraphs.get(paragraph) ?? 0) + 1);
  usage.families.set(c.family, (usage.families.get(c.family) ?? 0) + 1);
  if (isNegation(c)) usage.negations += 1;
}
