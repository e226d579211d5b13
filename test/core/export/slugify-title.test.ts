import { describe, expect, it } from 'vitest';
import { slugifyTitle } from '../../../src/core/export/slugify-title.ts';

describe('slugifyTitle', () => {
  it.each([
    ['Russia: air strikes in Syria', 'russia-air-strikes-in-syria'],
    ['Über Straße — Ødegård & Æsir', 'uber-strasse-odegard-aesir'],
    ['../../etc/passwd', 'etc-passwd'],
    ['中文 😀', 'quiz'],
    ['', 'quiz'],
    ['CON', 'con'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('turns %j into %j', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });
});
