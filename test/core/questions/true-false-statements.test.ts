import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { takesAn } from '../../../src/core/questions/statement-candidate.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';
import { whQuestion } from '../../../src/core/questions/wh-question.ts';

/** The false statements made from an article, as prompts. */
function falsePrompts(text: string): string[] {
  return statementQuestion(analyzeArticle(text), 1)
    .filter((c) => !c.truth)
    .map((c) => c.prompt);
}

function negations(text: string): string[] {
  return statementQuestion(analyzeArticle(text), 1)
    .filter((c) => c.answer.startsWith('negation@'))
    .map((c) => c.prompt);
}

describe('negated statements', () => {
  it('puts "not" after the main clause auxiliary', () => {
    expect(negations('The bill was suspended after last week of protests in the city.')).toEqual([
      'The bill was not suspended after last week of protests in the city.',
    ]);
  });

  it('takes "not" away from a negative statement', () => {
    expect(
      negations('The decree did not mandate filing a report with the police officials.'),
    ).toEqual(['The decree did mandate filing a report with the police officials.']);
  });

  it('leaves "have" alone when it is the main verb', () => {
    expect(negations('Very few frogs have true lower teeth in their upper jaws.')).toEqual([]);
  });

  it.each([
    'The sevengill is sometimes called a living fossil because of its prehistoric look.',
    'The sevengill and great white are both ordinarily apex predators in the bay.',
    'The bird was probably known to the ancient Egyptians, and pictures of it have been found in tombs.',
  ])('does not put "not" before a word of frequency or likelihood in "%s"', (text) => {
    expect(negations(text)).toEqual([]);
  });

  it('never puts "not" before a "no" that already makes the clause negative', () => {
    expect(negations('There were no Change UK candidates elected in any of the seats.')).toEqual(
      [],
    );
  });

  it.each([
    'Not all analysts were convinced the growth in the second half could last.',
    'No member of the crew was injured when the ferry struck the pier.',
  ])('never adds a second "not" to a clause whose subject is already negative: "%s"', (text) => {
    expect(negations(text)).toEqual([]);
  });

  it('never adds "not" to a verb whose own words already deny ("would do little")', () => {
    expect(
      negations(
        'Opposition lawmakers supported the aims of the bill but said it would do little unless enforcement improved.',
      ),
    ).toEqual([]);
  });

  it('never negates a side clause', () => {
    expect(
      negations(
        'Since 1973, when frog skulls were last surveyed, scientists have documented many species.',
      ),
    ).toEqual([]);
    expect(
      negations(
        'The polyp, a cnidarian as are jellyfish, provides stinging protection to the coral.',
      ),
    ).toEqual([]);
  });
});

describe('statements with quoted terms and plural pronouns', () => {
  it('states a sentence that quotes only a term of a few words', () => {
    const text =
      'In 2017, the court said the ban constituted "different treatment" under the constitution of the island.';
    const truths = statementQuestion(analyzeArticle(text), 1).filter((c) => c.truth);
    expect(truths.map((c) => c.prompt)).toEqual([text]);
  });

  it('never states a sentence that quotes a remark', () => {
    const text =
      'The minister said the plan "will give every family in the region a fair chance at a home" on Monday.';
    expect(statementQuestion(analyzeArticle(text), 1)).toEqual([]);
  });

  it('reads "their" after a plural noun and its verb as standing for that noun', () => {
    const text =
      'Employers who offer a low wage will find that their business is chronically understaffed.';
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
  });

  it('does not read "their" at the head of a clause as standing for a noun before it', () => {
    const text =
      'Through generations of assimilation with local farming communities, their descendants merged with the Franks.';
    expect(statementQuestion(analyzeArticle(text), 1)).toEqual([]);
  });
});

describe('statements without a closing side clause', () => {
  it('leaves out a closing "who" clause and keeps the statement readable', () => {
    const text =
      'The tribe plans to widen the range to 600 acres near the Eastern Shoshone Tribe, who currently have a herd of 33 buffalo.';
    const truths = statementQuestion(analyzeArticle(text), 1).filter((c) => c.truth);
    expect(truths.map((c) => c.prompt)).toEqual([
      'The tribe plans to widen the range to 600 acres near the Eastern Shoshone Tribe.',
    ]);
  });
});

