import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportQuiz, type Quiz } from '../../../src/index.ts';
import { exportCases } from './fixtures/export-cases.ts';
import { requireXmllint, writeTempFiles, xmllint, xpathStrings } from './support/xmllint.ts';

/** The grades Moodle's importer accepts as an answer fraction (FORMATS.md), positive and negative. */
const MOODLE_FRACTIONS = new Set(
  [
    '100',
    '90',
    '83.33333',
    '80',
    '75',
    '70',
    '66.66667',
    '60',
    '50',
    '40',
    '33.33333',
    '30',
    '25',
    '20',
    '16.66667',
    '14.28571',
    '12.5',
    '11.11111',
    '10',
    '5',
    '0',
  ].flatMap((f) => (f === '0' ? [f] : [f, `-${f}`])),
);

const MAX_ANSWERS = 6;

function writeMoodleXml(quiz: Quiz): string {
  const dir = writeTempFiles(new Map([['quiz.xml', String(exportQuiz(quiz, 'moodle-xml').body)]]));
  return join(dir, 'quiz.xml');
}

interface ReadQuestion {
  type: string;
  name: string;
  prompt: string;
  feedback: string;
  single: string;
  shuffle: string;
  answers: { fraction: string; text: string }[];
}

function readQuestion(file: string, n: number): ReadQuestion {
  const q = `/quiz/question[not(@type='category')][${n}]`;
  const slots = Array.from({ length: MAX_ANSWERS }, (_, i) => [
    `${q}/answer[${i + 1}]/@fraction`,
    `${q}/answer[${i + 1}]/text`,
  ]);
  const [
    type = '',
    name = '',
    prompt = '',
    feedback = '',
    single = '',
    shuffle = '',
    count = '',
    ...rest
  ] = xpathStrings(file, [
    `${q}/@type`,
    `${q}/name/text`,
    `${q}/questiontext/text`,
    `${q}/generalfeedback/text`,
    `${q}/single`,
    `${q}/shuffleanswers`,
    `count(${q}/answer)`,
    ...slots.flat(),
  ]);
  const answers = Array.from({ length: Number(count) }, (_, i) => ({
    fraction: rest[2 * i] ?? '',
    text: rest[2 * i + 1] ?? '',
  }));
  return { type, name, prompt, feedback, single, shuffle, answers };
}

describe.each(exportCases)('Moodle XML of the $name', ({ quiz }) => {
  let file = '';
  let read: ReadQuestion[] = [];
  beforeAll(() => {
    file = writeMoodleXml(quiz);
  });
  // Every test fails, rather than skips, when xmllint is missing.
  beforeEach(() => {
    requireXmllint();
    if (read.length === 0) read = quiz.questions.map((_, i) => readQuestion(file, i + 1));
  });

  it('is well-formed XML', () => {
    const run = xmllint(['--noout', file]);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('holds every question, with prompt, name and feedback text unchanged after a parse', () => {
    const [count] = xpathStrings(file, [`count(/quiz/question[not(@type='category')])`]);

    expect(Number(count)).toBe(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      expect(read[i]?.name).toBe(question.id);
      expect(read[i]?.prompt).toBe(question.prompt);
      expect(read[i]?.feedback).toBe(question.explanation);
    });
  });

  it('gives multiple choice one answer at 100, the others at 0, with option texts unchanged', () => {
    quiz.questions.forEach((question, i) => {
      if (question.type !== 'multiple-choice') return;
      const back = read[i];
      expect(back?.type).toBe('multichoice');
      expect(back?.single).toBe('true');
      expect(back?.shuffle).toBe('true');
      expect(back?.answers.map((a) => a.text)).toEqual(question.choices.map((c) => c.text));
      const key = question.choices.find((c) => c.id === question.answer)?.text;
      expect(back?.answers.filter((a) => a.fraction === '100').map((a) => a.text)).toEqual([key]);
      expect(back?.answers.every((a) => a.fraction === '100' || a.fraction === '0')).toBe(true);
    });
  });

  it('gives true/false the literal answers "true" and "false" with the key at 100', () => {
    quiz.questions.forEach((question, i) => {
      if (question.type !== 'true-false') return;
      const back = read[i];
      expect(back?.type).toBe('truefalse');
      expect(back?.answers.map((a) => a.text)).toEqual(['true', 'false']);
      expect(back?.answers.find((a) => a.fraction === '100')?.text).toBe(String(question.answer));
    });
  });

  it('uses only fractions Moodle accepts', () => {
    for (const back of read)
      for (const a of back.answers) expect(MOODLE_FRACTIONS).toContain(a.fraction);
  });
});

describe('Moodle XML text', () => {
  it('drops characters XML forbids instead of writing a file importers reject', () => {
    const base = exportCases[0]?.quiz;
    if (base === undefined || base.questions[0] === undefined) throw new Error('no seed quiz');
    const quiz: Quiz = {
      ...base,
      questions: [{ ...base.questions[0], prompt: 'bell\u0007 and \uD800 lone' }],
    };

    const file = writeMoodleXml(quiz);

    expect(xmllint(['--noout', file]).status).toBe(0);
    expect(xpathStrings(file, [`/quiz/question[2]/questiontext/text`])).toEqual(['bell and  lone']);
  });
});
