import { describe, expect, it } from 'vitest';
import { namesSomeone, pluralNoun } from '../../../src/core/nlp/word-sorts.ts';

describe('words read on their own', () => {
  it.each([
    'lawmakers',
    'workers',
    'physicist',
    'owner',
    'victims',
    'villagers',
    'engineers',
    'coach',
    'lifter',
  ])('reads "%s" as a word for people', (word) => {
    expect(namesSomeone(word)).toBe(true);
  });

  it.each(['killings', 'strikes', 'glass'])('reads "%s" as no word for people', (word) => {
    expect(namesSomeone(word)).toBe(false);
  });

  it('tells a plural noun from a name that ends in "s"', () => {
    expect(pluralNoun('Residents')).toBe(true);
    expect(pluralNoun('Thomas')).toBe(false);
  });
});
