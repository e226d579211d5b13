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
}

/** An empty record of use, for one selection. */
export function newUsage(): Usage {
  return {
    answers: new Set(),
    sentences: new Set(),
    bySentence: new Map(),
    promptSet: new Set(),
    paragraphs: new Map(),
    families: new Map(),
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
}
