import type {
  MultipleChoiceQuestion,
  Question,
  Quiz,
  Shortfall,
  TrueFalseQuestion,
} from '../../../src/index.ts';

/** A short article the hand-built quizzes below point into. */
export const article = [
  'Maria Lopez founded the Harbor Rowing Club in 1998.',
  'The club won 14 regional titles under coach Dan Webb.',
  'Its boathouse on the Ostra River holds 40 boats.',
  'The club did not enter the national league until 2010.',
].join(' ');

/** The evidence span of the sentence of `article` that contains `needle`. */
export function evidenceOf(needle: string): Question['evidence'] {
  for (const m of article.matchAll(/[^.]+\./g)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    const end = m.index + m[0].length;
    if (m[0].includes(needle)) return [{ start, end, text: article.slice(start, end) }];
  }
  throw new Error(`not in the article: ${needle}`);
}

/** A multiple-choice question whose key is `options[0]`, grounded in the sentence holding `key`. */
export function mc(
  id: string,
  prompt: string,
  options: string[],
  evidence = evidenceOf(options[0] ?? ''),
): MultipleChoiceQuestion {
  const choices = options.map((text, i) => ({ id: `${id}-${i}`, text }));
  return {
    id,
    type: 'multiple-choice',
    prompt,
    choices,
    answer: `${id}-0`,
    evidence,
    explanation: 'The article says so.',
    difficulty: 0.5,
    tags: ['test'],
  };
}

/** A true/false question grounded in the sentence that holds `needle`. */
export function tf(id: string, prompt: string, answer: boolean, needle: string): TrueFalseQuestion {
  return {
    id,
    type: 'true-false',
    prompt,
    answer,
    evidence: evidenceOf(needle),
    explanation: 'The article says so.',
    difficulty: 0.5,
    tags: ['test'],
  };
}

/** A quiz over `article` holding the given questions. */
export function quizOf(questions: Question[], shortfall: Shortfall | null = null): Quiz {
  return {
    format: 'quizgen/quiz@1',
    id: 'quiz-test',
    title: 'Harbor Rowing Club',
    seed: 1,
    source: { title: 'Harbor Rowing Club', text: article },
    questions,
    shortfall,
  };
}
