import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { formatLike, numberDistractors } from '../../../src/core/distractors/number-distractors.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';

const FILLER = 'Keepers checked the hives again on the following morning.';

describe('numberDistractors', () => {
  it('keeps options strictly inside the bounds it is given', () => {
    const options = numberDistractors(35, '35', {
      count: 3,
      exclude: [34],
      kind: 'measure',
      seed: 1,
      above: 34,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeGreaterThan(34);
  });
});

describe('numberDistractors for a year', () => {
  it('offers no year after the latest the article gives', () => {
    const options = numberDistractors(2024, '2024', {
      count: 3,
      exclude: [],
      kind: 'year',
      seed: 1,
      latestYear: 2024,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeLessThan(2024);
  });

  it('builds no false statement on a year after the latest the article gives', () => {
    const text = [
      'The race began in 1903 and has been held every year since, except in wartime.',
      'Since 1975 the race has finished in Paris, although in 2024 it ended in Nice because of the Olympic Games.',
      'Some 200 riders from 40 countries took part in the 2024 edition, which lasted three weeks.',
    ].join(' ');
    const years = statementQuestion(analyzeArticle(text), 1)
      .filter((c) => c.type === 'true-false' && !c.truth)
      .flatMap((c) => [...c.prompt.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])));
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y).toBeLessThanOrEqual(2024);
  });
});

describe('numberDistractors and round keys', () => {
  it.each([
    [70, 'seventy', /^(?:ten|twenty|thirty|forty|fifty|sixty|eighty|ninety)$/],
    [5000, '5,000', /,000$/],
    [14500, '14,500', /00$/],
  ])('offers options as round as %s', (value, key, form) => {
    const options = numberDistractors(value, key, {
      count: 3,
      exclude: [],
      kind: 'count',
      seed: 1,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(form);
  });

  it('offers no rounder options than a key that is not round', () => {
    const options = numberDistractors(14500, '14,500', {
      count: 3,
      exclude: [],
      kind: 'count',
      seed: 1,
    });
    expect(options.every((o) => !o.endsWith(',000'))).toBe(true);
  });
});

describe('a figure compared with another', () => {
  it('keeps the options on the side "a reduction" puts each figure', () => {
    const text = `${FILLER} Pupils in the brushing schools developed an average of 12 new cavities, compared with 17 among pupils elsewhere, a reduction of 30 percent. ${FILLER}`;
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const first = blanks.find((c) => c.key === '12');
    const second = blanks.find((c) => c.key === '17');
    expect(first?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(second?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of first?.distractors ?? []) expect(Number(d)).toBeLessThan(17);
    for (const d of second?.distractors ?? []) expect(Number(d)).toBeGreaterThan(12);
  });
});

describe('figures that nature bounds', () => {
  it('offers no magnitude above the largest measured', () => {
    const text = `${FILLER} On 4 November 1952 a magnitude 9.0 earthquake off the coast generated a tsunami. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '9.0');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThanOrEqual(9.5);
  });

  it('offers no peak higher than the highest mountain', () => {
    const text = `${FILLER} The highest volcano rises to about 4,750 metres above the sea. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '4,750');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? [])
      expect(Number(d.replace(/,/g, ''))).toBeLessThan(8849);
  });
});

describe('options as round as the key', () => {
  it('offers whole tens for the round end of a range ("30 to _____ centimetres")', () => {
    const text = `${FILLER} The flowers, which may reach 30 to 40 centimetres across, open at dusk. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '40');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? []) expect(Number(d) % 10).toBe(0);
  });

  it('offers years at least five apart from a year given roughly ("composed around 1878")', () => {
    const text = `${FILLER} The best known of her songs was composed around 1878 in the capital. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1878');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? [])
      expect(Math.abs(Number(d) - 1878)).toBeGreaterThanOrEqual(5);
  });

  it('offers whole centuries for the round end of a rough span ("about 600 and _____ CE")', () => {
    const text = `${FILLER} The Wari culture flourished between about 600 and 1000 CE in the highlands. Its cords were first described in 1912. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1000');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? []) expect(Number(d) % 100).toBe(0);
  });

  it('offers whole centuries for an early year in whole centuries', () => {
    const text = `${FILLER} The Wari culture flourished between about 600 and 1000 CE in the highlands. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '600');
    expect(blank?.distractors).toHaveLength(3);
    for (const d of blank?.distractors ?? []) expect(Number(d) % 100).toBe(0);
  });
});

describe('numberDistractors and decimals', () => {
  it('moves a figure given to hundredths in tenths, as a height of 1.98 metres', () => {
    const options = numberDistractors(1.98, '1.98', {
      count: 3,
      exclude: [],
      kind: 'measure',
      seed: 1,
      lowerCount: 1,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(Math.abs(Number(o) - 1.98)).toBeLessThan(0.65);
  });

  it("keeps a small decimal's options on its own scale and places", () => {
    const options = numberDistractors(0.15, '0.15', {
      count: 3,
      exclude: [],
      kind: 'measure',
      seed: 1,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^0\.\d\d$/);
  });
});

describe('years of a span before Christ', () => {
  const text = `${FILLER} Its mature phase lasted from about 2600 to 1900 BCE, and its cities included Harappa. ${FILLER}`;

  it('reads the first year as a year and bounds each end by the other, the span running down', () => {
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const first = blanks.find((c) => c.key === '2600');
    const last = blanks.find((c) => c.key === '1900');
    expect(first?.distractors.length).toBe(3);
    expect(last?.distractors.length).toBe(3);
    for (const d of first?.distractors ?? []) expect(Number(d)).toBeGreaterThan(1900);
    for (const d of last?.distractors ?? []) expect(Number(d)).toBeLessThan(2600);
  });

  it('offers years as round as a round key ("1900 BCE" → hundreds)', () => {
    const last = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1900');
    for (const d of last?.distractors ?? []) expect(Number(d) % 100).toBe(0);
  });
});

describe('figures that arithmetic or an alternative gives away', () => {
  it.each([
    ['Alvarez now has 78 points, seven ahead of Hayes on 71.', 'seven'],
    [
      'About 41,000 customers were still without power, down about 15% from a peak of 48,500.',
      '15',
    ],
    ['As of late Tuesday, 20 bodies had been recovered, eleven women and nine men.', '20'],
    ['A peace concluded with envoys at Samos in 21 or 20 BC was favourable to Kush.', '21'],
  ])('blanks no figure the others give in "%s"', (sentence, key) => {
    const blanks = clozeQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1);
    expect(blanks.map((c) => c.key)).not.toContain(key);
  });

  it('changes none of the figures a gap ties together', () => {
    const text = `${FILLER} Alvarez now has 78 points, seven ahead of Hayes on 71. ${FILLER}`;
    const statements = statementQuestion(analyzeArticle(text), 1);
    expect(statements.some((c) => c.truth && c.sentences[0] === 1)).toBe(true);
    expect(statements.filter((c) => c.answer.startsWith('number@'))).toEqual([]);
  });

  it('still blanks a figure that only lies near another ("60 or 70 runs", "two points in game 11")', () => {
    const text = `${FILLER} She extended her lead to two points in game 11, before Hallberg pulled one back in game 13. ${FILLER}`;
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    expect(blanks.map((c) => c.key)).toContain('two');
  });
});

describe('false statements and related figures', () => {
  it('never changes a figure the sentence relates to another', () => {
    const text = `${FILLER} The coalition will control 132 seats, 11 more than the 121 needed for a majority. ${FILLER}`;
    const statements = statementQuestion(analyzeArticle(text), 1);
    // The sentence is stated, so a changed figure could have been offered.
    expect(statements.some((c) => c.truth && c.sentences[0] === 1)).toBe(true);
    expect(statements.filter((c) => c.answer.startsWith('number@'))).toEqual([]);
  });

  it('never changes an age or the year it is counted from ("1500 BC, about 3,500 years old")', () => {
    const text = `${FILLER} Radiocarbon tests date the boat to between 1500 and 1400 BC, making it about 3,500 years old. ${FILLER}`;
    const statements = statementQuestion(analyzeArticle(text), 1);
    expect(statements.some((c) => c.truth && c.sentences[0] === 1)).toBe(true);
    const changed = statements.filter((c) => !c.truth && c.sentences[0] === 1);
    for (const c of changed) expect(c.prompt).toMatch(/\b1500\b.*\b3,500 years old/);
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('3,500');
    expect(keys).not.toContain('1500');
  });

  it('never changes one of the shares that make up a whole', () => {
    const text = `${FILLER} Shareholders will be paid 70 percent in cash and 30 percent in stock. ${FILLER}`;
    const statements = statementQuestion(analyzeArticle(text), 1);
    // The sentence is stated, so a changed figure could have been offered.
    expect(statements.some((c) => c.truth && c.sentences[0] === 1)).toBe(true);
    expect(statements.filter((c) => c.answer.startsWith('number@'))).toEqual([]);
  });

  it('never states a sentence whose "it" is named nowhere', () => {
    const text = `${FILLER} A gas giant made mostly of hydrogen, it has a mass about 318 times that of Earth. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('gas giant'))).toBe(false);
  });
});

describe('options for a number in a range', () => {
  const text = `${FILLER} Bees hold the brood nest at around 34 to 35 degrees Celsius in summer. ${FILLER}`;
  const analysis = analyzeArticle(text);

  it('never offers an upper end below the lower end', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '35');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(34);
  });

  it('never offers a lower end above the upper end', () => {
    const blank = clozeQuestion(analysis, 2).find((c) => c.key === '34');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(35);
  });
});

describe('options for a range that gives its scale once', () => {
  const text = `${FILLER} Each year the tower welcomes around 6 to 7 million visitors from abroad. ${FILLER}`;
  const analysis = analyzeArticle(text);

  it('offers no top of the range at or below its bottom', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '7');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(6);
  });

  it('offers no bottom of the range at or above its top', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '6');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(7);
  });
});

describe('options for a figure and the one it fell from', () => {
  const text = `${FILLER} Turnout was 36.8 percent of registered voters, down from 41.3 percent in the first round. ${FILLER}`;
  const analysis = analyzeArticle(text);

  it('offers only higher figures for the one it fell from', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '41.3');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(36.8);
  });

  it('offers only lower figures for the one it fell to', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '36.8');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(41.3);
  });
});

describe('options for shares of one whole', () => {
  it('offers no share that would take the whole past 100 percent', () => {
    const text = `${FILLER} Stoyanova received 50.9 percent of the vote, while Petar Iliev took 45.2 percent. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '45.2');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d) + 50.9).toBeLessThanOrEqual(100);
  });
});

