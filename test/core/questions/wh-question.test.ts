import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { subjectQuestion } from '../../../src/core/questions/subject-question.ts';
import { termCloze } from '../../../src/core/questions/term-cloze.ts';
import { whQuestion } from '../../../src/core/questions/wh-question.ts';
import { roleQuestion } from '../../../src/core/questions/role-question.ts';
import { pointsBack } from '../../../src/core/gates/points-back.ts';

const FILLER = 'Officials met again on the following morning to review the plans.';

function promptsFor(sentence: string): string[] {
  return whQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1).map((c) => c.prompt);
}

describe('whQuestion', () => {
  it.each([
    [
      'The ferry carried 33 passengers and six crew members.',
      'How many passengers did the ferry carry?',
    ],
    [
      'More than 70 vendors were present at the fair.',
      'More than how many vendors were present at the fair?',
    ],
    ['There were 190 people on board the plane.', 'How many people were there on board the plane?'],
    [
      'According to the city council, about 400 people attended the opening.',
      'According to the city council, about how many people attended the opening?',
    ],
    [
      'Tesco has about 5000 employees in Poland.',
      'About how many employees does Tesco have in Poland?',
    ],
    [
      'The guitarist formed the band with his brother in 1974.',
      'In which year did the guitarist form the band with his brother?',
    ],
    [
      'In 1663 Bishop François de Laval founded the Séminaire de Québec, the institution from which Université Laval grew.',
      'In which year did Bishop François de Laval found the Séminaire de Québec?',
    ],
    [
      'In 1997, the British handed control of Hong Kong to China.',
      'In which year did the British hand control of Hong Kong to China?',
    ],
    [
      'On Thursday, Pope Francis announced a new church law on abuse reporting.',
      'On which day did Pope Francis announce a new church law on abuse reporting?',
    ],
    [
      'The Aldmark Emergency Agency said 11 people had died and 7 were still missing.',
      'According to the Aldmark Emergency Agency, how many people had died?',
    ],
    [
      'Veridyn employed about 15,000 people at the end of June.',
      'About how many people did Veridyn employ at the end of June?',
    ],
    ['In 2019 the team won by three goals.', 'In which year did the team win by three goals?'],
    [
      'Commercial traffic declined sharply after the opening of the seaway in 1959.',
      'In which year did commercial traffic decline sharply after the opening of the seaway?',
    ],
  ])('asks "%s" as a wh-question', (sentence, prompt) => {
    expect(promptsFor(sentence)).toContain(prompt);
  });

  it.each([
    ['a pronoun subject', 'They carried 33 passengers across the bay to the island.'],
    [
      'a second clause that would keep the wrong tense',
      'In 1206, Temujin united the tribes and became their leader.',
    ],
    ['a subject that points back', 'In 1974, these events led the government to change course.'],
    ['an upper bound', 'The ferry carried up to 33 passengers on each trip that summer.'],
    ['a quotation', 'The ferry carried 33 passengers, "all of them safe," the captain said.'],
    ['another date in the question', 'In 2019, the institute reported more fires than in 2018.'],
    ['a time word that belongs with the date', 'Results and reaction came in early on Friday.'],
    ['a date that belongs to an event noun', "The friendship lasted until Brahms's death in 1897."],
    ['a possessive pronoun subject', 'Their friendship grew closer in 1877.'],
    [
      'a date that belongs to a meeting',
      'The board proposed a cash dividend of 28 baisas, subject to approval by shareholders at the annual general meeting in March.',
    ],
    [
      'a date inside a clause of its own',
      'The Aguilas had trailed the final three games to two before winning Game 6 in Santo Domingo on Friday.',
    ],
    [
      'a date that belongs to a word such as "payable"',
      'Seri Mutiara declared an interim dividend of 6 sen per share, payable on October 10.',
    ],
    [
      'a closing date inside what someone said',
      'Chief Financial Officer Pieter Roos said capital spending would include a new cleanroom due to open in 2026.',
    ],
    [
      'a figure inside what someone said',
      'The relief agency director Tomas Veld said 42 schools and halls had become shelters.',
    ],
    [
      'a participle after its noun, read as the verb',
      'In 1881 a company organized by Ferdinand de Lesseps, the diplomat who had built the Suez Canal, began work.',
    ],
    [
      'a second clause with a verb of its own',
      'In 2001 the Rio Grande failed to reach the Gulf of Mexico for the first time, and several stretches now regularly run dry in late summer.',
    ],
  ])('asks nothing it cannot phrase cleanly: %s', (_case, sentence) => {
    expect(promptsFor(sentence)).toEqual([]);
  });

  it('keeps the options and key of the fill-in-the-blank it replaces', () => {
    const text = `${FILLER} The ferry carried 33 passengers and six crew members. ${FILLER}`;
    const [c] = whQuestion(analyzeArticle(text), 1);
    expect(c?.key).toBe('33');
    expect(c?.distractors).toHaveLength(3);
    expect(c?.distractors).not.toContain('33');
  });
});

