import { describe, expect, it } from 'vitest';
import { exportQuiz, type Question } from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { readAiken } from './support/read-aiken.ts';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function expectedOptions(question: Question): { options: string[]; answer: number } {
  if (question.type === 'true-false')
    return { options: ['True', 'False'], answer: question.answer ? 0 : 1 };
  return {
    options: question.choices.map((c) => oneLine(c.text)),
    answer: question.choices.findIndex((c) => c.id === question.answer),
  };
}

describe.each(exportCases)('Aiken of the $name', ({ quiz }) => {
  it('follows the strict grammar and reads back as the same questions, options and keys', () => {
    const read = readAiken(String(exportQuiz(quiz, 'aiken').body));

    expect(read).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      const back = read[i];
      expect([oneLine(question.prompt), `Question: ${oneLine(question.prompt)}`]).toContain(
        back?.question,
      );
      expect({ options: back?.options, answer: back?.answer }).toEqual(expectedOptions(question));
    });
  });

  it('tells the caller how many true/false questions became A. True / B. False', () => {
    const file = exportQuiz(quiz, 'aiken');
    const trueFalse = quiz.questions.filter((q) => q.type === 'true-false').length;

    expect(file.itemCount).toBe(quiz.questions.length);
    expect(file.notes.some((n) => n.startsWith(`${trueFalse} true/false`))).toBe(trueFalse > 0);
  });
});

describe('Aiken question lines', () => {
  it.each([['A. Lincoln was president?'], ['B) or not?'], ['ANSWER: who?']])(
    'labels a question that an importer would read as an option or key line: %j',
    (prompt) => {
      const quiz = exportCases[0]?.quiz;
      const first = quiz?.questions[0];
      if (quiz === undefined || first === undefined) throw new Error('no seed quiz');

      const text = String(exportQuiz({ ...quiz, questions: [{ ...first, prompt }] }, 'aiken').body);

      expect(readAiken(text)[0]?.question).toBe(`Question: ${prompt}`);
    },
  );
});
