import { randomInt } from 'node:crypto';
import type { Quiz } from '../../index.ts';
import type { AttemptItem } from '../store/store-types.ts';

/** Returns an integer in [0, below). */
export type RandomInt = (below: number) => number;

function shuffled<T>(items: readonly T[], random: RandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A fresh order for one attempt: questions shuffled, and the options of each multiple-choice
 * question shuffled. True/false items keep True before False.
 */
export function shuffleOrder(quiz: Quiz, random: RandomInt = randomInt): AttemptItem[] {
  return shuffled(quiz.questions, random).map((q) => ({
    questionId: q.id,
    choiceIds:
      q.type === 'multiple-choice'
        ? shuffled(q.choices, random).map((c) => c.id)
        : ['true', 'false'],
  }));
}
