import { parse, type GIFTQuestion, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportQuiz, type Question, type Quiz } from '../../../src/index.ts';
import { escapeGift } from '../../../src/core/export/to-gift.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { hostileQuiz } from './fixtures/hostile-quiz.ts';

// gift-pegjs trims texts and folds runs of white space, line breaks included, into one space.
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

function giftOf(quiz: Quiz): GIFTQuestion[] {
  const body = exportQuiz(quiz, 'gift').body;
  return parse(String(body)).filter((q) => q.type !== 'Category');
}

function expectSameMultipleChoice(
  parsed: MultipleChoice,
  question: Question & { type: 'multiple-choice' },
): void {
  expect(parsed.choices.map((c) => fold(c.text.text))).toEqual(
    question.choices.map((c) => fold(c.text)),
  );
  const correct = parsed.choices.filter((c) => c.isCorrect).map((c) => fold(c.text.text));
  const key = question.choices.find((c) => c.id === question.answer)?.text ?? '';
  expect(correct).toEqual([fold(key)]);
}

function expectSameTrueFalse(parsed: TrueFalse, question: Question & { type: 'true-false' }): void {
  expect(parsed.isTrue).toBe(question.answer);
}

describe.each(exportCases)('GIFT of the $name', ({ quiz }) => {
  it('parses back with gift-pegjs into the same questions, prompts, options and keys', () => {
    const parsed = giftOf(quiz);

    expect(parsed).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      const back = parsed[i];
      expect(back?.title).toBe(question.id);
      if (back === undefined || back.type === 'Category') throw new Error(`question ${i} missing`);
      expect(fold(back.stem.text)).toBe(fold(question.prompt));
      if (question.type === 'multiple-choice') {
        expect(back.type).toBe('MC');
        expectSameMultipleChoice(back as MultipleChoice, question);
      } else {
        expect(back.type).toBe('TF');
        expectSameTrueFalse(back as TrueFalse, question);
      }
    });
  });

  it('carries each explanation as the general feedback', () => {
    const parsed = giftOf(quiz);

    quiz.questions.forEach((question, i) => {
      const back = parsed[i];
      const feedback = back && 'globalFeedback' in back ? back.globalFeedback?.text : undefined;
      expect(fold(feedback ?? '')).toBe(fold(question.explanation));
    });
  });

  it('marks every question as plain text so Moodle shows <tags> as typed', () => {
    const parsed = giftOf(quiz);

    for (const back of parsed) if (back.type !== 'Category') expect(back.stem.format).toBe('plain');
  });
});

describe('GIFT escaping', () => {
  it.each([
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['line\nbreak', 'line\\nbreak'],
    ['Zoë 中文 😀', 'Zoë 中文 😀'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeGift(text)).toBe(escaped);
  });

  it('is what keeps the parser from misreading reserved characters (unescaped text breaks it)', () => {
    const raw = `::q::[plain]${hostileQuiz.questions[0]?.prompt ?? ''}{\n=yes\n~no\n}\n`;

    const misread = (() => {
      try {
        const [q] = parse(raw);
        return (
          q?.type !== 'MC' || fold(q.stem.text) !== fold(hostileQuiz.questions[0]?.prompt ?? '')
        );
      } catch {
        return true;
      }
    })();

    expect(misread).toBe(true);
  });

  it('names the category after the quiz title without characters Moodle would read as syntax', () => {
    const [category] = parse(String(exportQuiz(hostileQuiz, 'gift').body));

    expect(category?.type).toBe('Category');
    expect(category?.title).toBe('quizgen/Über «Tests» // 2024 — ☃ & <co> "quoted" x');
  });
});