describe('options for a part of a whole', () => {
  const text = `${FILLER} Ferrer started fast, winning 11 of the first 13 points of the final. ${FILLER}`;
  const analysis = analyzeArticle(text);

  it('never offers a whole smaller than its part', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '13');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(11);
  });

  it('never offers a part larger than its whole', () => {
    const blank = clozeQuestion(analysis, 1).find((c) => c.key === '11');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(13);
  });
});

describe('false statements and counted lists', () => {
  it('never changes a count that the sentence spells out item by item', () => {
    const text = `${FILLER} Tesla had an older brother named Dane and three sisters, Milka, Angelina and Marica. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('three sisters'))).toBe(true);
    expect(prompts.every((p) => p.includes('three sisters') || !p.includes('sisters'))).toBe(true);
  });
});

describe('parts of a duration', () => {
  const text = `${FILLER} The mission had lasted 5 days, 22 hours and 54 minutes in all. ${FILLER}`;

  it('offers no more minutes than an hour holds, nor hours than a day', () => {
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const minutes = blanks.find((c) => c.key === '54');
    const hours = blanks.find((c) => c.key === '22');
    expect(minutes?.distractors.every((d) => Number(d) < 60)).toBe(true);
    expect(hours?.distractors.every((d) => Number(d) < 24)).toBe(true);
  });

  it('makes no false statement with 68 minutes', () => {
    const statements = statementQuestion(analyzeArticle(text), 1).filter((c) => !c.truth);
    expect(statements.length).toBeGreaterThan(0);
    for (const c of statements) {
      const m = /(\d+) minutes/.exec(c.prompt);
      expect(Number(m?.[1] ?? 0)).toBeLessThan(60);
    }
  });
});

describe('figures the title gives', () => {
  it('asks nothing about, and changes nothing in, a figure the headline states', () => {
    const a = analyzeArticle(
      'Council Approves £612 Million Tram Line\n\nThe project is expected to cost £612 million over nine years. It was approved on Tuesday by 38 votes to 29.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === '612')).toBe(false);
    const falses = statementQuestion(a, 1).filter((c) => !c.truth);
    expect(falses.length).toBeGreaterThan(0);
    expect(falses.every((c) => c.prompt.includes('£612 million'))).toBe(true);
  });
});

describe('formatLike', () => {
  it('writes an option of a thousand or more with a separator beside a key under a thousand', () => {
    expect(formatLike(1000, '800')).toBe('1,000');
    expect(formatLike(400, '800')).toBe('400');
    expect(formatLike(1962, '1948')).toBe('1962');
  });
});

describe('a count and the ordinal one past it', () => {
  const text = `${FILLER} The committee had seven members until 2001, when an eighth member, the lawyer Paul Hart, joined it. ${FILLER}`;

  it('neither blanks nor changes a count that "an eighth" gives away', () => {
    const analysis = analyzeArticle(text);
    expect(clozeQuestion(analysis, 1).map((c) => c.key)).not.toContain('seven');
    const changed = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analysis, seed)
        .filter((c) => !c.truth)
        .map((c) => c.prompt),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => /\bseven members\b/.test(p))).toBe(true);
  });
});

describe('an age set off by commas', () => {
  it('is not blanked, so no option reads as an age nobody could have', () => {
    const text = `${FILLER} "I did not look at the posts until the end," Brennan, 26, said after the match. ${FILLER}`;
    expect(clozeQuestion(analyzeArticle(text), 1).some((c) => c.key === '26')).toBe(false);
  });
});

describe('a figure after "or"', () => {
  it('offers nothing below the figure before it ("60 or _____ runs")', () => {
    const text = `${FILLER} "We were 60 or 70 runs short in the first innings," the captain said. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '70');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(60);
  });
});

