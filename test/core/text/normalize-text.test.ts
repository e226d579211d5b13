import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';

/** Every maximal run of non-space characters in the normalised text, with its offsets. */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('normalizeText', () => {
  it.each([
    ['curly double quotes', '\u201CHi,\u201D she said', '"Hi," she said'],
    ['curly single quotes and apostrophes', '\u2018It\u2019s fine\u2019', "'It's fine'"],
    ['low and reversed quotes', '\u201EJa\u201F \u201Aja\u201B', '"Ja" \'ja\''],
    ['an en dash in a range', '1990\u20131995', '1990-1995'],
    ['a spaced em dash', 'rain \u2014 and wind', 'rain - and wind'],
    ['an em dash between words', 'rain\u2014and wind', 'rain - and wind'],
    ['a minus sign', '\u22125 degrees', '-5 degrees'],
    ['a no-break space', '10\u00A0km', '10 km'],
    ['a thin space', '10\u2009000', '10 000'],
    ['a narrow no-break space', '5\u202F%', '5 %'],
    ['runs of spaces and tabs', 'a  \t   b', 'a b'],
    ['an ellipsis character', 'Wait\u2026 what', 'Wait... what'],
    ['zero-width characters', 'zero\u200Bwidth\u200D\uFEFF', 'zerowidth'],
    ['a soft hyphen', 'co\u00ADoperate', 'cooperate'],
    ['Windows line breaks', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
  ])('normalises %s', (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });

  it('keeps ordinary text and its line breaks unchanged', () => {
    const raw = 'A plain line.\n\nAnother "quoted" one - with a dash.';

    const { text, map } = normalizeText(raw);

    expect(text).toBe(raw);
    expect(map).toEqual(Array.from({ length: raw.length + 1 }, (_, i) => i));
  });

  it('maps every word of the normalised text back to the original characters it came from', () => {
    const raw =
      '\u201CWe\u2019re\u00A0ready,\u201D said Dr.\u2009Ana\u00A0Ruiz\u2014the lead\u2026\r\nNext\u200B line \u2013 5\u00AD0 km.';

    const { text, map } = normalizeText(raw);
    const originals = wordsOf(text).map(({ start, end }) => raw.slice(map[start], map[end]));

    expect(originals).toEqual([
      '\u201CWe\u2019re',
      'ready,\u201D',
      'said',
      'Dr.',
      'Ana',
      'Ruiz',
      '\u2014',
      'the',
      'lead\u2026',
      'Next\u200B',
      'line',
      '\u2013',
      '5\u00AD0',
      'km.',
    ]);
  });

  it('gives a map one longer than the text that ends at the original length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const { text, map } = normalizeText(raw);
        expect(map).toHaveLength(text.length + 1);
        expect(map[text.length]).toBe(raw.length);
        expect(map.every((origin, i) => i === 0 || origin >= (map[i - 1] ?? 0))).toBe(true);
      }),
    );
  });

  it('round-trips every normalised word through the map, on text full of typographic characters', () => {
    const tricky = fc.constantFrom(
      ...'ab .,"\'\n\r\t'.split(''),
      '\u2018',
      '\u2019',
      '\u201C',
      '\u201D',
      '\u2013',
      '\u2014',
      '\u2212',
      '\u00A0',
      '\u2009',
      '\u3000',
      '\u2026',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      '\u{1F600}',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 60 }), (chars) => {
        const raw = chars.join('');
        const { text, map } = normalizeText(raw);
        for (const { word, start, end } of wordsOf(text)) {
          expect(normalizeText(raw.slice(map[start], map[end])).text).toBe(word);
        }
      }),
    );
  });
});
