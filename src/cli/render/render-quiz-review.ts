import type { Question, Quiz } from '../../index.ts';
import { optionLetter } from './render-quiz-text.ts';

function reviewQuestion(q: Question, n: number): string[] {
  const head = `${n}. [${q.tags.join(', ')}] ${q.prompt}`;
  switch (q.type) {
    case 'multiple-choice':
      return [
        head,
        ...q.choices.map(
          (c, i) => `   ${c.id === q.answer ? '*' : ' '}${optionLetter(i)}. ${c.text}`,
        ),
      ];
    case 'true-false':
      return [head, `    -> ${q.answer ? 'True' : 'False'}`];
  }
}

/**
 * A quiz for a reviewer: each question with its tags, options with the key starred, and the
 * shortfall when there is one.
 */
export function renderQuizReview(name: string, quiz: Quiz): string {
  const lines = [`== ${name}: ${quiz.title}`];
  quiz.questions.forEach((q, i) => lines.push(...reviewQuestion(q, i + 1)));
  if (quiz.shortfall !== null) lines.push(`   shortfall: ${quiz.shortfall.message}`);
  return `${lines.join('\n')}\n\n`;
}