describe('a year given as "around 1150"', () => {
  it('offers years near it, not figures scaled from it', () => {
    const text = `${FILLER} Construction was largely finished soon after the king's death around 1150, the records show. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1150');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Math.abs(Number(d) - 1150)).toBeLessThan(100);
  });
});

describe('a year before a pronoun that opens the next clause', () => {
  it('offers years, not counts ("by about _____ its remnants")', () => {
    const text = `${FILLER} The attack failed, and by about 1670 its remnants had fragmented into small chiefdoms. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1670');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Math.abs(Number(d) - 1670)).toBeLessThan(100);
  });
});

describe('the second year of a span before a plural noun', () => {
  it('offers years, not counts ("Between 1801 and _____ agents")', () => {
    const text = `${FILLER} Between 1801 and 1812 agents of the earl removed about half of the sculptures. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1812');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Math.abs(Number(d) - 1812)).toBeLessThan(60);
  });
});

describe('a whole and the part of it the sentence names', () => {
  it('keeps the whole above its part and the part below its whole', () => {
    const text = `${FILLER} Spectators entered through 80 ground-level arches, 76 of them numbered for the public. ${FILLER}`;
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const whole = blanks.find((c) => c.key === '80');
    const part = blanks.find((c) => c.key === '76');
    expect(whole?.distractors.every((d) => Number(d) > 76)).toBe(true);
    expect(part?.distractors.every((d) => Number(d) < 80)).toBe(true);
  });
});

describe('a figure that moved to one value from another', () => {
  it('offers for the old figure only values on the side it moved from', () => {
    const text = `${FILLER} The bank lowered its growth forecast to 2.1% from 2.4% and expects a slow year. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '2.4');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(2.1);
  });
});

