import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { namedIn, regionOfName, sentenceYear } from '../../../src/core/distractors/name-setting.ts';

/** The options offered beside `key` in the fill-in questions the article gives. */
function blankOptions(text: string, key: string): string[][] {
  const blanks = clozeQuestion(analyzeArticle(text), 1).filter((c) => c.key === key);
  if (!blanks.length) throw new Error(`no blank on ${key}`);
  return blanks.map((b) => b.distractors);
}

describe('sentenceYear', () => {
  it.each([
    ['The temple was burned by a Persian army in 480 BC, the historian wrote.', -480],
    ['Portuguese traders reached the coast in the fifteenth century, the records show.', 1450],
    ['Tea clippers raced home from China in the 1850s with the new harvest.', 1855],
    ['The treaty was signed on 12 May 1820 in the old town hall of the port.', 1820],
  ])('reads the year of "%s" as %d', (text, year) => {
    expect(sentenceYear(analyzeArticle(text), 0)).toBe(year);
  });

  it('carries the last year given into a later sentence told in the past', () => {
    const a = analyzeArticle(
      'The fleet sailed from Lisbon in 1503 with four ships. The captain climbed the mountain above the bay.',
    );
    expect(sentenceYear(a, 1)).toBe(1503);
  });

  it("reads a sentence told in the present, or one naming today's map, as today", () => {
    const a = analyzeArticle(
      [
        'The fleet sailed from Lisbon in 1503 with four ships.',
        'The bay lies on the coast of South Africa.',
        'In 1510 the captain reached what is now Mozambique.',
      ].join(' '),
    );
    expect(sentenceYear(a, 1)).toBeNull();
    expect(sentenceYear(a, 2)).toBeNull();
  });

  it('tells nothing of a past sentence in an article without years', () => {
    const a = analyzeArticle('The captain climbed the mountain above the bay with his crew.');
    expect(sentenceYear(a, 0)).toBeUndefined();
  });
});

describe('namedIn and regionOfName', () => {
  it.each([
    ['Australian', 1503, false],
    ['Venezuelan', 1503, false],
    ['Spanish', 1503, true],
    ['Czech Republic', 1947, false],
    ['Soviet', 1950, true],
    ['Soviet', 2022, false],
    ['Belgian', 1818, false],
  ])('knows whether "%s" named anyone in %d', (name, year, named) => {
    expect(namedIn(name, year)).toBe(named);
  });

  it('knows that a realm that has ended names no one today', () => {
    expect(namedIn('Ottoman', null)).toBe(false);
    expect(namedIn('Turkish', null)).toBe(true);
  });

  it.each([
    ['Namibia', 'southern africa'],
    ['Namibian', 'southern africa'],
    ['Vanuatu', 'oceania'],
    ['Persian', 'middle east'],
    ['Mexican', 'north america'],
  ])('places "%s" in %s', (name, region) => {
    expect(regionOfName(name)).toBe(region);
  });
});

describe('options for a country or a people from their own part of the world', () => {
  it('offers southern African countries for a blank beside Angola', () => {
    const text = [
      'The Okavango River rises in the highlands of Angola and crosses a strip of land before entering Botswana.',
      'Conservationists have raised concerns about upstream water abstraction in Angola and Namibia, which could affect the flow.',
    ].join(' ');
    for (const options of blankOptions(text, 'Namibia'))
      for (const option of options) expect(regionOfName(option)).toBe('southern africa');
  });

  it('offers Pacific states for a Pacific state the lexicon does not place', () => {
    const text = [
      "Fiji's parliament on Tuesday passed a law that obliges the government to fund the relocation of coastal villages.",
      'Climate advocates across the Pacific welcomed the law, and Tuvalu and Vanuatu have said they are studying similar measures.',
    ].join(' ');
    for (const options of blankOptions(text, 'Vanuatu'))
      for (const option of options) expect(regionOfName(option)).toBe('oceania');
  });

  it('offers peoples of the Americas for a Mexican firm', () => {
    const text = [
      'Mexican digital lender Cuenta Clara raised 11.4 billion pesos in its initial public offering on Wednesday.',
      'Analysts said the listing could encourage other Mexican companies that have delayed public offerings for years.',
    ].join(' ');
    for (const options of blankOptions(text, 'Mexican'))
      for (const option of options) expect(regionOfName(option)).toMatch(/america$/);
  });

  it('offers words for whole parts of the world for one ("the African fish eagle")', () => {
    const text =
      'Birdlife includes the wattled crane and the African fish eagle, and the waters hold crocodiles and numerous fish species.';
    for (const options of blankOptions(text, 'African'))
      for (const option of options) expect(regionOfName(option)).toBeUndefined();
  });

  it('never offers two words for one people ("Nepali" and "Nepalese")', () => {
    const text =
      'The flight was part of the Vande Bharat Mission to return Indian nationals stranded abroad during the pandemic.';
    for (const options of blankOptions(text, 'Indian'))
      expect(options.filter((o) => /^Nepal/.test(o)).length).toBeLessThanOrEqual(1);
  });
});

describe('options for a country or a people that fit the year', () => {
  it('offers no people that did not yet exist to a voyage of 1503', () => {
    const text = [
      'In 1503 the navigator António de Saldanha anchored in the bay below the mountain.',
      'The Portuguese navigator became the first European known to climb it, and he named it the Table of the Cape.',
    ].join(' ');
    for (const options of blankOptions(text, 'Portuguese'))
      for (const option of options) expect(namedIn(option, 1503)).toBe(true);
  });

  it('offers neither "Roman" nor a people of a later kingdom for a Byzantine manual of 600', () => {
    const text = [
      'Stirrup',
      '',
      'The Byzantine military manual known as the Strategikon, written around 600, asks for iron stirrups.',
      'Roman saddles had four horns, and Frankish riders took up stirrups later.',
      'Portuguese and Italian riders used them in the Middle Ages, as did Persian horsemen.',
    ].join('\n');
    for (const options of blankOptions(text, 'Byzantine')) {
      expect(options.length).toBeGreaterThanOrEqual(2);
      expect(options).not.toContain('Roman');
      expect(options).not.toContain('Portuguese');
    }
  });

  it('offers no state founded later to a building of 1947', () => {
    const text = [
      'A transistor is a semiconductor device used to amplify electrical signals or to switch current.',
      'The first working transistor was built in the United States in 1947 by a team of physicists.',
    ].join(' ');
    for (const options of blankOptions(text, 'United States'))
      expect(options).not.toContain('Czech Republic');
  });

  it('offers no realm that has ended to a sentence of today', () => {
    const text = [
      'Floods in 1931 are considered among the deadliest natural disasters in recorded history.',
      'The baiji, or Yangtze river dolphin, was declared functionally extinct after a survey in 2006, and the Chinese paddlefish was declared extinct by the International Union for Conservation of Nature in 2022.',
    ].join(' ');
    for (const options of blankOptions(text, 'Chinese')) expect(options).not.toContain('Soviet');
  });

  it('offers no bundled people of a past realm to a sentence of no telling', () => {
    const text = [
      'Florence Nightingale was an English social reformer and statistician.',
      'She later used her fame to push for reform of British military and civilian hospitals.',
    ].join(' ');
    for (const key of ['English', 'British'])
      for (const options of blankOptions(text, key))
        for (const option of options) expect(['Norman', 'Frankish', 'Roman']).not.toContain(option);
  });
});
