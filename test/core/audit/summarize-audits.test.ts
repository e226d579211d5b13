import { describe, expect, it } from 'vitest';
import { auditQuiz, summarizeAudits, type CorpusSummary } from '../../../src/index.ts';
import { mc, quizOf, tf } from './build-quiz.ts';

function row(summary: CorpusSummary, id: string) {
  const found = summary.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

const good = quizOf([
  mc('q1', 'Who founded the club?', ['Maria Lopez', 'Dana Webber', 'Ostra Lind']),
  tf('t1', 'The club won 14 regional titles.', true, '14'),
  tf('t2', 'The boathouse holds 60 boats.', false, '40'),
]);

describe('summarizeAudits', () => {
  it('sums counts over articles, so the corpus share weighs every question once', () => {
    const leaky = quizOf([
      mc('q1', 'Which Lopez founded the club?', ['Maria Lopez', 'Dana Webber', 'Ostra Lind']),
      mc('q2', 'How many titles?', ['14', '12', '16']),
    ]);
    const summary = summarizeAudits([auditQuiz(good), auditQuiz(leaky)]);
    expect(row(summary, 'key-in-prompt')).toMatchObject({
      count: 1,
      total: 3,
      gated: true,
      pass: false,
    });
    expect(row(summary, 'key-in-prompt').flagged).toEqual(['quiz-test#q1']);
    expect(summary.pass).toBe(false);
  });

  it('passes the gate over a corpus of fair quizzes', () => {
    const summary = summarizeAudits([auditQuiz(good), auditQuiz(good)]);
    expect(summary.articles).toBe(2);
    expect(summary.pass).toBe(true);
  });

  it('fails the gate when fewer than 95% of articles get their multiple-choice count', () => {
    const full = auditQuiz(good, { multipleChoice: 1, trueFalse: 2 });
    const short = auditQuiz(good, { multipleChoice: 2, trueFalse: 2 });
    const reports = [...Array.from({ length: 19 }, () => full), short];
    expect(row(summarizeAudits(reports), 'mc-count-met')).toMatchObject({
      value: 0.95,
      pass: true,
    });
    expect(row(summarizeAudits([...reports, short]), 'mc-count-met').pass).toBe(false);
  });

  it('keeps ungated checks in the table without letting them fail the gate', () => {
    const allTrue = quizOf([tf('t1', 'The club won 14 titles.', true, '14')]);
    const summary = summarizeAudits([auditQuiz(allTrue)]);
    expect(row(summary, 'solver-longest').gated).toBe(false);
    expect(row(summary, 'tf-true-share').pass).toBe(false);
    expect(summary.pass).toBe(false);
  });
});