describe('statements with a gendered pronoun', () => {
  it('does not read "him" as the woman named before it', () => {
    const text =
      'Police press officer Monika Kosiec stated police believe him to be aged 25 years old.';
    expect(statementQuestion(analyzeArticle(text), 1)).toEqual([]);
  });

  it('reads "him" as the man named before it', () => {
    const text = 'Police officer John Kerry stated police believe him to be aged 25 years old.';
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
  });
});

describe('false statements with a changed number', () => {
  it('changes no number that the statement gives twice', () => {
    const text =
      'G7, or the Group of Seven, is an informal group of seven countries that meets every year.';
    const statements = statementQuestion(analyzeArticle(text), 1);
    // The sentence is stated, so a changed figure could have been offered.
    expect(statements.some((c) => c.truth)).toBe(true);
    expect(statements.filter((c) => c.answer.startsWith('number@'))).toEqual([]);
  });
});

describe('statements that lean on a bare count', () => {
  it.each(['11 have recovered so far in the country.', 'Bill Weld secured the remaining 1.'])(
    'never states "%s"',
    (sentence) => {
      const text = `Officials counted the cases in every region of the country last week. ${sentence}`;
      const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
      expect(prompts.some((p) => p.includes(sentence.slice(0, 12)))).toBe(false);
    },
  );

  it('never changes a count of several into one', () => {
    const text =
      'Following the primary, five candidates withdrew from the race before the next vote.';
    const changed = statementQuestion(analyzeArticle(text), 1).filter((c) =>
      c.answer.startsWith('number@'),
    );
    for (let seed = 1; seed <= 4; seed++) {
      const prompts = statementQuestion(analyzeArticle(text), seed).map((c) => c.prompt);
      expect(prompts.some((p) => /\bone candidates\b/.test(p))).toBe(false);
    }
    expect(changed.length).toBeGreaterThan(0);
  });
});