describe('an early year with nothing counted', () => {
  it.each([
    ['Charlemagne became sole ruler after his brother Carloman died in 771.', '771'],
    ['His Palatine Chapel at Aachen was consecrated around 805, the annals say.', '805'],
    [
      'According to tradition, the archangel appeared in 708 to Aubert, Bishop of Avranches.',
      '708',
    ],
    ['In 966 Duke Richard I of Normandy established a community of monks on the rock.', '966'],
    ['A defeat of his rearguard at Roncevaux Pass in 778 was later celebrated in an epic.', '778'],
  ])('offers nearby years, written as years, in "%s"', (sentence, key) => {
    const blank = clozeQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1).find(
      (c) => c.key === key,
    );
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) {
      expect(d).toMatch(/^\d{3,4}$/);
      expect(Math.abs(Number(d) - Number(key))).toBeLessThan(100);
    }
  });
});

describe('a share written as "four in five"', () => {
  it('offers nothing at or below the part ("more than four in _____ cases")', () => {
    const text = `${FILLER} The test correctly identified more than four in five cases of the disease in the study. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'five');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? [])
      expect(['one', 'two', 'three', 'four']).not.toContain(d);
  });
});

describe('a part written in words before its whole', () => {
  it('offers no whole at or below the part ("nine of the _____ oldest trees")', () => {
    const text = `${FILLER} A survey reported that nine of the thirteen oldest trees examined had died since 2005. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'thirteen');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? [])
      expect(['five', 'six', 'seven', 'eight', 'nine']).not.toContain(d);
  });
});

