import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQuiz, validateQuiz } from '../../../src/index.ts';
import type { MultipleChoiceQuestion, Quiz } from '../../../src/index.ts';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => [f, readFileSync(new URL(f, seedsDir), 'utf8')] as const);
const keyOf = (q: MultipleChoiceQuestion): string =>
  q.choices.find((c) => c.id === q.answer)?.text ?? '';

describe.each(seeds)('generateQuiz on seeds/%s', (_name, text) => {
  const quiz = generateQuiz(text, { multipleChoice: 8, trueFalse: 6, seed: 1 });
  const mc = quiz.questions.filter(
    (q): q is MultipleChoiceQuestion => q.type === 'multiple-choice',
  );
  const tf = quiz.questions.filter((q) => q.type === 'true-false');

  it('returns a quiz the JSON Schema accepts, with the input as its source text', () => {
    expect(validateQuiz(quiz)).toEqual({ valid: true, errors: [] });
    expect(quiz.source.text).toBe(text);
  });

  it('delivers the requested counts or explains the shortfall', () => {
    const met = mc.length === 8 && tf.length === 6;
    expect(met || (quiz.shortfall !== null && quiz.shortfall.message.length > 20)).toBe(true);
  });

  it('puts every key in its evidence and never in its prompt', () => {
    for (const q of mc) {
      const evidence = q.evidence
        .map((e) => e.text)
        .join(' ')
        .replace(/[“”]/g, '"')
        .replace(/[’‘]/g, "'");
      expect(evidence.toLowerCase()).toContain(keyOf(q).toLowerCase());
      expect(q.prompt.toLowerCase()).not.toContain(keyOf(q).toLowerCase());
    }
  });

  it('quotes the evidence in explanations without doubling quotation marks', () => {
    for (const q of quiz.questions) expect(q.explanation).not.toMatch(/""|“"|"“/);
  });

  it('never repeats an option or a prompt', () => {
    for (const q of mc)
      expect(new Set(q.choices.map((c) => c.text.toLowerCase())).size).toBe(q.choices.length);
    expect(new Set(quiz.questions.map((q) => q.prompt)).size).toBe(quiz.questions.length);
  });

  it('balances true and false statements', () => {
    const trues = tf.filter((q) => q.answer === true).length;
    expect(Math.abs(trues - (tf.length - trues))).toBeLessThanOrEqual(1);
  });

  it('gives the same quiz, byte for byte, for the same text, options and seed', () => {
    const again = generateQuiz(text, { multipleChoice: 8, trueFalse: 6, seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(quiz));
  });
});

describe('generateQuiz on the seed article', () => {
  const [, text] = seeds.find(([name]) => name.startsWith('russia')) ?? ['', ''];
  const quiz: Quiz = generateQuiz(text, { multipleChoice: 8, trueFalse: 6, seed: 1 });

  it('asks who said a quotation and keys the speaker the article names', () => {
    const q = quiz.questions.find(
      (x): x is MultipleChoiceQuestion =>
        x.type === 'multiple-choice' && x.tags[0] === 'quote-attribution',
    );
    expect(q).toBeDefined();
    expect(['Carter Ash', 'Sergey Lavrov']).toContain(keyOf(q as MultipleChoiceQuestion));
  });

  it('offers only people as options when the key is a person', () => {
    const people = new Set([
      'Carter Ash',
      'John Kerry',
      'Sergey Lavrov',
      'Bashar al-Assad',
      'Lavrov',
      'Kerry',
      'Carter',
      'Assad',
    ]);
    for (const q of quiz.questions) {
      if (q.type !== 'multiple-choice' || q.tags[1] !== 'person') continue;
      for (const c of q.choices) expect(people.has(c.text)).toBe(true);
    }
  });

  it('lists numeric options in ascending order', () => {
    for (const q of quiz.questions) {
      if (q.type !== 'multiple-choice' || q.tags[1] !== 'number') continue;
      const values = q.choices.map((c) => Number(c.text.replace(/,/g, '')));
      if (values.every(Number.isFinite)) expect([...values].sort((a, b) => a - b)).toEqual(values);
    }
  });

  it('changes the quiz when the seed changes', () => {
    const other = generateQuiz(text, { multipleChoice: 8, trueFalse: 6, seed: 2 });
    expect(JSON.stringify(other.questions)).not.toBe(JSON.stringify(quiz.questions));
  });
});

describe('generateQuiz on any string', () => {
  it('never throws and always returns a schema-valid quiz', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const quiz = generateQuiz(text, { multipleChoice: 3, trueFalse: 2 });
        return validateQuiz(quiz).valid;
      }),
      { numRuns: 60 },
    );
  });

  it('explains an empty quiz from text too short for any question', () => {
    const quiz = generateQuiz('Hello there.');
    expect(quiz.questions).toHaveLength(0);
    expect(quiz.shortfall?.message).toMatch(/Made 0 of 6/);
  });
});

describe('generateQuiz on an article with a bulleted list', () => {
  it('asks about no item of the list, which is no sentence on its own', () => {
    const text = [
      'Bridge panel to examine three questions',
      '',
      'The Valmora road bridge collapsed on Tuesday evening, killing three people and injuring 17 others, officials said.',
      'Infrastructure Minister Paolo Reyes said the panel of five engineers would examine three main questions:',
      '- whether corrosion had spread faster than expected;',
      '- whether resurfacing work added 40 tonnes of load;',
      '- whether rainfall, which raised the river by 1.8 metres, weakened the pier.',
      '',
      'The 240-metre structure carried an estimated 38,000 vehicles a day before it fell into the Sella River.',
    ].join('\n');
    const quiz = generateQuiz(text, { multipleChoice: 8, trueFalse: 6, seed: 1 });
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(q.prompt).not.toMatch(/- whether/);
  });
});
