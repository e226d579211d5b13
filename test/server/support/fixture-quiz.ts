import type { Quiz } from '../../../src/index.ts';

const text =
  'Marie Curie won the Nobel Prize in Physics in 1903. She shared it with Pierre Curie and Henri Becquerel. ' +
  'In 1911 she won a second Nobel Prize, in Chemistry. She was born in Warsaw.';

function span(sentence: string) {
  const start = text.indexOf(sentence);
  return [{ start, end: start + sentence.length, text: sentence }];
}

/**
 * A hand-built quiz with distinctive explanations, for tests that need exact control. The evidence
 * sentences are not repeated in any prompt, so a page that shows them has leaked them.
 */
export function fixtureQuiz(id = 'fixture'): Quiz {
  return {
    format: 'quizgen/quiz@1',
    id,
    title: 'Marie Curie',
    seed: 1,
    source: { title: 'Marie Curie', text },
    questions: [
      {
        id: 'q1',
        type: 'multiple-choice',
        prompt: 'In which year did Marie Curie first win a Nobel Prize?',
        choices: [
          { id: 'a', text: '1898' },
          { id: 'b', text: '1903' },
          { id: 'c', text: '1911' },
          { id: 'd', text: '1934' },
        ],
        answer: 'b',
        evidence: span('Marie Curie won the Nobel Prize in Physics in 1903.'),
        explanation: 'EXPLAIN-ONE: the first prize came in 1903.',
        difficulty: 0.4,
        tags: ['numeric', 'date'],
      },
      {
        id: 'q2',
        type: 'multiple-choice',
        prompt: 'Where was Marie Curie born?',
        choices: [
          { id: 'a', text: 'Paris' },
          { id: 'b', text: 'Warsaw' },
          { id: 'c', text: 'Vienna' },
        ],
        answer: 'b',
        evidence: span('She was born in Warsaw.'),
        explanation: 'EXPLAIN-TWO: she was born in Warsaw.',
        difficulty: 0.3,
        tags: ['event', 'place'],
      },
      {
        id: 'q3',
        type: 'true-false',
        prompt: 'Marie Curie won her second Nobel Prize in Physics.',
        answer: false,
        evidence: span('In 1911 she won a second Nobel Prize, in Chemistry.'),
        explanation: 'EXPLAIN-THREE: the second prize was in Chemistry, not Physics.',
        difficulty: 0.5,
        tags: ['statement'],
      },
    ],
    shortfall: null,
  };
}
