import { describe, expect, it } from 'vitest';
import {
  PrintOptionsError,
  printVersions,
  type Question,
  type PrintVersion,
} from '../../../src/index.ts';
import { mc, quizOf, tf } from '../audit/build-quiz.ts';
import { seedQuizzes } from './print-cases.ts';

const cases = seedQuizzes();

const small = quizOf([
  mc('q1', 'Who founded the Harbor Rowing Club?', ['Maria Lopez', 'Dan Webb', 'Ostra Linde']),
  mc('q2', 'How many regional titles did the club win?', ['14', '12', '16', '18']),
  tf('q3', 'The club entered the national league before 2010.', false, 'national league'),
]);

const questionOrder = (version: PrintVersion): string[] => version.questions.map((q) => q.id);

/** What the key of `version` says to mark for each question, read back from the printed options. */
function markedAnswers(version: PrintVersion): Map<string, string> {
  return new Map(
    version.key.map((entry) => {
      const printed = version.questions[entry.number - 1];
      if (printed?.id !== entry.questionId) return [entry.questionId, 'misnumbered'];
      if (printed.type === 'true-false') return [entry.questionId, entry.answer.toLowerCase()];
      const option = printed.choices.find((c) => c.letter === entry.answer);
      return [entry.questionId, `${option?.id ?? 'no option'}:${option?.text ?? ''}`];
    }),
  );
}

/** The correct answer of each question, as markedAnswers reads it. */
function correctAnswers(questions: Question[]): Map<string, string> {
  return new Map(
    questions.map((q) => {
      if (q.type === 'true-false') return [q.id, String(q.answer)];
      const keyed = q.choices.find((c) => c.id === q.answer);
      return [q.id, `${keyed?.id ?? ''}:${keyed?.text ?? ''}`];
    }),
  );
}

describe('printVersions', () => {
  it('gives the same versions for the same quiz and seed', () => {
    const quiz = cases[0]?.quiz ?? small;
    expect(printVersions(quiz, { versions: 4, seed: 9 })).toEqual(
      printVersions(quiz, { versions: 4, seed: 9 }),
    );
  });

  it('letters the versions from A and prints version A in the order of the quiz', () => {
    const versions = printVersions(small, { versions: 3, seed: 2 });
    expect(versions.map((v) => v.letter)).toEqual(['A', 'B', 'C']);
    expect(questionOrder(versions[0] as PrintVersion)).toEqual(['q1', 'q2', 'q3']);
    const first = versions[0]?.questions[0];
    expect(first?.type === 'multiple-choice' && first.choices.map((c) => c.id)).toEqual([
      'q1-0',
      'q1-1',
      'q1-2',
    ]);
  });

  it('prints one version by default and seeds the shuffles with the quiz seed', () => {
    expect(printVersions(small)).toHaveLength(1);
    expect(printVersions(small, { versions: 2 })).toEqual(
      printVersions(small, { versions: 2, seed: small.seed }),
    );
  });

  it('keeps the earlier versions when more are asked for', () => {
    const two = printVersions(small, { versions: 2, seed: 5 });
    expect(printVersions(small, { versions: 5, seed: 5 }).slice(0, 2)).toEqual(two);
  });

  it.each(cases)('orders the questions of each version of $name differently', ({ quiz }) => {
    const orders = printVersions(quiz, { versions: 3, seed: 1 }).map((v) =>
      questionOrder(v).join(' '),
    );
    expect(new Set(orders).size).toBe(3);
  });

  it('shuffles the options too, with different seeds giving different versions', () => {
    const quiz = cases[3]?.quiz ?? small;
    const options = (seed: number) =>
      printVersions(quiz, { versions: 3, seed }).map((v) =>
        v.questions.map((q) => (q.type === 'multiple-choice' ? q.choices : [])),
      );
    const [a, b, c] = options(1);
    expect(b).not.toEqual(a);
    expect(c).not.toEqual(b);
    expect(options(2)).not.toEqual(options(1));
  });

  it.each(cases)(
    'prints every question of $name once, with the same options, in every version',
    ({ quiz }) => {
      for (const version of printVersions(quiz, { versions: 3, seed: 4 })) {
        expect([...questionOrder(version)].sort()).toEqual(quiz.questions.map((q) => q.id).sort());
        for (const printed of version.questions) {
          const original = quiz.questions.find((q) => q.id === printed.id);
          expect(printed.prompt).toBe(original?.prompt);
          const ids = printed.type === 'multiple-choice' ? printed.choices.map((c) => c.id) : [];
          const want =
            original?.type === 'multiple-choice' ? original.choices.map((c) => c.id) : [];
          expect(ids.sort()).toEqual(want.sort());
          if (printed.type === 'multiple-choice')
            expect(printed.choices.map((c) => c.letter)).toEqual([...'ABCDE'].slice(0, ids.length));
        }
      }
    },
  );

  it.each(cases)(
    'gives keys to $name that point at the correct option in every version',
    ({ quiz }) => {
      const correct = correctAnswers(quiz.questions);
      for (const version of printVersions(quiz, { versions: 3, seed: 11 })) {
        expect(version.key.map((k) => k.number)).toEqual(version.questions.map((q) => q.number));
        expect(markedAnswers(version)).toEqual(correct);
      }
    },
  );

  it('keeps the numbers of a number question sorted, one way or the other', () => {
    const numbers = { ...small.questions[1], tags: ['cloze', 'number'] } as Question;
    const quiz = { ...small, questions: [numbers] };
    const orders = printVersions(quiz, { versions: 8, seed: 3 }).map((v) => {
      const q = v.questions[0];
      return q?.type === 'multiple-choice' ? q.choices.map((c) => c.text).join(' ') : '';
    });
    expect(new Set(orders)).toEqual(new Set(['14 12 16 18', '18 16 12 14']));
  });

  it.each([0, 27, 1.5, Number.NaN])('refuses %s versions with a PrintOptionsError', (versions) => {
    expect(() => printVersions(small, { versions })).toThrow(PrintOptionsError);
  });

  it('prints a quiz without questions as empty versions', () => {
    const versions = printVersions(quizOf([]), { versions: 2 });
    expect(versions.map((v) => [v.questions.length, v.key.length])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