describe('subjectQuestion', () => {
  const text = (sentence: string) =>
    `${FILLER} The minister Angela Ruiz and the mayor John Carter met the press. ${sentence} ${FILLER}`;

  it.each([
    [
      'On Thursday, Angela Ruiz opened the new bridge over the river Tamar.',
      'Who opened the new bridge over the river Tamar on Thursday?',
    ],
    [
      'The United Nations sent a team of engineers to the valley.',
      'Which organization sent a team of engineers to the valley?',
    ],
    [
      'Angela Ruiz is advising the council on the sale, and John Carter is advising the buyers.',
      'Who is advising the council on the sale?',
    ],
  ])('asks who did it in "%s"', (sentence, prompt) => {
    const prompts = subjectQuestion(analyzeArticle(text(sentence)), 1).map((c) => c.prompt);
    expect(prompts).toContain(prompt);
  });

  it('offers surnames when the key is known by one word', () => {
    const a = analyzeArticle(
      'Johannes Brahms praised the young composer in Vienna. Fritz Simrock published the first set of dances. Josef Suk later married a daughter of the family. Dvořák was born in Nelahozeves, a village north of Prague, in September 1841.',
    );
    const born = subjectQuestion(a, 1).find((c) => c.key === 'Dvořák');
    expect(born?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of born?.distractors ?? []) expect(d).not.toMatch(/\s/);
  });

  it('asks nothing when a second clause follows with its own verb', () => {
    const prompts = subjectQuestion(
      analyzeArticle(
        text('Angela Ruiz earned 8 votes, John Carter earned 6, and the rest went to others.'),
      ),
      1,
    ).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('earned 8'))).toBe(false);
  });
});

describe('number options', () => {
  it('gives a counted figure options that are not round either', () => {
    const text = `${FILLER} The report said 167,515 cases of the disease were found worldwide. ${FILLER}`;
    const cloze = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '167,515');
    expect(cloze?.distractors.every((d) => !/000$/.test(d))).toBe(true);
  });
});