describe('false statements on a bounded figure', () => {
  const changed = (text: string, pattern: RegExp): number[] =>
    [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.type === 'true-false' && !c.truth)
        .flatMap((c) => {
          const m = pattern.exec(c.prompt);
          return m ? [Number(m[1]?.replace(/,/g, ''))] : [];
        }),
    );

  it.each([
    [
      'Restored sections at Badaling and Mutianyu, all within 150 kilometres of Beijing, attract millions of visitors.',
      /within ([\d,]+) kilometres/,
      (n: number) => n < 150,
    ],
    [
      'Sometime before 1514 the astronomer circulated a short manuscript among friends in Frombork.',
      /before (\d{4})/,
      (n: number) => n < 1514,
    ],
  ])('changes the figure only to a side that makes it false: %s', (sentence, pattern, isFalse) => {
    const text = `${sentence} Officials in the capital described the work in detail in 1999.`;
    const original = Number(pattern.exec(sentence)?.[1]?.replace(/,/g, ''));
    const values = changed(text, pattern).filter((v) => v !== original);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(isFalse(v)).toBe(true);
  });

  it('moves a bound of a range without "between" only inwards', () => {
    const text =
      'The condition affects an estimated 200 to 400 people in the country. Officials in the capital described the work in detail in 1999.';
    const lows = changed(text, /estimated ([\d,]+) to 400/).filter((v) => v !== 200);
    const highs = changed(text, /estimated 200 to ([\d,]+)/).filter((v) => v !== 400);
    expect(lows.length + highs.length).toBeGreaterThan(0);
    for (const v of lows) expect(v > 200 && v < 400).toBe(true);
    for (const v of highs) expect(v > 200 && v < 400).toBe(true);
  });

  it('moves a bound of a range written in words only inwards', () => {
    const text =
      'Summer adults usually live only two to six weeks in the north. Officials in the capital described the work in detail in 1999.';
    const words: Record<string, number> = {
      three: 3,
      four: 4,
      five: 5,
      seven: 7,
      eight: 8,
      nine: 9,
    };
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.type === 'true-false' && !c.truth)
        .map((c) => c.prompt),
    );
    const tops = prompts.flatMap((p) => {
      const m = /two to ([a-z]+) weeks/.exec(p)?.[1];
      return m && m !== 'six' ? [words[m] ?? NaN] : [];
    });
    expect(tops.length).toBeGreaterThan(0);
    for (const top of tops) expect(top).toBeLessThan(6);
  });

  it.each([
    [
      'Evidence shows that people have lived in the region for at least 10,000 years, and probably much longer.',
      /at least ([\d,]+) years/,
      '10,000',
    ],
    [
      'Rainfall in much of the desert is extremely low, often less than 50 millimetres per year.',
      /less than (\d+) millimetres/,
      '50',
    ],
    [
      'The largest specimens are well over 1,000 years old, and estimates for the oldest reach about 2,000 years.',
      /over ([\d,]+) years old/,
      '1,000',
    ],
    [
      'Pneumonia is the leading infectious cause of death among children under five worldwide.',
      /children under (\w+) worldwide/,
      'five',
    ],
    [
      'Firefighters from nine stations needed more than 16 hours to bring the flames under control.',
      /more than (\d+) hours/,
      '16',
    ],
    [
      'The late generation can survive for 8 months or more in the south.',
      /for (\d+) months or more/,
      '8',
    ],
    [
      'Individual trees of the species are known to live for more than 1,000 years.',
      /more than ([\d,]+) years/,
      '1,000',
    ],
  ])(
    'changes no bound the sentence hedges, passes, uses to name a group or sets on an amount: %s',
    (first, pattern, figure) => {
      const text = `${first} Officials in the capital described the work in detail in 1999.`;
      const figures = [1, 2, 3, 4].flatMap((seed) =>
        statementQuestion(analyzeArticle(text), seed).flatMap((c) => {
          const m = pattern.exec(c.prompt);
          return m ? [m[1]] : [];
        }),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.filter((f) => f !== figure)).toEqual([]);
    },
  );

  it('moves the end of a small range by more than one ("five to seven years")', () => {
    const text =
      'The batteries need replacing every five to seven years in the field. Officials in the capital described the work in detail in 1999.';
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => !c.truth)
        .map((c) => c.prompt),
    );
    expect(prompts.some((p) => /five to six years|six to seven years/.test(p))).toBe(false);
  });

  it.each([
    [
      'Adult males commonly weigh around 2 kilograms and can exceed 3 kilograms, while females are smaller.',
      /weigh around ([\d.]+) kilograms/,
      (v: number) => v < 3,
    ],
    [
      'The falls are counted as between about 150 and 300 separate drops, with a figure of around 275 commonly cited.',
      /around (\d+) commonly/,
      (v: number) => v > 150 && v < 300,
    ],
  ])('keeps a changed figure on its side of the others of its unit: %s', (first, pattern, fits) => {
    const text = `${first} Officials in the capital described the work in detail in 1999.`;
    const values = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.answer.startsWith('number@0'))
        .flatMap((c) => {
          const m = pattern.exec(c.prompt);
          return m ? [Number(m[1])] : [];
        }),
    );
    for (const v of values) expect(fits(v)).toBe(true);
  });

  it('changes no count its parts after a colon add up to ("Eight species: six …, one … and one …")', () => {
    const text =
      'Eight species are generally recognised: six are endemic to Madagascar, one is native to mainland Africa, and one is found in Australia. Officials in the capital described the work in detail in 1999.';
    const changed = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.answer.startsWith('number@0'))
        .map((c) => c.prompt),
    );
    expect(changed).toEqual([]);
  });

  it('changes no figure of a share worked out from its parts ("388 of 3,290, a rate of 11.8 percent")', () => {
    const text =
      'Before the systems were installed, 388 of 3,290 children in the study died in hospital, a mortality rate of 11.8 percent. Officials in the capital described the work in detail in 1999.';
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.answer.startsWith('number@0'))
        .map((c) => c.prompt),
    );
    expect(prompts).toEqual([]);
  });

  it('changes no bound under a negative, which a new figure may leave true', () => {
    const text =
      'None of the paintings measures more than 60 centimeters across. Officials in the capital described the work in detail in 1999.';
    expect(changed(text, /more than (\d+) centimeters/)).toEqual([]);
  });
});

describe('false statements that swap a place after "the"', () => {
  it('swaps in no place the article writes without "the" ("threatened the London Bridge")', () => {
    const text =
      "The fire began shortly after midnight in the bakery of Thomas Farriner on Pudding Lane, near London Bridge. On 4 September the fire reached St Paul's Cathedral, whose lead roof melted, and it threatened the Tower of London before the garrison used gunpowder to clear surrounding buildings. Officials in the capital described the work in detail in 1999.";
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).map((c) => c.prompt),
    );
    expect(prompts.some((p) => p.includes('the London Bridge'))).toBe(false);
  });
});

