import { describe, expect, it } from 'vitest';
import {
  exportQuiz,
  quizToFlashcards,
  toFlashcardsTsv,
  type Flashcard,
} from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { hostileQuiz } from './fixtures/hostile-quiz.ts';
import { readDelimited } from './support/read-delimited.ts';

// What Anki and Quizlet can hold in one field of one line: tabs and line breaks become spaces.
const flat = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

describe.each(exportCases)('flashcards of the $name', ({ quiz }) => {
  it('write one front/back line per question that reads back into the same fields', () => {
    const cards = quizToFlashcards(quiz);

    const lines = readDelimited(String(exportQuiz(quiz, 'flashcards-tsv').body), '\t');

    expect(lines).toEqual(cards.map((c) => [flat(c.front), flat(c.back)]));
    expect(lines).toHaveLength(quiz.questions.length);
  });

  it('put the correct answer on the back of each multiple-choice card', () => {
    const cards = quizToFlashcards(quiz);

    quiz.questions.forEach((question, i) => {
      if (question.type !== 'multiple-choice') return;
      expect(cards[i]?.front).toBe(question.prompt);
      expect(cards[i]?.back).toBe(question.choices.find((c) => c.id === question.answer)?.text);
    });
  });

  it('state the true fact on the back of each true/false card, with the verdict', () => {
    const cards = quizToFlashcards(quiz);

    quiz.questions.forEach((question, i) => {
      if (question.type !== 'true-false') return;
      expect(cards[i]?.front).toContain(question.prompt);
      expect(cards[i]?.back.startsWith(question.answer ? 'True.' : 'False.')).toBe(true);
      const fact = question.evidence[0]?.text.trim() ?? question.explanation.trim();
      expect(cards[i]?.back).toContain(fact);
    });
  });
});

describe('the flashcard TSV writer', () => {
  it.each<[string, Flashcard]>([
    ['tabs and line breaks', { front: 'a\tb\r\nc', back: 'line\none\ttwo' }],
    ['a front that Anki would take for a comment', { front: '#MeToo began when?', back: '2017' }],
    ['fields that start with a quote', { front: '"To be," he said', back: '"Hamlet", Act 3' }],
    ['text outside ASCII', { front: 'Zoë 中文 مرحبا?', back: '👩‍👩‍👧 €' }],
  ])('keeps one card per line with %s', (_case, card) => {
    const text = toFlashcardsTsv([card, { front: 'next', back: 'card' }]);

    expect(text.split('\n')).toHaveLength(3);
    expect(readDelimited(text, '\t')).toEqual([
      [flat(card.front), flat(card.back)],
      ['next', 'card'],
    ]);
  });

  it('accepts cards from elsewhere in place of the quiz questions', () => {
    const cards = [{ front: 'Who?', back: 'Kerry' }];

    const file = exportQuiz(hostileQuiz, 'flashcards-tsv', { cards });

    expect(file.body).toBe('Who?\tKerry\n');
    expect(file.itemCount).toBe(1);
  });
});