describe('termCloze', () => {
  const text = [
    'Researchers studied three corals on reefs near Fiji in the spring.',
    'The corals were bleached where the water was warm, and the reefs turned white.',
    'P. damicornis and P. cylindrica resisted the warm water better than other corals.',
    'Fish ate the algae on the reefs, and the corals recovered faster after the algae were gone.',
    'The algae release chemicals that harm corals on warm reefs.',
    'Some reefs had no fish at all, and their algae spread quickly over the corals.',
  ].join(' ');

  it('never asks for the second word of a species name, nor offers one', () => {
    const clozes = termCloze(analyzeArticle(text));
    for (const c of clozes) {
      expect(c.key).not.toBe('damicornis');
      expect(c.distractors).not.toContain('damicornis');
    }
  });

  it('offers no word for people in place of a thing, nor things beside an outcome', () => {
    const plant = [
      'The plant lives as a parasite inside the stems and roots of vines of one genus.',
      'Botanists once thought the flower grew from the roots of the host plant itself.',
      'The flowers open slowly, and a female flower must be pollinated by a male flower.',
      'Some botanists have achieved success by grafting infected host vines in a garden.',
      'The flowers smell of rotting meat, and the botanists who study them say so too.',
    ].join(' ');
    const clozes = termCloze(analyzeArticle(plant));
    const roots = clozes.filter((c) => c.key === 'roots');
    expect(roots.length).toBeGreaterThan(0);
    for (const c of roots) expect(c.distractors).not.toContain('botanists');
    for (const c of clozes.filter((c) => c.key === 'success')) expect(c.score).toBeLessThan(1);
  });

  it('offers no everyday noun of another sort, nor one that means the same as the key', () => {
    const crash = [
      'The plane crashed into a hillside in heavy rain, and the carrier suspended its flights.',
      '"The villagers walked through rain and mud in the dark to reach the plane," the commander said.',
      'The aircraft had passed an inspection in January, and the carrier had six aircraft in its fleet.',
      'Low cloud and fog covered the valley, and snow fell on the peaks that year.',
      'The carrier flies to more than 20 airstrips, and its helicopter collected the survivors.',
    ].join(' ');
    const clozes = termCloze(analyzeArticle(crash));
    const rain = clozes.filter((c) => c.key === 'rain');
    expect(rain.length).toBeGreaterThan(0);
    for (const c of rain)
      for (const other of ['carrier', 'plane', 'year', 'aircraft'])
        expect(c.distractors).not.toContain(other);
    const plane = clozes.filter((c) => c.key === 'plane');
    expect(plane.length).toBeGreaterThan(0);
    for (const c of plane) expect(c.distractors).not.toContain('aircraft');
  });

  it('knows the dong for a currency', () => {
    const study = [
      'Each message cost the programme about 300 dong, or one US cent, to send to the patients.',
      'The grant of 4.5 billion dong came from the health department, and the patients kept their phones.',
      'The phones and the messages gave the patients control of their health, the doctors said.',
      'Families in the province kept their phones, and the doctors kept their control over the health data.',
    ].join(' ');
    const clozes = termCloze(analyzeArticle(study));
    for (const c of clozes.filter((c) => c.key === 'dong')) expect(c.distractors).toEqual([]);
    for (const c of clozes) expect(c.distractors).not.toContain('dong');
  });

  it('offers a currency only for a currency, and never for herders or fees', () => {
    const law = [
      'The law lets herders in each district form grazing groups, and herders pay fees per animal.',
      'Fees will range from 200 to 800 tugriks, and households with few animals pay no fees.',
      'The tugriks raised go to pasture funds, and households and herders will elect rangers.',
      'Analysts worry about the naira and the rand, and the naira lost half its value in a year.',
      'Some traders hold cash in rand, and the rand rose in the last quarter, the quarter of records.',
    ].join(' ');
    const clozes = termCloze(analyzeArticle(law));
    for (const c of clozes.filter((c) => c.key !== 'naira' && c.key !== 'rand'))
      for (const money of ['tugriks', 'naira', 'rand']) expect(c.distractors).not.toContain(money);
    for (const c of clozes.filter((c) => c.key === 'naira' || c.key === 'rand'))
      for (const thing of ['cash', 'quarter', 'fees']) expect(c.distractors).not.toContain(thing);
  });
});