describe('false statements and the article before a figure', () => {
  it('writes "a" or "an" to fit the changed figure', () => {
    const text =
      'Meridian Pacific Holdings will acquire an 88 percent stake from the family. Officials in the capital described the deal in detail in 1999.';
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => !c.truth && /percent stake/.test(c.prompt) && !/\b88\b/.test(c.prompt))
        .map((c) => c.prompt),
    );
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) {
      const [, article, figure] = /\b(an?) (\d+) percent/.exec(p) ?? [];
      expect(article).toBe(takesAn(figure ?? '') ? 'an' : 'a');
    }
  });

  it.each([
    ['88', true],
    ['18', true],
    ['18,000', true],
    ['11.5', true],
    ['186', false],
    ['1,100', false],
    ['1100', false],
    ['American', true],
    ['hour', true],
    ['European', false],
    ['Norwegian', false],
    ['Ukrainian', false],
    ['Uzbek', true],
    ['unusual', true],
    ['one-day', false],
  ])('says "an" before "%s": %s', (word, an) => {
    expect(takesAn(word)).toBe(an);
  });

  it('writes "a" or "an" to fit a people swapped in after it', () => {
    const text =
      'Roald Amundsen was a Norwegian polar explorer who sailed with an American financier. The expedition left Oslo in 1910 and reached the pole in 1911.';
    const swapped = [1, 2, 3, 4, 5, 6].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => !c.truth && !c.prompt.includes(' not '))
        .map((c) => c.prompt)
        .filter((p) => p.includes('explorer') && !p.includes('Norwegian')),
    );
    expect(swapped.length).toBeGreaterThan(0);
    for (const p of swapped) {
      const [, article, word] = /\b(an?) (\S+) polar explorer/.exec(p) ?? [];
      expect(article).toBe(takesAn(word ?? '') ? 'an' : 'a');
    }
  });
});

describe('false statements on related figures', () => {
  const changedStatements = (text: string): string[] =>
    [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.answer.startsWith('number@'))
        .map((c) => c.prompt),
    );

  it('changes no figure of a sentence that says it is down from another', () => {
    const text =
      'Annual inflation slowed to 3.8 percent in November, according to the statistics office, down from 4.4 percent in September.';
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
    expect(changedStatements(text)).toEqual([]);
  });

  it('moves a bound of a range only inwards, never past the other bound', () => {
    const text =
      'An adult cheetah typically weighs between 21 and 72 kg, males being slightly larger than females, in most regions.';
    const prompts = changedStatements(text);
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      const [, low, high] = /between (\d+) and (\d+)/.exec(prompt) ?? [];
      expect(Number(low)).toBeGreaterThanOrEqual(21);
      expect(Number(high)).toBeLessThanOrEqual(72);
      expect(Number(low)).toBeLessThan(Number(high));
    }
  });

  it('changes no bound of a range of what may be', () => {
    const text =
      'Lemmings form the bulk of the diet in the breeding season, and an adult may eat three to five lemmings a day.';
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
    expect(changedStatements(text)).toEqual([]);
  });

  it('changes no count that the sentence lists out', () => {
    const text =
      'Abroad, Hanseatic merchants operated through four principal trading posts, or Kontore: the Steelyard (Stalhof) in London, Bruges in Flanders, Bryggen in Bergen, Norway, and the Peterhof in Novgorod.';
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
    expect(changedStatements(text).some((p) => !/\bfour principal trading posts\b/.test(p))).toBe(
      false,
    );
  });
});

describe('false statements with a swapped country', () => {
  it('never puts a country that takes "the" where the sentence has none', () => {
    const text = [
      'On October 6, 1973, Syria and Egypt launched a surprise attack on Israel, on Yom Kippur.',
      'The United States sent aid to Israel within days of the attack on the country.',
    ].join(' ');
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).map((c) => c.prompt),
    );
    expect(prompts.some((p) => /attack on United States/.test(p))).toBe(false);
  });
});

