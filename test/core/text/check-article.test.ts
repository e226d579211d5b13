import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/core/text/check-article.ts';
import { segmentArticle } from '../../../src/core/text/segment-article.ts';
import { LANGUAGE_SAMPLES } from './language-samples.ts';

const ENGLISH =
  'The town council of Emberly voted on Tuesday to rebuild the old footbridge over the river. ' +
  'Mayor Ruth Calder said the work would start in May and take about nine months. ' +
  'According to the council, the bridge will cost 2.4 million dollars and carry bicycles as well. ' +
  'Residents who had asked for the repair for years welcomed the decision at the meeting.';

/** Pseudo-random bytes read as Latin-1, as when a binary file is opened as text. */
function binaryJunk(length: number): string {
  let state = 7;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(state % 256);
  }).join('');
}

const failure = (text: string): string => {
  const check = checkArticle(text);
  return check.ok ? 'ok' : check.code;
};

describe('checkArticle', () => {
  it('accepts an ordinary English news article', () => {
    expect(checkArticle(ENGLISH)).toEqual({ ok: true });
  });

  it('accepts English crowded with names and numbers', () => {
    expect(checkArticle(LANGUAGE_SAMPLES.englishWithNamesAndNumbers)).toEqual({ ok: true });
  });

  it.each([
    ['nothing', ''],
    ['spaces and line breaks', '   \n\t\r\n  '],
    ['invisible characters', '\u200B\u00A0\uFEFF \u00AD'],
  ])('calls an article of %s empty', (_name, text) => {
    expect(failure(text)).toBe('empty');
  });

  it.each([
    ['NUL bytes', `${ENGLISH}\u0000\u0000`],
    ['random bytes', binaryJunk(2000)],
    ['many replacement characters', `${ENGLISH} ${'\uFFFD'.repeat(40)}`],
    ['many control characters', `${ENGLISH} ${'\u0001\u0002\u001B'.repeat(20)}`],
    ['nothing but punctuation and symbols', '!!! ??? ... --- *** ### $$$ %%% &&& '.repeat(20)],
  ])('calls text with %s binary', (_name, text) => {
    expect(failure(text)).toBe('binary');
  });

  it.each([
    ['French', LANGUAGE_SAMPLES.french],
    ['German', LANGUAGE_SAMPLES.german],
    ['Spanish', LANGUAGE_SAMPLES.spanish],
    ['Russian', LANGUAGE_SAMPLES.russian],
    ['Chinese', LANGUAGE_SAMPLES.chinese],
  ])('calls an article in %s not English', (_name, text) => {
    expect(failure(text)).toBe('not-english');
  });

  it.each([
    ['one sentence', 'The bridge opened today.'],
    ['two long sentences', ENGLISH.split('. ').slice(0, 2).join('. ')],
    ['three sentences of few words', 'The bridge opened. It is long. People like it.'],
  ])('calls an article of %s too short and says what is needed', (_name, text) => {
    const check = checkArticle(text);

    expect(check.ok ? 'ok' : check.code).toBe('too-short');
    expect(check.ok ? '' : check.message).toMatch(/at least 3 sentences and 40 words/);
  });

  it('calls an article of more than 200,000 words too long and names the limit', () => {
    const text = 'The ship sailed on. '.repeat(50_001);

    const check = checkArticle(text);

    expect(check.ok ? 'ok' : check.code).toBe('too-long');
    expect(check.ok ? '' : check.message).toMatch(/200,004 words.*200,000/);
  });

  it.each([
    ['empty', ''],
    ['binary', binaryJunk(500)],
    ['not-english', LANGUAGE_SAMPLES.french],
    ['too-short', 'It rained.'],
    ['too-long', 'The ship sailed on. '.repeat(50_001)],
  ])('explains the "%s" problem in one plain sentence', (code, text) => {
    const check = checkArticle(text);
    const message = check.ok ? '' : check.message;

    expect(check.ok ? 'ok' : check.code).toBe(code);
    expect(message).toMatch(/^[A-Z].*\.$/);
    expect(segmentArticle(message).sentences).toHaveLength(1);
  });
});