describe('termCloze on riders, verbs and generic words', () => {
  const stirrup = [
    'A stirrup is a light frame or loop, usually with a flat base, that hangs from a saddle and holds the foot of a rider.',
    'The earliest foot supports appear in India, where sculpture from around the second century BC shows riders with a loop for the big toe.',
    'A pottery figurine from a tomb near the river, dated to about AD 302, shows a rider with a single loop on one side of the saddle.',
    'Medieval stirrups were iron frames, and the cavalry of the steppe fitted iron stirrups to every saddle.',
    'Paired stirrups give the rider stability, and the cavalry charged with lances held under the arm.',
    'Modern stirrups have hinged sides, and many riders still use saddles of leather on the horse.',
  ].join(' ');

  it('offers no rider or body of riders in place of a thing', () => {
    const clozes = termCloze(analyzeArticle(stirrup));
    const loop = clozes.filter((c) => c.key === 'loop');
    expect(loop.length).toBeGreaterThan(0);
    for (const c of loop)
      for (const w of ['rider', 'cavalry']) expect(c.distractors).not.toContain(w);
  });

  it('takes no verb in -s before its object ("shows a rider") for a term', () => {
    const clozes = termCloze(analyzeArticle(stirrup));
    expect(clozes.filter((c) => c.key === 'riders').length).toBeGreaterThan(0);
    for (const c of clozes) {
      expect(c.key).not.toBe('shows');
      expect(c.distractors).not.toContain('shows');
    }
  });

  it('offers no "move", which could stand in for any key', () => {
    const law = [
      'Lawmakers approved a bill on Tuesday that will require street vendors to register for licences.',
      'The minister told the chamber that the bill gives vendors legal security on every street.',
      '"This bill recognises that vending is work, and that vendors deserve fair rules," the minister said.',
      'Shopkeepers welcomed the move, saying stalls block their doors on the busiest street.',
      'Vendors called the move a threat, and the debate over the street stalls ran past midnight.',
      'The debate ended with a vote, and the bill now goes to the Senate.',
    ].join(' ');
    const bill = termCloze(analyzeArticle(law)).filter((c) => c.key === 'bill');
    expect(bill.some((c) => c.distractors.includes('debate'))).toBe(true);
    for (const c of bill) expect(c.distractors).not.toContain('move');
  });
});

describe('termCloze on islands and directions', () => {
  const charts = [
    'The chain has many atolls, and navigators found the atolls by the swells that the islands bend.',
    'Charts of sticks show the swells, and shells on the sticks mark the atolls and the islands.',
    'One chain lies to the east and the other chain lies to the west, and canoes sailed to the west often.',
    'Navigators read the swells near the islands, and the charts stayed on land while the canoes sailed.',
  ].join(' ');

  it('offers no atoll for an island, nor an island for an atoll, which it is a kind of', () => {
    const text = [
      'The charts modelled the ocean so that navigators could find low-lying atolls that are invisible from a canoe until it is very close.',
      'The chain holds many islands, and swells bend around the islands in patterns.',
      'Sticks show the swells and the patterns they form.',
      'Small shells mark the atolls on a chart, and navigators learned the patterns by heart.',
    ].join(' ');
    const clozes = termCloze(analyzeArticle(text));
    const islands = clozes.filter((c) => c.key === 'islands');
    expect(islands.length).toBeGreaterThan(0);
    for (const c of islands) expect(c.distractors).not.toContain('atolls');
    const atolls = clozes.filter((c) => c.key === 'atolls');
    expect(atolls.length).toBeGreaterThan(0);
    for (const c of atolls) expect(c.distractors).not.toContain('islands');
  });

  it('takes no point of the compass for a term', () => {
    const clozes = termCloze(analyzeArticle(charts));
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) {
      expect(c.key).not.toBe('west');
      expect(c.distractors).not.toContain('west');
    }
  });
});

describe('clozeQuestion on two names of one person', () => {
  it('blanks neither half of "Yusuf/Cat Stevens"', () => {
    const text = [
      'Rock musicians such as Billy Idol and Yusuf/Cat Stevens paid tribute to the guitarist on Tuesday.',
      'Billy Idol called him a genius, and Mike McCready of Pearl Jam praised his solos.',
    ].join(' ');
    const prompts = clozeQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('Billy Idol and _____'))).toBe(false);
    expect(prompts.some((p) => p.includes('_____/'))).toBe(false);
    expect(prompts.some((p) => p.includes('such as _____ and Yusuf'))).toBe(true);
  });
});