describe('statements that lean on a figure with nothing counted', () => {
  it('never states what someone says of a bare figure', () => {
    const text = [
      'Opposition to small hydropower plants has grown across the Balkans over the past decade.',
      'Activists say more than 3,000 have been proposed across the region, many on wild rivers.',
    ].join(' ');
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('Opposition'))).toBe(true);
    expect(prompts.some((p) => p.startsWith('Activists'))).toBe(false);
  });
});

describe('false statements on counts that add up', () => {
  it('changes neither a total nor its parts', () => {
    const text =
      'As of late Tuesday, 20 bodies had been recovered, eleven women and nine men, according to the sheriff.';
    const changed = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).filter((c) => c.answer.startsWith('number@')),
    );
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
    expect(changed).toEqual([]);
  });
});

describe('false statements on two years and the span between them', () => {
  it('changes neither year nor the span', () => {
    const text =
      'The war was fought between England and France from 1337 to 1453, a span of 116 years interrupted by truces.';
    const changed = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).filter((c) => c.answer.startsWith('number@')),
    );
    expect(statementQuestion(analyzeArticle(text), 1).some((c) => c.truth)).toBe(true);
    expect(changed).toEqual([]);
  });
});

describe('statements on a cleft sentence', () => {
  it('keeps the clause that a cleft ("it was X, …, who …") is about', () => {
    const text =
      'The friar visited in 1586, but it was the naturalist Henri Mouhot, whose notes were published in the 1860s, who popularized the site in Europe.';
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => /who popularized the site/.test(p))).toBe(true);
  });
});

describe('names swapped into a false statement', () => {
  it.each([
    [
      'name the statement already holds inside a longer one',
      [
        "The Amur flows through the Russian Far East and forms a long stretch of the boundary between Russia and the People's Republic of China.",
        'China and Russia signed the Treaty of Aigun in 1858, and Japan later occupied Manchuria.',
      ],
      /between China and the People's Republic of China/,
    ],
    [
      'person behind an honorific the article never gives them ("Dr Drummond")',
      [
        '"To find a boat of this age is extraordinary," said Dr Fiona MacLennan, the lead archaeologist.',
        'The discovery was made by Callum Drummond, a 34-year-old local kayaker.',
        'Dr Neil Baird described the find as remarkable.',
        'Dr MacLennan said the team hoped the boat could eventually be displayed in Perthshire.',
      ],
      /Dr Drummond/,
    ],
    [
      'person behind a rank the article never gives them ("Pope Christopher Columbus")',
      [
        'The return of Christopher Columbus from his first voyage in 1493 revived the dispute.',
        'The Spanish monarchs turned to Pope Alexander VI.',
        'Ferdinand Magellan later sailed west for the Spanish crown.',
      ],
      /Pope (?:Christopher|Columbus|Ferdinand|Magellan)/,
    ],
    [
      'people that another people of the statement holds',
      [
        'As Asian populations declined, trade increasingly shifted to African species.',
        'Chinese and Indian traders bought the scales, and Dutch customs officers seized many tonnes.',
      ],
      /Asian populations declined.*(?:Chinese|Indian) species/,
    ],
    [
      'place always written after "the" where "the" is missing ("practised in Americas")',
      [
        'Mudéjar art was the Islamic-influenced style practised in Christian Spain, and it spread to Portugal.',
        'The agency regulated trade and navigation with the Americas from Seville, and ships sailed to the Americas each year.',
      ],
      /\bin Americas\b/,
    ],
  ])('swaps in no %s', (_, lines, forbidden) => {
    const prompts = falsePrompts(lines.join(' '));
    expect(prompts.filter((p) => forbidden.test(p))).toEqual([]);
  });
});

