import type { Question, Quiz } from '../../index.ts';

/** The letter of the i-th option (A, B, C…). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

function renderQuestion(q: Question, n: number): string[] {
  switch (q.type) {
    case 'multiple-choice':
      return [`${n}. ${q.prompt}`, ...q.choices.map((c, i) => `   ${optionLetter(i)}. ${c.text}`)];
    case 'true-false':
      return [`${n}. ${q.prompt}`, '   True / False'];
  }
}

function keyOf(q: Question): string {
  switch (q.type) {
    case 'multiple-choice': {
      const i = q.choices.findIndex((c) => c.id === q.answer);
      return `${optionLetter(i)}. ${q.choices[i]?.text ?? ''}`;
    }
    case 'true-false':
      return q.answer ? 'True' : 'False';
  }
}

function renderKey(q: Question, n: number): string[] {
  return [`${n}. ${keyOf(q)}`, ...(q.explanation === '' ? [] : [`   ${q.explanation}`])];
}

/**
 * A quiz as readable text: title, numbered questions with lettered options, then the answer key
 * with each explanation.
 *
 * @example
 * renderQuizText(quiz); // 'Title\n\n1. Who …?\n   A. …\n…\nAnswer key\n1. B. …'
 */
export function renderQuizText(quiz: Quiz): string {
  const questions = quiz.questions.flatMap((q, i) => [...renderQuestion(q, i + 1), '']);
  const key = quiz.questions.flatMap((q, i) => renderKey(q, i + 1));
  const heading = `${quiz.title}\n${'='.repeat(Math.max(quiz.title.length, 3))}`;
  return [heading, '', ...questions, 'Answer key', '----------', ...key, ''].join('\n');
}