describe('clozeQuestion and conversions', () => {
  it('does not blank a number whose conversion stands beside it', () => {
    const text = `${FILLER} Chopin was born in a village about 60 km (37 mi) from the capital city. ${FILLER}`;
    expect(clozeQuestion(analyzeArticle(text), 1).some((c) => c.key === '60')).toBe(false);
  });

  it('blanks neither end of a range whose conversion follows it', () => {
    const text = `${FILLER} An adult has a head and body length of about 30 to 40 cm (12 to 16 in) and a bushy tail. ${FILLER}`;
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('30');
    expect(keys).not.toContain('40');
  });
});

describe('clozeQuestion options', () => {
  it('never offers someone the sentence already names, even by surname', () => {
    const text =
      'Morgan Tsvangirai led the opposition for years. Vladimir Putin sent a message. Julia Gillard spoke in London. Robert Mugabe beat Tsvangirai in the 2008 election, amid reports of fraud.';
    const cloze = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'Robert Mugabe');
    expect(cloze?.distractors.length).toBeGreaterThan(0);
    expect(cloze?.distractors).not.toContain('Morgan Tsvangirai');
  });
});

describe('subjectQuestion on clauses it cannot ask about', () => {
  it.each([
    'Tesco stated its intention to leave the Polish market altogether, Salling its intention to grow its chain.',
    'Van Halen was a native of the Netherlands, eventually relocating to Pasadena in California.',
  ])('asks no organization question from "%s"', (sentence) => {
    const text = `${FILLER} ${sentence} The band Van Halen and the retailer Tesco were named again. ${FILLER}`;
    const prompts = subjectQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('Which organization'))).toBe(false);
  });
});

describe('clozeQuestion on an organization that stands for a person', () => {
  it('asks no blank on a band name whose sentence speaks of a person', () => {
    const text = `${FILLER} The guitarist joined the US rock band Van Halen in 1972. Van Halen had been previously diagnosed with tongue cancer as early as 2000. ${FILLER}`;
    const prompts = clozeQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('_____ had been previously diagnosed'))).toBe(false);
  });
});

describe('clozeQuestion after "the"', () => {
  it('offers only countries that also take "the" for "The _____"', () => {
    const a = analyzeArticle(
      [
        'France first tried to build the canal through what was then Colombia.',
        'The United States, under President Theodore Roosevelt, then took up the project.',
        'Panama declared independence from Colombia in 1903.',
      ].join(' '),
    );
    const blanks = clozeQuestion(a, 1).filter((c) => c.key === 'United States');
    expect(blanks.length).toBeGreaterThan(0);
    for (const c of blanks)
      expect(
        c.distractors.every((d) =>
          /(?:States|Kingdom|Republic|Union|Netherlands|Philippines)$/.test(d),
        ),
      ).toBe(true);
  });
});

describe('clozeQuestion on a short form the sentence spells out', () => {
  it('blanks no acronym whose letters open the words before it', () => {
    const a = analyzeArticle(
      [
        'Trade in the species is banned under the Convention on International Trade in Endangered Species of Wild Fauna and Flora, known as CITES.',
        'The monitoring group TRAFFIC counted 79 seizures, and the agency NOAA tracked the ships.',
      ].join(' '),
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'CITES')).toBe(false);
    expect(clozeQuestion(a, 1).some((c) => c.key === 'TRAFFIC')).toBe(true);
  });
});

describe('whQuestion on a negative subject', () => {
  it('asks nothing of "None of …", whose sense a question would turn around', () => {
    const prompts = promptsFor('None of the paintings measures more than 60 centimeters across.');
    expect(prompts.some((p) => /none/i.test(p))).toBe(false);
  });
});

