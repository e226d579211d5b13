import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';

const clozes = (text: string) => clozeQuestion(analyzeArticle(text), 1);
const falsePrompts = (text: string): string[] =>
  statementQuestion(analyzeArticle(text), 1)
    .filter((c) => !c.truth)
    .map((c) => c.prompt);

describe('figures the sentence makes multiples of each other', () => {
  const text =
    'Average salt intake in the region is estimated at around 12 grams a day, double the limit of 6 grams set by doctors.';

  it('blanks neither figure', () => {
    expect(clozes(text).filter((c) => c.numeric)).toEqual([]);
  });

  it('changes neither figure in a false statement', () => {
    expect(
      falsePrompts(text).filter(
        (p) => /\d+ grams/.test(p) && !p.includes('12 grams a day, double the limit of 6'),
      ),
    ).toEqual([]);
  });
});

describe('a tally that decides a vote', () => {
  const text =
    'The bill passed the 90-seat assembly by 52 votes to 28, with 10 deputies absent or abstaining.';

  it('offers only winning figures for the winning side', () => {
    const blank = clozes(text).find((c) => c.key === '52');
    expect(blank).toBeDefined();
    for (const option of blank?.distractors ?? []) expect(Number(option)).toBeGreaterThan(28);
  });

  it('makes no false statement that changes the tally', () => {
    expect(falsePrompts(text).filter((p) => /by \d+ votes to \d+/.test(p))).toEqual([]);
  });
});

describe('a name in an open list', () => {
  it('is not swapped after "including"', () => {
    const text = [
      'Release programmes have run in several countries, including Peru, Bolivia and Argentina, since the early 1990s.',
      'Most birds nest on cliffs in Chile, where rangers count them each spring.',
    ].join(' ');
    expect(
      falsePrompts(text).filter((p) => p.includes('including') && p.includes('Chile')),
    ).toEqual([]);
  });
});

describe('a record some reached', () => {
  it('is not turned into a ceiling', () => {
    const text =
      'The species is among the longest-lived birds, and individuals in captivity have lived for more than 70 years.';
    expect(falsePrompts(text).filter((p) => /less than 70/.test(p))).toEqual([]);
  });

  it('still turns round a floor on a count', () => {
    const text = 'More than 2,000 plant species grow in the park, the rangers said on Monday.';
    expect(falsePrompts(text)).toContain(
      'Fewer than 2,000 plant species grow in the park, the rangers said on Monday.',
    );
  });
});

describe('the subject of an entry', () => {
  it('is not swapped for another place in a false statement', () => {
    const text = [
      'Samarkand',
      '',
      'Samarkand is a city in Uzbekistan, about 270 kilometres from Tashkent.',
      'Today Samarkand is a major tourist destination and a centre of higher education.',
      'In 1868 the city was taken by the Russian Empire, and a railway reached it in 1888.',
    ].join('\n');
    expect(falsePrompts(text).filter((p) => p.startsWith('Today Tashkent'))).toEqual([]);
  });
});

describe('the two years of one winter', () => {
  const text =
    'Herders are still recovering from the severe winter of 2023 and 2024, which killed more than 7 million animals in Mongolia.';

  it('blanks neither year', () => {
    const keys = clozes(text).map((c) => c.key);
    expect(keys).not.toContain('2023');
    expect(keys).not.toContain('2024');
    expect(keys).toContain('7');
  });

  it('still blanks two years that are not one winter', () => {
    const keys = clozes(text.replace('winter of 2023 and 2024', 'winters of 2010 and 2024')).map(
      (c) => c.key,
    );
    expect(keys).toContain('2010');
  });
});

describe('years a step apart, and a count after "between"', () => {
  it('blanks no year of a list whose others give it ("in 2014, 2016 and 2018")', () => {
    const text =
      'The lake hosted the World Nomad Games in 2014, 2016 and 2018, drawing 40,000 visitors.';
    const keys = clozes(text).map((c) => c.key);
    for (const year of ['2014', '2016', '2018']) expect(keys).not.toContain(year);
    expect(keys).toContain('40,000');
  });

  it('still blanks a year of a list with uneven steps', () => {
    const text =
      'The lake hosted the World Nomad Games in 2011, 2016 and 2018, drawing 40,000 visitors.';
    expect(clozes(text).map((c) => c.key)).toContain('2011');
  });

  it('blanks no "two" after "between"', () => {
    const text =
      'The lake fills a basin between two parallel ranges that rise to 5,000 metres above the plain.';
    const keys = clozes(text).map((c) => c.key);
    expect(keys).not.toContain('two');
    expect(keys).toContain('5,000');
  });
});

describe('a count and the names it counts', () => {
  it('blanks no count of the names set off soon after it', () => {
    const text =
      'The talks were held in Latin through two Jesuit missionaries serving at the court, the Portuguese Thomas Pereira and the Frenchman Jean Gerbillon, over 14 days.';
    const keys = clozes(text).map((c) => c.key);
    expect(keys).not.toContain('two');
    expect(keys).toContain('14');
  });
});