describe('a part counted "from" its whole', () => {
  it('offers no whole below the part ("41 goals from _____ attempts")', () => {
    const text = `${FILLER} Goal shooter Shanice Beckford scored 41 goals from 44 attempts in the final. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '44');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeGreaterThan(41);
  });
  it('leaves runs "from" balls unbounded, as runs may outnumber balls', () => {
    const text = `${FILLER} The opener made a composed 112 from 86 balls before he was caught. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '86');
    expect(blank?.distractors.some((d) => Number(d) < 86)).toBe(true);
  });
});

describe('a count whose last member the sentence names', () => {
  it('makes no blank on "three" beside "in the third"', () => {
    const text = `${FILLER} Canada led 3-1 after three ends after Thibodeau scored two in the third. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'three');
    expect(blank).toBeUndefined();
  });
});

describe("a person's age", () => {
  it('offers no age older than anyone lives ("died at the age of _____")', () => {
    const text = `${FILLER} The composer died at his villa at the age of 91 and was buried in its garden. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '91');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(110);
  });
});

describe('a range written with "between" and a number word', () => {
  it('offers nothing at or below the first figure ("between three and _____ days")', () => {
    const text = `${FILLER} The authority expected to clear the backlog within between three and four days. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'four');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors).not.toContain('three');
    expect(blank?.distractors).not.toContain('two');
  });
});

describe('years of an era', () => {
  it.each([
    ['Alexander defeated the Persians at Issus in 333 BC and at Gaugamela in 331 BC.', '331', 10],
    ['It was founded by Cyrus the Great around 550 BC and ended in 330 BC.', '550', 100],
    [
      'Neolithic settlement at nearby Beidha dates to around 7000 BC, the survey says.',
      '7000',
      1000,
    ],
  ])('offers years near the key in "%s"', (sentence, key, within) => {
    const blank = clozeQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1).find(
      (c) => c.key === key,
    );
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? [])
      expect(Math.abs(Number(d.replace(/,/g, '')) - Number(key))).toBeLessThanOrEqual(within);
  });
});

describe('a figure that widened to another', () => {
  it('offers only less for the figure it widened from', () => {
    const text = `${FILLER} Operating margin widened to 22.5 percent from 19.1 percent, helped by lower costs. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '19.1');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? []) expect(Number(d)).toBeLessThan(22.5);
  });
});

describe('years of events told in order', () => {
  it.each([
    [
      'A later gas project received approval in 2011 but was abandoned in 2017.',
      '2017',
      2011,
      'after',
    ],
    [
      'The war broke out in 1846, and the treaty signed in 1848 fixed the river as the boundary.',
      '1848',
      1846,
      'after',
    ],
    [
      'The bridge was approved in 1929 and opened in 1937 after years of work.',
      '1929',
      1937,
      'before',
    ],
    [
      'In 2016 the parties to the convention moved all eight species to Appendix I, banning commercial trade from early 2017, and China followed in 2020.',
      '2017',
      2016,
      'after',
    ],
  ])(
    'offers no year that would put the events of "%s" out of order',
    (sentence, key, bound, side) => {
      const blank = clozeQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1).find(
        (c) => c.key === key,
      );
      expect(blank?.distractors.length).toBeGreaterThan(0);
      for (const d of blank?.distractors ?? [])
        if (side === 'after') expect(Number(d)).toBeGreaterThan(bound);
        else expect(Number(d)).toBeLessThan(bound);
    },
  );
});