describe('clozeQuestion on a people word standing for one person', () => {
  it('blanks no "the Bulgarian, who …" that means a player named before', () => {
    const text = `${FILLER} But the Bulgarian, who reached the world No. 2 spot last autumn, adjusted in the second set. ${FILLER}`;
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('Bulgarian');
  });

  it('still blanks a people named as a whole', () => {
    const text = `${FILLER} The treaty was signed at a royal palace, and the French ceded Canada to Britain in 1763. ${FILLER}`;
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).toContain('French');
  });
});

describe('whQuestion on a distance and the way it runs', () => {
  it('keeps where a distance runs from and to', () => {
    const prompts = promptsFor(
      'Ships can travel about 2,400 kilometres upstream from the Black Sea to Kelheim in Bavaria.',
    );
    expect(prompts).toContain(
      'About how many kilometres can ships travel upstream from the Black Sea to Kelheim in Bavaria?',
    );
  });

  it('asks nothing when the ending that says where is too long to keep', () => {
    const prompts = promptsFor(
      'The ferry sails 120 kilometres from the island to the mainland port of Split.',
    );
    expect(prompts.some((p) => /^About how many kilometres|^How many kilometres/.test(p))).toBe(
      false,
    );
  });
});

describe('whQuestion on a rate or a scaled figure', () => {
  it('keeps the rate a figure is given at', () => {
    expect(
      promptsFor(
        'An adult may consume around 150 kilograms of vegetation a day and rest at night.',
      ),
    ).toContain('About how many kilograms of vegetation may an adult consume a day?');
  });

  it('names the scale of a figure given in millions', () => {
    expect(promptsFor('The firm sold 2.5 million cars in Europe.')).toContain(
      'How many million cars did the firm sell in Europe?',
    );
  });

  it('finds a question on "the country" leaning on an earlier sentence', () => {
    const prompts = promptsFor('The country counted 19.87 million residents on census day.');
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => pointsBack(p))).toBe(true);
  });
});

describe('clozeQuestion on a people or country whose stem the sentence gives', () => {
  it.each([
    [
      'Defeat by the Seljuk Turks at Manzikert in 1071 opened Anatolia to Turkish settlement.',
      'Turkish',
    ],
    ['Basil II, known as the "Bulgar-Slayer", annexed Bulgaria and died in 1025.', 'Bulgaria'],
  ])("ranks the blank below the sentence's other blanks: %s", (sentence, key) => {
    const blanks = clozeQuestion(analyzeArticle(`${FILLER} ${sentence} ${FILLER}`), 1);
    const easy = blanks.find((c) => c.key === key);
    const others = blanks.filter((c) => c.key !== key);
    expect(others.length).toBeGreaterThan(0);
    expect(easy).toBeDefined();
    for (const c of others) expect(easy?.score ?? Infinity).toBeLessThan(c.score);
  });
});

describe('whQuestion on a multiplier and a plural subject', () => {
  it('asks no how-many of "three times its own weight"', () => {
    expect(
      promptsFor('A snow leopard can kill prey up to about three times its own weight.'),
    ).toEqual([]);
  });

  it('writes an opening plural noun in lower case inside the question', () => {
    expect(promptsFor('Divers recovered 214 objects during four seasons of excavation.')).toContain(
      'How many objects did divers recover during four seasons of excavation?',
    );
  });
});

describe('whQuestion on a count joined to a second figure in words', () => {
  it('leaves out the clause of the second figure', () => {
    expect(
      promptsFor(
        'At least 27 people were injured and six remained missing, including four fishermen.',
      ),
    ).toContain('At least how many people were injured?');
  });
});

