import { describe, expect, it } from 'vitest';
import { slugifyTitle } from '../../../src/core/export/slugify-title.ts';
import { qtiIdentifiers } from '../../../src/core/export/qti-identifiers.ts';

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

describe('qtiIdentifiers', () => {
  it('makes unique XML names that are safe as file names, in the same order', () => {
    const ids = qtiIdentifiers(['q1', '2', 'q 1', 'q-1', 'ü/ü', ''], 'item-');

    expect(ids).toEqual(['q1', 'item-2', 'q-1', 'q-1-2', 'item-', 'item--2']);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });
});
