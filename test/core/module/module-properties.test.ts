import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLearningModule } from '../../../src/index.ts';
import { allEvidence } from './module-evidence.ts';

const TOKENS = [
  'Kerry',
  'John',
  'said',
  '"',
  '“',
  '”',
  'U.S.',
  'Secretary of State',
  'Dr.',
  '28',
  'people',
  '$3.5 billion',
  'March 2025',
  'on Wednesday',
  '1962',
  ',',
  '.',
  '\n\n',
  '—',
  'the',
  'Russian foreign minister Sergey Lavrov',
  'percent',
  '\u00A0',
  '\u200B',
  'é',
  '🙂',
];

describe('buildLearningModule on arbitrary text', () => {
  it.each([
    ['full Unicode strings', fc.string({ unit: 'grapheme', maxLength: 300 })],
    [
      'article-like token soup',
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(' ')),
    ],
  ])('never throws and keeps every evidence span exact on %s', (_name, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        const module = buildLearningModule(text);
        for (const [where, e] of allEvidence(module))
          expect(text.slice(e.start, e.end), where).toBe(e.text);
        expect(JSON.parse(JSON.stringify(module))).toEqual(module);
      }),
      { numRuns: 150 },
    );
  });
});
