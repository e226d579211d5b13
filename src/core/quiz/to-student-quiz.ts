import type { Quiz, StudentQuestion, StudentQuiz } from '../types.ts';

/**
 * The student form of a quiz: the same questions without answer, evidence or explanation.
 *
 * @example
 * toStudentQuiz(quiz).questions[0]; // { id, type, prompt, choices?, difficulty, tags }
 */
export function toStudentQuiz(quiz: Quiz): StudentQuiz {
  const questions = quiz.questions.map((question): StudentQuestion => {
    const { answer: _answer, evidence: _evidence, explanation: _explanation, ...rest } = question;
    return rest;
  });
  return {
    format: quiz.format,
    form: 'student',
    id: quiz.id,
    title: quiz.title,
    seed: quiz.seed,
    source: { ...quiz.source },
    questions,
  };
}
