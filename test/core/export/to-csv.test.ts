import { describe, expect, it } from 'vitest';
import { exportQuiz, type Question } from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { hostileQuiz } from './fixtures/hostile-quiz.ts';
import { readDelimited } from './support/read-delimited.ts';

function expectedRow(question: Question, choiceColumns: number): Record<string, string> {
  const choices = question.type === 'multiple-choice' ? question.choices : [];
  const row: Record<string, string> = {
    question_id: question.id,
    type: question.type,
    prompt: question.prompt,
  };
  for (let i = 0; i < choiceColumns; i += 1)
    row[`choice_${'abcdefgh'[i]}`] = choices[i]?.text ?? '';
  const key =
    question.type === 'multiple-choice'
      ? question.choices.find((c) => c.id === question.answer)?.text
      : undefined;
  row.answer = String(question.answer);
  row.answer_text = key ?? (question.answer === true ? 'True' : 'False');
  row.explanation = question.explanation;
  return row;
}

describe.each(exportCases)('CSV of the $name', ({ quiz }) => {
  it('reads back with an RFC 4180 reader as one row per question with the same fields', () => {
    const text = String(exportQuiz(quiz, 'csv').body);

    const [header = [], ...rows] = readDelimited(text, ',');

    expect(rows).toHaveLength(quiz.questions.length);
    const choiceColumns = header.filter((h) => h.startsWith('choice_')).length;
    quiz.questions.forEach((question, i) => {
      const cells = Object.fromEntries(header.map((h, j) => [h, rows[i]?.[j]]));
      expect(cells).toMatchObject(expectedRow(question, choiceColumns));
      expect(rows[i]).toHaveLength(header.length);
    });
  });

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    const text = String(exportQuiz(quiz, 'csv').body);

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });
});

describe('CSV formula guard', () => {
  it('prefixes cells a spreadsheet would run as formulas when asked, and only then', () => {
    const guarded = readDelimited(
      String(exportQuiz(hostileQuiz, 'csv', { guardFormulas: true }).body),
      ',',
    );
    const plain = readDelimited(String(exportQuiz(hostileQuiz, 'csv').body), ',');

    expect(guarded.flat()).toContain("'=SUM(1;2)");
    expect(guarded.flat()).toContain("'-5 < 6 & \"x\" 'y'");
    expect(plain.flat()).toContain('=SUM(1;2)');
    expect(guarded.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
