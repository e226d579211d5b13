import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../../src/server/domain/score-answers.ts';
import { shuffleOrder } from '../../../src/server/domain/shuffle-order.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';

const quiz = fixtureQuiz();
const order = shuffleOrder(quiz, () => 0);

describe('scoring', () => {
  it.each([
    [{ q1: 'b', q2: 'b', q3: 'false' }, 3],
    [{ q1: 'b', q2: 'a', q3: 'true' }, 1],
    [{}, 0],
    [{ q1: '', q3: 'false' }, 1],
  ])('scores %j as %i', (answers, score) => {
    const scoring = scoreAnswers(quiz.questions, order, answers);
    expect(scoring.ok && scoring.responses.filter((r) => r.correct).length).toBe(score);
  });

  it('keeps an unanswered question as a null answer', () => {
    const scoring = scoreAnswers(quiz.questions, order, { q1: 'b' });
    expect(
      scoring.ok &&
        scoring.responses
          .filter((r) => r.answer === null)
          .map((r) => r.questionId)
          .sort(),
    ).toEqual(['q2', 'q3']);
  });

  it('names every unknown question and option', () => {
    const scoring = scoreAnswers(quiz.questions, order, { q7: 'a', q1: 'x', q3: 'maybe' });
    expect(scoring.ok ? [] : scoring.errors.map((e) => e.pointer)).toEqual([
      '#/answers/q7',
      '#/answers/q1',
      '#/answers/q3',
    ]);
  });

  it('shuffles every question and every option list into a permutation of the quiz', () => {
    const reversed = shuffleOrder(quiz, (below) => below - 1);
    expect(reversed.map((i) => i.questionId).sort()).toEqual(['q1', 'q2', 'q3']);
    const q1 = reversed.find((i) => i.questionId === 'q1');
    expect([...(q1?.choiceIds ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(reversed.map((i) => i.questionId)).not.toEqual(order.map((i) => i.questionId));
  });
});