describe('roleQuestion on titles', () => {
  const rolesOf = (text: string): string[] =>
    roleQuestion(analyzeArticle(`${FILLER} ${text} ${FILLER}`), 1).map((c) => c.prompt);

  it('asks for no "later king", a title that only says when', () => {
    const text =
      'Angkor was sacked in 1177, and the later king Jayavarman VII built a new capital to the north. The French naturalist Henri Mouhot wrote about the site in 1860.';
    expect(rolesOf(text).some((p) => /later king/.test(p))).toBe(false);
  });

  it('keeps the whole title that opens a sentence ("Social Welfare Secretary")', () => {
    const text =
      'Social Welfare Secretary Carmela Ocampo said the government had released 850 million pesos. Liza Manalo, a spokeswoman for the grid operator, said power was back.';
    expect(rolesOf(text)).toContain(
      'According to the article, who is the Social Welfare Secretary?',
    );
  });
});

describe('clozeQuestion on a name the article also credits elsewhere', () => {
  it('offers no body that the title says did the same to the same one', () => {
    const text = [
      'EU fines Norveda 1.38 billion euros over app store rules',
      '',
      'The European Commission fined U.S. technology group Norveda 1.38 billion euros on Tuesday over its app store rules.',
      'Norveda, whose phones make up 41% of those sold in the European Union (EU), said it would appeal.',
      'The Federal Trade Commission and the General Court in Luxembourg are watching the case.',
    ].join('\n');
    const blank = clozeQuestion(analyzeArticle(text), 0).find(
      (c) => c.key === 'European Commission',
    );
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors).not.toContain('European Union');
  });

  it('offers no surname the key was born with ("Ross" for Tubman, born Araminta Ross)', () => {
    const text = [
      'Harriet Tubman (born Araminta Ross, c. 1822 - March 10, 1913) was an American abolitionist.',
      'She was one of nine children of Harriet Green and Ben Ross.',
      'She worked with William Still and Thomas Garrett, and she knew Susan B. Anthony.',
      'In 1849 Tubman fled north on foot to Philadelphia.',
    ].join(' ');
    const a = analyzeArticle(text);
    const blank = clozeQuestion(a, 3).find((c) => c.key === 'Tubman');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors).not.toContain('Ross');
  });
});

describe('questions on a sentence with a second clause, a rate, or the entry itself', () => {
  it('leaves out a second clause about "his" remains', () => {
    const prompts = subjectQuestion(
      analyzeArticle(
        `${FILLER} Louis Pasteur died at Marnes-la-Coquette, near Paris, and his remains were placed in a crypt. ${FILLER}`,
      ),
      1,
    ).map((c) => c.prompt);
    expect(prompts).toContain('Who died at Marnes-la-Coquette, near Paris?');
  });

  it('asks no subject question of a name that describes the subject ("Aurelis shares rose")', () => {
    const text = `${FILLER} German carmaker Aurelis Motors said on Wednesday it would invest 3.2 billion euros in a plant. Aurelis shares rose 1.8 percent in Frankfurt trading on Wednesday. ${FILLER}`;
    const prompts = subjectQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /shares rose/.test(p))).toBe(false);
  });

  it('keeps the rate of a unit ("per cubic metre")', () => {
    expect(
      promptsFor(
        'Concentrations of fine particles averaged 214 micrograms per cubic metre over 24 hours.',
      ),
    ).toContain(
      'How many micrograms per cubic metre did concentrations of fine particles average over 24 hours?',
    );
  });

  it('neither blanks nor asks for what an entry is about', () => {
    const text = [
      'Parthenon',
      '',
      'The Parthenon is a former temple on the Acropolis of Athens, dedicated to the goddess Athena.',
      'The Parthenon was converted into a church and later into a mosque in Athens, not in Sparta.',
      'The architects Ictinus and Callicrates worked with the sculptor Phidias.',
    ].join('\n');
    const a = analyzeArticle(text);
    const keys = [...clozeQuestion(a, 1), ...subjectQuestion(a, 1)].map((c) => c.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('Parthenon');
  });
});

