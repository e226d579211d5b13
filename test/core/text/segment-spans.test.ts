import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';
import { segmentArticle } from '../../../src/core/text/segment-article.ts';
import type { Segmented, Span } from '../../../src/core/types.ts';

/** Throws (through expect) when a span is not exactly its slice of the text, or not trimmed. */
function expectExact(text: string, span: Span): void {
  expect(span.text).toBe(text.slice(span.start, span.end));
  expect(span.text).toBe(span.text.trim());
  expect(span.text.length).toBeGreaterThan(0);
}

/** Every invariant the later stages rely on. */
function expectSound(text: string, result: Segmented): void {
  expect(result.text).toBe(text);
  for (const head of [result.title, result.dateline]) if (head) expectExact(text, head);
  let previousEnd = 0;
  result.sentences.forEach((sentence, index) => {
    expectExact(text, sentence);
    expect(sentence.index).toBe(index);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.normalized).toBe(normalizeText(sentence.text).text.replace(/ *\n */g, ' '));
    expect(sentence.map).toHaveLength(sentence.normalized.length + 1);
    expect(sentence.map[0]).toBe(sentence.start);
    expect(sentence.map.at(-1)).toBe(sentence.end);
    expect(sentence.map.every((o) => o >= sentence.start && o <= sentence.end)).toBe(true);
    expect(result.paragraphs[sentence.paragraph]).toBeDefined();
    previousEnd = sentence.end;
  });
}

const TOKENS = [
  'The',
  'word',
  'he',
  'U.S.',
  'Mr.',
  'J.',
  '3.5',
  'e.g.',
  '.',
  '!',
  '?',
  '...',
  '\u2026',
  '"',
  '\u201C',
  '\u201D',
  '\u2019',
  '(',
  ')',
  '[1]',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\u00A0',
  '\u200B',
  '\u00AD',
  '\u2014',
  '\u2013',
  '\t',
  '2019-01-04',
  'Title',
  '\uD800',
  '\u{1F600}',
];

describe('segmentArticle: spans and robustness', () => {
  it('gives exact original spans and a working map on text full of typographic characters', () => {
    const text =
      'Storm hits Port\u00A0Avenby\r\n2031-03-09\r\n\r\n' +
      '\u201CWe\u2019re\u00A0safe,\u201D said Mayor Ida\u2009Brandt\u2014the town\u2019s first. ' +
      'Winds reached 120\u00A0km/h\u2026 Roads \u2013 and rails \u2013 closed.\r\n\r\n' +
      'Dr.\u00A0Okafor\u200B said: \u201CIt\u2019s over.\u201D Crews   worked\tall night.';

    const result = segmentArticle(text);

    expectSound(text, result);
    expect(result.title?.text).toBe('Storm hits Port\u00A0Avenby');
    expect(result.dateline?.text).toBe('2031-03-09');
    expect(result.sentences.map((s) => s.normalized)).toEqual([
      '"We\'re safe," said Mayor Ida Brandt - the town\'s first.',
      'Winds reached 120 km/h...',
      'Roads - and rails - closed.',
      'Dr. Okafor said: "It\'s over."',
      'Crews worked all night.',
    ]);
    for (const sentence of result.sentences) {
      const found = sentence.normalized.indexOf('said');
      if (found < 0) continue;
      const start = sentence.map[found] ?? -1;
      expect(text.slice(start, sentence.map[found + 4])).toBe('said');
    }
  });

  it('leaves a wire dateline out of the first sentence', () => {
    for (const opening of [
      'SAN JOSE, Calif., Oct. 14 \u2014 ',
      'LAKEPORT, May 25 - ',
      'LONDON (Reuters) - ',
    ]) {
      const text = `Council backs rail line\n\n${opening}The council voted 7-4 on Tuesday. Work starts in May.`;
      const result = segmentArticle(text);
      expectSound(text, result);
      expect(result.sentences[0]?.text).toBe('The council voted 7-4 on Tuesday.');
    }
  });

  it('keeps a sentence that opens with an acronym and no dateline whole', () => {
    const text = 'NASA launched the probe on Monday. It reached orbit an hour later.';
    expect(segmentArticle(text).sentences[0]?.text).toBe('NASA launched the probe on Monday.');
  });

  it('maps a phrase of the normalised sentence back to its original, typographic form', () => {
    const text = 'The coach said \u201Cwe\u2019ll win\u00A0\u2014 easily\u201D on Friday.';
    const [sentence] = segmentArticle(text).sentences;
    const phrase = '"we\'ll win - easily"';

    const at = sentence?.normalized.indexOf(phrase) ?? -1;
    const original = text.slice(sentence?.map[at], sentence?.map[at + phrase.length]);

    expect(at).toBeGreaterThan(0);
    expect(original).toBe('\u201Cwe\u2019ll win\u00A0\u2014 easily\u201D');
    expect(normalizeText(original).text).toBe(phrase);
  });

  it.each([
    ['binary strings', fc.string({ unit: 'binary', maxLength: 300 })],
    ['full Unicode strings', fc.string({ unit: 'grapheme', maxLength: 300 })],
    [
      'strings of lone UTF-16 code units',
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 200,
      }),
    ],
    [
      'article-like token soup',
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(' ')),
    ],
    [
      'token soup without spaces',
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join('')),
    ],
  ])('never throws and keeps every span exact on %s', (_name, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        expectSound(text, segmentArticle(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['nothing', ''],
    ['only whitespace', ' \n\n\t \r\n '],
    ['only punctuation', '.!?... ?!. "" () .'],
    ['only invisible characters', '\u200B\u00AD\uFEFF'],
    ['NUL bytes and control characters', '\u0000\u0001\u0002.\u0003 \u0007'],
  ])('handles %s without throwing', (_name, text) => {
    expect(() => expectSound(text, segmentArticle(text))).not.toThrow();
  });

  it('segments a 100,000-word article in linear time', () => {
    const paragraph =
      'Mr. Ortiz said the U.S. team scored 3.5 goals. "We won," he said. It rained.\n\n';
    const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
    const small = paragraph.repeat(700);
    const large = paragraph.repeat(7000);

    const time = (text: string): number => {
      const started = performance.now();
      segmentArticle(text);
      return performance.now() - started;
    };
    time(small);
    const smallTime = time(small);
    const largeTime = time(large);
    const result = segmentArticle(large);

    expect(words(large)).toBeGreaterThanOrEqual(100_000);
    expect(result.sentences).toHaveLength(7000 * 3);
    expect(largeTime).toBeLessThan(Math.max(smallTime * 40, 2000));
  });

  it('handles a megabyte of one word', () => {
    const text = 'a'.repeat(1_000_000);

    const { sentences } = segmentArticle(text);

    expect(sentences).toHaveLength(1);
    expect(sentences[0]?.end).toBe(text.length);
  });
});
