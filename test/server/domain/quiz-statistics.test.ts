import { describe, expect, it } from 'vitest';
import { quizStatistics } from '../../../src/server/domain/quiz-statistics.ts';
import { statisticsCsv } from '../../../src/server/domain/statistics-csv.ts';
import type { Attempt } from '../../../src/server/store/store-types.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';

const quiz = fixtureQuiz();
const order = quiz.questions.map((q) => ({ questionId: q.id, choiceIds: [] }));

function attempt(id: string, answers: Record<string, string>): Attempt {
  const keys: Record<string, string> = { q1: 'b', q2: 'b', q3: 'false' };
  const responses = order.map(({ questionId }) => {
    const answer = answers[questionId] ?? null;
    return { questionId, answer, correct: answer === keys[questionId] };
  });
  const score = responses.filter((r) => r.correct).length;
  return {
    id,
    quizId: 'fixture',
    version: 1,
    order,
    startedAt: 0,
    submittedAt: 1,
    score,
    total: 3,
    responses,
  };
}

describe('quiz statistics', () => {
  const attempts = [
    attempt('top1', { q1: 'b', q2: 'b', q3: 'false' }),
    attempt('top2', { q1: 'b', q2: 'b', q3: 'true' }),
    attempt('mid', { q1: 'b', q2: 'a', q3: 'true' }),
    attempt('low1', { q1: 'a', q2: 'a' }),
    attempt('low2', { q1: 'c', q2: 'c', q3: 'true' }),
  ];
  const stats = quizStatistics(quiz, attempts);
  const q = (id: string) => stats.questions.find((s) => s.questionId === id);

  it('gives the share of attempts that answered each question correctly', () => {
    expect(q('q1')?.shareCorrect).toBeCloseTo(3 / 5);
    expect(q('q3')?.shareCorrect).toBeCloseTo(1 / 5);
    expect(stats.meanScore).toBeCloseTo((3 + 2 + 1 + 0 + 0) / 5);
  });

  it('gives a positive discrimination when strong students get a question right and weak ones do not', () => {
    expect(q('q1')?.discrimination).toBeCloseTo(1);
    expect(q('q2')?.discrimination).toBeCloseTo(1);
  });

  it('counts how often each option was chosen and how many left a question blank', () => {
    expect(q('q1')?.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 1],
      ['d', 0],
    ]);
    expect(q('q3')?.options.map((o) => [o.id, o.count, o.isKey])).toEqual([
      ['true', 3, false],
      ['false', 1, true],
    ]);
    expect(q('q3')?.unanswered).toBe(1);
  });

  it('has no discrimination without enough attempts', () => {
    expect(quizStatistics(quiz, [attempts[0] as Attempt]).questions[0]?.discrimination).toBeNull();
  });

  it('quotes CSV fields with commas, quotes and newlines and defuses formulas', () => {
    const tricky = fixtureQuiz();
    const first = tricky.questions[0];
    if (first?.type !== 'multiple-choice') throw new Error('fixture changed');
    first.prompt = 'Say "hi",\nthen =SUM(A1)';
    first.choices[0] = { id: 'a', text: '=HYPERLINK("x")' };
    const csv = statisticsCsv(quizStatistics(tricky, []));
    expect(csv).toContain('"Say ""hi"",\nthen =SUM(A1)"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
