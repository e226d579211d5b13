import { describe, expect, it } from 'vitest';
import { answersMatch, matchHumanAnswers, type HumanQuestion } from '../../../src/index.ts';
import { article, mc, quizOf } from './build-quiz.ts';

function human(answer: string, alternatives: string[] = []): HumanQuestion {
  const start = article.indexOf(answer);
  return { question: `About ${answer}?`, answer, start, end: start + answer.length, alternatives };
}

describe('answersMatch', () => {
  it.each([
    ['France', 'France', true],
    ['the Normans', 'Normans', true],
    ['1066', 'in 1066', true],
    ['France', 'northern France', true],
    ['France', 'the north of France', false],
    ['Paris', 'France', false],
    ['U.S.', 'US', false],
    ['“Rollo”', 'Rollo.', true],
    ['', 'France', false],
  ])('compares %j with %j as %s', (a, b, expected) => {
    expect(answersMatch(a, b)).toBe(expected);
    expect(answersMatch(b, a)).toBe(expected);
  });
});

describe('matchHumanAnswers', () => {
  const quiz = quizOf([
    mc('q1', 'Who founded the club?', ['Maria Lopez', 'Dana Webber', 'Ostra Lind']),
    mc('q2', 'Which river is the boathouse on?', ['Ostra River', 'Thames', 'Severn']),
  ]);

  it('counts our keys that people also chose as answers, through alternatives too', () => {
    const humans = [human('Lopez', ['Maria Lopez']), human('1998')];
    expect(matchHumanAnswers(quiz, humans)).toMatchObject({ keys: 2, keysMatched: 1 });
  });

  it('counts a human answer as asked only when it lies in our evidence and matches our key', () => {
    const humans = [human('the Ostra River'), human('Ostra'), human('14'), human('Maria Lopez')];
    expect(matchHumanAnswers(quiz, humans)).toEqual({
      keys: 2,
      keysMatched: 2,
      answers: 4,
      answersAsked: 3,
    });
  });
});