describe('the two sides of a vote', () => {
  const text = `${FILLER} The act passed by 27 votes to 20 in the assembly in Fredericton on Tuesday. ${FILLER}`;

  it('keeps the winning side above the losing one in the options', () => {
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const winner = blanks.find((c) => c.key === '27');
    const loser = blanks.find((c) => c.key === '20');
    expect(winner?.distractors.length).toBe(3);
    for (const d of winner?.distractors ?? []) expect(Number(d)).toBeGreaterThan(20);
    for (const d of loser?.distractors ?? []) expect(Number(d)).toBeLessThan(27);
  });

  it('offers no side that would fill more seats than the assembly has', () => {
    const seated = `${FILLER} The bill was approved by 71 votes to 38 in the 126-seat parliament in Ulaanbaatar. ${FILLER}`;
    const blanks = clozeQuestion(analyzeArticle(seated), 1);
    const winner = blanks.find((c) => c.key === '71');
    expect(winner?.distractors.length).toBe(3);
    for (const d of winner?.distractors ?? []) expect(Number(d) + 38).toBeLessThanOrEqual(126);
    for (const d of blanks.find((c) => c.key === '38')?.distractors ?? [])
      expect(Number(d) + 71).toBeLessThanOrEqual(126);
  });

  it('changes neither side in a false statement', () => {
    const statements = statementQuestion(analyzeArticle(text), 1);
    expect(statements.some((c) => c.truth && c.sentences[0] === 1)).toBe(true);
    expect(statements.filter((c) => c.answer.startsWith('number@'))).toEqual([]);
  });
});

describe('shares that make up the whole', () => {
  it('blanks neither share when the two add up to 100 ("the remaining 45 percent")', () => {
    const text = `${FILLER} The winner receives 55 percent of the fund, while the loser takes the remaining 45 percent. ${FILLER}`;
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('45');
    expect(keys).not.toContain('55');
  });
});

describe('an early year that opens a sentence', () => {
  it('reads "In 1177 forces …" as a year, with years near it as options', () => {
    const text = `${FILLER} In 1177 forces from the rival kingdom of Champa sacked Angkor. ${FILLER}`;
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '1177');
    expect(blank?.distractors.length).toBe(3);
    for (const d of blank?.distractors ?? []) expect(Math.abs(Number(d) - 1177)).toBeLessThan(15);
  });
});

describe('the key of a number blank among its ascending options', () => {
  it('takes as many options below the key as asked when there is room on both sides', () => {
    for (const lowerCount of [0, 1, 2, 3]) {
      const options = numberDistractors(120, '120', {
        count: 3,
        exclude: [],
        kind: 'count',
        seed: 1,
        lowerCount,
      });
      expect(options).toHaveLength(3);
      expect(options.filter((o) => Number(o) < 120)).toHaveLength(lowerCount);
    }
  });

  it('takes the rest from the other side when one side has no room', () => {
    const options = numberDistractors(24, '24', {
      count: 3,
      exclude: [],
      kind: 'measure',
      seed: 1,
      above: 19,
      lowerCount: 3,
    });
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number(o)).toBeGreaterThan(19);
  });

  it('stands at every place, not mostly second, across the figures of an article', () => {
    const text = [
      'The Harbor Rowing Club was founded by 48 members and now counts 1,240 rowers.',
      'Its boathouse holds 64 boats and 310 oars, and the club owns 27 trailers for regattas.',
      'Last season 86 crews raced on the river, and 530 volunteers helped at the spring regatta.',
      'The club spent 72,000 dollars on repairs and raised 145,000 dollars from 615 donors.',
      'Its coaches trained 92 juniors, 38 of whom later rowed for the county across 460 races.',
    ].join(' ');
    const places = [0, 0, 0, 0];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const c of clozeQuestion(analyzeArticle(text), seed).filter((q) => q.numeric)) {
        const sorted = [c.key, ...c.distractors.slice(0, 3)].sort(
          (a, b) => Number(a.replace(/,/g, '')) - Number(b.replace(/,/g, '')),
        );
        const at = sorted.indexOf(c.key);
        places[at] = (places[at] ?? 0) + 1;
      }
    }
    const total = places.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(40);
    for (const n of places) expect(n / total).toBeGreaterThan(0.12);
    for (const n of places) expect(n / total).toBeLessThan(0.4);
  });
});
