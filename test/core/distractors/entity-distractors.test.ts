import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import {
  entityDistractors,
  organizationKind,
} from '../../../src/core/distractors/entity-distractors.ts';

describe('organizationKind', () => {
  it.each([
    ['University of Miami', 'academic'],
    ['Rosenstiel School', 'academic'],
    ['The Associated Press', 'media'],
    ['Reuters', 'media'],
    ['Brexit Party', 'party'],
    ['Ministry of Foreign Affairs', 'government'],
    ['Truth Aquatics', null],
  ])('reads "%s" as %s', (name, kind) => {
    expect(organizationKind(name)).toBe(kind);
  });
});

describe('entityDistractors for an organization', () => {
  it('offers organizations of the same kind before others', () => {
    const text = [
      'Reuters reported that the University of Miami and Cornell University joined the study.',
      'Twitter and Reuters carried the news, and the University of Montreal confirmed the data.',
      'Reuters and Twitter later posted the maps, and Reuters quoted the team.',
      'The University of Miami led the survey of the reef.',
    ].join(' ');
    const a = analyzeArticle(text);
    const key = [...a.entities.values()].find((e) => e.name === 'University of Miami');
    if (!key) throw new Error('University of Miami not found');
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 2,
      keyText: key.name,
      seed: 1,
    });
    expect(options).toEqual(
      expect.arrayContaining(['Cornell University', 'University of Montreal']),
    );
  });
});
