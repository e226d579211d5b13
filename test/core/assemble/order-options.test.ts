import { describe, expect, it } from 'vitest';
import { orderOptions } from '../../../src/core/assemble/assemble-question.ts';
import type { Candidate } from '../../../src/core/questions/candidate.ts';

function numeric(key: string, distractors: string[]): Candidate {
  return {
    family: 'cloze',
    type: 'multiple-choice',
    prompt: 'Fill in the blank: it lasted _____ minutes.',
    key,
    truth: true,
    distractors,
    sentences: [0],
    answer: 'number:0:0',
    answerType: 'number',
    numeric: true,
    forbidden: [],
    explanation: 'The missing number is in the article.',
    score: 1,
    difficulty: 0.5,
  };
}

describe('orderOptions', () => {
  it.each([
    ['twenty', ['twenty-five', 'thirty', 'ten'], ['ten', 'twenty', 'twenty-five', 'thirty']],
    ['Eight', ['Six', 'Twelve', 'Ten'], ['Six', 'Eight', 'Ten', 'Twelve']],
    ['1,200', ['900', '1,500', '600'], ['600', '900', '1,200', '1,500']],
    ['3.5', ['2.5', '4.5', '1.5'], ['1.5', '2.5', '3.5', '4.5']],
  ])('lists the numbers around %s in ascending order', (key, distractors, expected) => {
    expect(orderOptions(numeric(key, distractors), 0)).toEqual(expected);
  });

  it('puts a non-numeric key at the position it is given', () => {
    const c = { ...numeric('Kerry', ['Lavrov', 'Assad', 'Carter']), numeric: false };
    expect(orderOptions(c, 2)).toEqual(['Lavrov', 'Assad', 'Kerry', 'Carter']);
  });
});