describe("questions on a club and on a firm's shares", () => {
  it('keeps a club\'s letters in a title ("AS FAR coach")', () => {
    const text = `${FILLER} AS FAR coach Lamia Haddad said her side had been punished for wasting chances. Bayelsa coach Moses Aliu said his squad had practised penalties. ${FILLER}`;
    const prompts = roleQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain('According to the article, who is the AS FAR coach?');
  });

  it('asks no "when" question that reads a firm\'s shares as its verb', () => {
    const text = `${FILLER} German carmaker Aurelis Motors said on Wednesday it would invest 3.2 billion euros in a plant. Aurelis shares rose 1.8 percent in Frankfurt trading on Wednesday. ${FILLER}`;
    const prompts = whQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /aurelis share/i.test(p))).toBe(false);
  });
});

describe('questions on date ranges, lengths, paired titles and an entry about a person', () => {
  it('asks no "which month" of one month of two', () => {
    const prompts = promptsFor(
      'In September and October 1835 the Beagle visited the Galápagos Islands, where finches varied.',
    );
    expect(prompts.some((p) => /which month/.test(p))).toBe(false);
  });

  it('keeps the way a length runs ("metres long")', () => {
    expect(
      promptsFor('The amphitheatre measures about 189 metres long and 156 metres wide.'),
    ).toContain('About how many metres long does the amphitheatre measure?');
  });

  it('keeps both fields of a title that opens a sentence', () => {
    const text = `${FILLER} Tourism and Antiquities Minister Hassan Abdel-Rahman described the find as important. Team leader Nadia el-Sherif, a professor at Cairo University, said the lid would stay on. ${FILLER}`;
    const prompts = roleQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain(
      'According to the article, who is the Tourism and Antiquities Minister?',
    );
  });

  it('blanks no surname of the person an entry is about', () => {
    const text = [
      'Charles Darwin',
      '',
      'Charles Robert Darwin (12 February 1809 - 19 April 1882) was an English naturalist.',
      'After his return Darwin settled in London and met Charles Lyell and Joseph Hooker.',
      'Darwin corresponded with Alfred Russel Wallace, who worked in the Malay Archipelago.',
    ].join('\n');
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => /Darwin/.test(k))).toEqual([]);
  });
});

describe('a quotation after a clause about where the speaker sat', () => {
  it('gives the words to the speaker, not to the place', () => {
    const text = `${FILLER} Federation president Marco Bellini, who watched from the Royal Box, called the result "a historic day for our sport" on Saturday. ${FILLER}`;
    const quote = analyzeArticle(text).quotes[0];
    expect(quote?.speaker).toBe('person:marco bellini');
  });
});

describe('a date that describes the subject', () => {
  it('asks no "which day" of "Saturday\'s game"', () => {
    const prompts = promptsFor(
      "Saturday's game peaked at about 1.6 million viewers, nearly 30 percent of the population.",
    );
    expect(prompts.some((p) => /which day/i.test(p))).toBe(false);
  });
});

describe('whQuestion and subjectQuestion on what a question must name', () => {
  it('asks no wh-question that says "him" for someone it does not name', () => {
    expect(promptsFor('Around 450 works are attributed to him, of which 240 survive.')).toEqual([]);
  });

  it('leaves out a second clause whose subject is a common noun', () => {
    const text = `${FILLER} President Franklin D. Roosevelt dedicated the dam on 30 September 1935, and the structure was handed over to the government on 1 March 1936. ${FILLER}`;
    const prompts = subjectQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain('Who dedicated the dam on 30 September 1935?');
    expect(prompts.some((p) => /handed over/.test(p))).toBe(false);
  });

  it('leaves out a second clause whose subject has no "the"', () => {
    const text = `${FILLER} Botswana holds the largest population of African elephants on the continent, and large numbers gather in the delta during the dry season. ${FILLER}`;
    const prompts = subjectQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain(
      'Which country holds the largest population of African elephants on the continent?',
    );
  });
});
