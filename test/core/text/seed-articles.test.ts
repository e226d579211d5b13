import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/core/text/check-article.ts';
import { countWords } from '../../../src/core/text/count-words.ts';
import { segmentArticle } from '../../../src/core/text/segment-article.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
/** The user's own article, kept byte for byte: it has no title line. */
const USER_ARTICLE = 'russia-airstrikes-syria.txt';
const written = readdirSync(SEEDS).filter((name) => name.endsWith('.txt') && name !== USER_ARTICLE);
const read = (name: string): string => readFileSync(`${SEEDS}${name}`, 'utf8');

describe('seed articles', () => {
  it('include at least three articles of our own besides the user article', () => {
    expect(written.length).toBeGreaterThanOrEqual(3);
  });

  it.each([USER_ARTICLE, ...written])(
    '%s passes the article check and segments exactly',
    (name) => {
      const text = read(name);

      const { sentences, paragraphs } = segmentArticle(text);

      expect(checkArticle(text)).toEqual({ ok: true });
      expect(sentences.length).toBeGreaterThan(10);
      expect(paragraphs.length).toBeGreaterThan(5);
      expect(sentences.every((s) => s.text === text.slice(s.start, s.end))).toBe(true);
    },
  );

  it('keep the user article without a title', () => {
    expect(segmentArticle(read(USER_ARTICLE)).title).toBeNull();
  });

  it.each(written)('%s has a title, 350 to 600 words and at least three quotes', (name) => {
    const text = read(name);

    const { title, sentences } = segmentArticle(text);
    const quotes = sentences.filter((s) => s.normalized.includes('"'));

    expect(title?.text.length).toBeGreaterThan(10);
    expect(countWords(text.slice(title?.end ?? 0))).toBeGreaterThanOrEqual(350);
    expect(countWords(text)).toBeLessThanOrEqual(600);
    expect(quotes.length).toBeGreaterThanOrEqual(3);
  });
});