describe('false statements on a floor or ceiling of an amount', () => {
  const prompts = (text: string): string[] =>
    [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed)
        .filter((c) => c.type === 'true-false' && !c.truth)
        .map((c) => c.prompt),
    );

  it('turns "more than" round to "less than" rather than raising the floor', () => {
    const text =
      'Individual trees of the species are known to live for more than 1,000 years. Officials in the capital described the work in detail in 1999.';
    const found = prompts(text).filter((p) => /1,000 years/.test(p));
    expect(found).toContain(
      'Individual trees of the species are known to live for less than 1,000 years.',
    );
  });

  it('explains the turned bound with its figure', () => {
    const text =
      'Individual trees of the species are known to live for more than 1,000 years. Officials in the capital described the work in detail in 1999.';
    const flipped = [1, 2, 3, 4]
      .flatMap((seed) => statementQuestion(analyzeArticle(text), seed))
      .find((c) => /less than 1,000/.test(c.prompt));
    expect(flipped?.explanation).toMatch(
      /^False\. The article says more than 1,000, not less than 1,000\./,
    );
  });

  it('turns "over" an age round to "under"', () => {
    const text =
      'An amendment to cut the fee by half for vendors over 60 was rejected by the chamber. Officials in the capital described the work in detail in 1999.';
    const found = prompts(text).filter((p) => p.startsWith('An amendment'));
    expect(found).toContain(
      'An amendment to cut the fee by half for vendors under 60 was rejected by the chamber.',
    );
    expect(found.join(' ')).not.toMatch(/fewer than 60/);
  });

  it('says "fewer than" for a count of things', () => {
    const text =
      'More than 2,000 plant species have been recorded on the mountain. Officials in the capital described the work in detail in 1999.';
    expect(prompts(text)).toContain(
      'Fewer than 2,000 plant species have been recorded on the mountain.',
    );
  });
});

describe('"over" a time that means "during"', () => {
  const text =
    'The bill was drafted over three years after consultations in more than 200 villages. Officials in the capital described the work in detail in 1999.';

  it('neither turns it round nor asks "more than how many"', () => {
    const a = analyzeArticle(text);
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      [...statementQuestion(a, seed), ...whQuestion(a, seed)].map((c) => c.prompt),
    );
    expect(prompts.filter((p) => /less than three years|how many years/i.test(p))).toEqual([]);
  });

  it('turns no "over 24 hours" of a forecast round into "less than 24 hours"', () => {
    const a = analyzeArticle(
      'Forecasters warned of heavy rain, with up to 50 millimetres in some areas over 24 hours. Officials in the capital described the work in detail in 1999.',
    );
    const prompts = [1, 2, 3, 4].flatMap((seed) => statementQuestion(a, seed).map((c) => c.prompt));
    expect(prompts.some((p) => p.startsWith('Forecasters warned'))).toBe(true);
    expect(prompts.filter((p) => /less than 24 hours/.test(p))).toEqual([]);
  });

  it('still reads "for over three years" as a floor', () => {
    const a = analyzeArticle(
      'The mine has been closed for over three years because of the dispute. Officials in the capital described the work in detail in 1999.',
    );
    const prompts = [1, 2, 3, 4].flatMap((seed) => statementQuestion(a, seed).map((c) => c.prompt));
    expect(prompts).toContain(
      'The mine has been closed for less than three years because of the dispute.',
    );
  });

  it('still reads "lasted over three hours" as a floor', () => {
    const a = analyzeArticle(
      'The debate lasted over three hours before the vote was taken. Officials in the capital described the work in detail in 1999.',
    );
    const prompts = [1, 2, 3, 4].flatMap((seed) => statementQuestion(a, seed).map((c) => c.prompt));
    expect(prompts).toContain('The debate lasted less than three hours before the vote was taken.');
  });
});

describe('a range of where many figures fall', () => {
  it('is not narrowed into a false statement ("many falling in the range of 10 to 15")', () => {
    const a = analyzeArticle(
      'Estimates of the energy released vary, with many falling in the range of 10 to 15 megatons of TNT. Officials in the capital described the work in detail in 1999.',
    );
    const prompts = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(a, seed)
        .filter((c) => c.type === 'true-false' && !c.truth)
        .map((c) => c.prompt),
    );
    expect(prompts.filter((p) => /range of 10 to (?:1[0-4]|1[0-4]\.\d) /.test(p))).toEqual([]);
  });
});

describe('a narrow range', () => {
  it('is not narrowed further into a false statement ("roughly 35 to 40 kilometres")', () => {
    const a = analyzeArticle(
      'The island lies roughly 35 to 40 kilometres from the mainland across the channel. Officials in the capital described the work in detail in 1999.',
    );
    const falses = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(a, seed)
        .filter((c) => c.type === 'true-false' && !c.truth)
        .map((c) => c.prompt),
    );
    expect(falses.length).toBeGreaterThan(0);
    expect(falses.filter((p) => /roughly 3[6-9] to 40 /.test(p))).toEqual([]);
  });
});
