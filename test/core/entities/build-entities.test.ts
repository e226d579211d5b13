import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';

const places = (text: string): string[][] =>
  [...analyzeArticle(text).entities.values()]
    .filter((e) => e.type === 'place')
    .map((e) => [...e.aliases].sort());

describe('one river or lake under several names', () => {
  it('makes "Paraná River", "Rio Paraná", "Río Paraná" and "the Paraná" one place', () => {
    const text = [
      'The Paraná River (Portuguese: Rio Paraná; Spanish: Río Paraná) is a major river of South America.',
      'The Paraná begins in Brazil and later receives the Paraguay River near Corrientes.',
    ].join(' ');
    const river = places(text).find((aliases) => aliases.includes('paraná river'));
    expect(river).toEqual(['paraná', 'paraná river', 'rio paraná', 'río paraná']);
  });

  it('makes "Lake Constance" and "Constance Lake" one place', () => {
    const text =
      'Lake Constance lies on the Rhine near Bregenz. Fishermen on Constance Lake caught perch in May.';
    const lake = places(text).find((aliases) => aliases.includes('lake constance'));
    expect(lake).toEqual(['constance lake', 'lake constance']);
  });

  it('keeps a country apart from the river named after it', () => {
    const text =
      'The Paraguay River flows through Paraguay. Farmers in Paraguay sell soy along the Paraguay River.';
    const all = places(text);
    expect(all).toContainEqual(['paraguay river']);
    expect(all.find((aliases) => aliases.includes('paraguay'))).not.toContain('paraguay river');
  });
});

describe('a town named like its river', () => {
  it('keeps "the city of Paraná" apart from the river Paraná', () => {
    const text = [
      'The Paraná River (Portuguese: Rio Paraná) is a major river of South America.',
      'It flows past Santa Fe and the city of Paraná, capital of Entre Ríos Province.',
    ].join(' ');
    const city = [...analyzeArticle(text).entities.values()].find(
      (e) => e.type === 'place' && e.name === 'Paraná',
    );
    expect(city?.mentions.map((m) => m.text)).toEqual(['Paraná']);
  });
});

describe('organizations in a list', () => {
  it('keeps two organizations side by side apart, as no gloss of each other', () => {
    const text = 'It holds an equal stake with the BBC, ITV, Channel 4 and National Grid Wireless.';
    const organizations = [...analyzeArticle(text).entities.values()]
      .filter((e) => e.type === 'organization')
      .map((e) => [...e.aliases].sort());
    expect(organizations).toContainEqual(['bbc']);
    expect(organizations).toContainEqual(['itv']);
  });
});

describe('a surname with a particle', () => {
  it('shortens "Augustus De Morgan" to "De Morgan" and "Pieter van der Merwe" to "van der Merwe", but "Juan de Garay" to "Garay"', () => {
    const a = analyzeArticle(
      'Her tutor was the logician Augustus De Morgan. Later De Morgan praised her. The explorer Juan de Garay founded Santa Fe.',
    );
    const short = (name: string) => [...a.entities.values()].find((e) => e.name === name)?.short;
    expect(short('Augustus De Morgan')).toBe('De Morgan');
    expect(short('Juan de Garay')).toBe('Garay');
    const b = analyzeArticle(
      'Its senior climatologist, Dr. Pieter van der Merwe, said forecasts were weak. Van der Merwe said rain was unlikely.',
    );
    const merwe = [...b.entities.values()].find((e) => e.aliases.has('pieter van der merwe'));
    expect(merwe?.short).toBe('van der Merwe');
  });
});

describe('a Spanish surname of two words', () => {
  it('shortens "Pedro Cieza de León" to "Cieza de León", not "León"', () => {
    const a = analyzeArticle(
      'According to Spanish chroniclers such as Pedro Cieza de León, the cords recorded censuses. Later writers agreed.',
    );
    const cieza = [...a.entities.values()].find((e) => e.name === 'Pedro Cieza de León');
    expect(cieza?.short).toBe('Cieza de León');
  });
});

describe('a body and the short name it is known as', () => {
  it('makes one body of a name and the initials after "known as"', () => {
    const text =
      'The state-owned Costa Rican Electricity Institute, known as ICE, has dominated the sector. ICE said it respected the decision.';
    const bodies = [...analyzeArticle(text).entities.values()].filter(
      (e) => e.type === 'organization',
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.aliases.has('ice')).toBe(true);
  });
});

describe('capitals that name no body', () => {
  const names = (text: string): string[] =>
    [...analyzeArticle(text).entities.values()].map((e) => e.name);

  it('takes no short form of a thing for a body, in any sentence', () => {
    const text = [
      'In 1959 two engineers at Bell Labs built the first metal-oxide-semiconductor field-effect transistor, or MOSFET.',
      'The MOSFET allowed many transistors to be made on one chip, and Intel later built on it.',
    ].join(' ');
    expect(names(text)).not.toContain('MOSFET');
    expect(names(text)).toContain('Bell Labs');
  });

  it('takes no code before a number for a body', () => {
    const text =
      'Patients were given either the experimental drug, an inhibitor known as TX-208, or a placebo at the World Health Organization clinic.';
    expect(names(text)).not.toContain('TX');
  });

  it('keeps the initials a named body is known by', () => {
    const text =
      "The deal needs approval from Chile's competition authority, the Fiscalía Nacional Económica (FNE), whose review can last months. The FNE said it would decide soon.";
    expect([...analyzeArticle(text).entities.values()].some((e) => e.aliases.has('fne'))).toBe(
      true,
    );
  });
});

describe('initials after a body named in common words', () => {
  it('keeps "INE" after "the statistics institute (" a body', () => {
    const text =
      "Unemployment fell to 8.1 percent in March, the country's statistics institute (INE) said on Friday. The INE publishes the figures every month.";
    const ine = [...analyzeArticle(text).entities.values()].find((e) => e.aliases.has('ine'));
    expect(ine?.type).toBe('organization');
  });
});

describe('a town whose name opens with a title', () => {
  const people = (text: string): string[] =>
    [...analyzeArticle(text).entities.values()]
      .filter((e) => e.type === 'person')
      .map((e) => e.name);

  it('reads "General Santos City" as a town, not a person', () => {
    const text =
      'Gas leaked from a cannery in General Santos City early on Thursday. General Santos, a city of about 700,000 people, lies on Sarangani Bay.';
    expect(people(text)).toEqual([]);
    expect(places(text).flat()).toContain('general santos city');
  });

  it('still reads a governor who is "a town councillor" as a person', () => {
    expect(people('Governor Paul Smith, a town councillor for years, spoke on Monday.')).toEqual([
      'Paul Smith',
    ]);
  });

  it('still reads a general before a personal name as a person', () => {
    expect(people('General Maria Santos inspected the troops on Thursday.')).toEqual([
      'Maria Santos',
    ]);
  });
});

describe('a name rendered in another language in brackets', () => {
  it('names no one', () => {
    const text =
      'The Treaty of Waitangi (in Maori, Te Tiriti o Waitangi) was signed in 1840. The missionary Henry Williams translated the text.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).not.toContain('Te Tiriti');
    expect(names).toContain('Henry Williams');
  });

  it('keeps names in brackets that open with a place, not a language', () => {
    const text =
      'The painting was sold at Sotheby (in London, where the dealer John Hartley bid for it) in May.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).toContain('John Hartley');
  });
});

describe('a name joined by a particle', () => {
  it('keeps "Ngola Kilombo kia Kasenda" one person', () => {
    const text =
      'Her father was the king Ngola Kilombo kia Kasenda, who ruled Ndongo for many years.';
    const names = [...analyzeArticle(text).entities.values()]
      .filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(names).toEqual(['Ngola Kilombo kia Kasenda']);
  });
});

describe('names written surname first', () => {
  const text = [
    'Lim Chee Keong, the finance director of Meranti Bank, said profit rose 12% in the quarter.',
    'Tan Wei Ling, an analyst at Kenanga Securities, said the rise was strong.',
    'Lim said the bank would hire 400 staff next year. Tan said costs were rising.',
  ].join(' ');
  const people = (): { name: string; short: string }[] =>
    [...analyzeArticle(text).entities.values()]
      .filter((e) => e.type === 'person')
      .map(({ name, short }) => ({ name, short }));

  it('keeps an everyday-word surname that opens a sentence in the name ("Tan Wei Ling")', () => {
    expect(people()).toContainEqual({ name: 'Tan Wei Ling', short: 'Tan' });
  });

  it('shortens a name written surname first to its surname, even one never used alone', () => {
    const text =
      "The Qing delegation was headed by Songgotu and by Tong Guogang, the emperor's uncle, in 1689.";
    const uncle = [...analyzeArticle(text).entities.values()].find(
      (e) => e.name === 'Tong Guogang',
    );
    expect(uncle?.short).toBe('Tong');
  });

  it('shortens such a name to the surname the article uses alone ("Lim")', () => {
    expect(people()).toContainEqual({ name: 'Lim Chee Keong', short: 'Lim' });
  });
});

describe('a firm named for its trade', () => {
  it('reads "Seri Mutiara Healthcare" as a firm and "Seri Mutiara" as its short name', () => {
    const text = [
      'Seri Mutiara Healthcare, one of the largest hospital operators, reported a rise in profit.',
      'Shares of Seri Mutiara rose 6% to 7.15 ringgit by the close of trading on Friday.',
    ].join(' ');
    const firm = [...analyzeArticle(text).entities.values()].find((e) =>
      e.aliases.has('seri mutiara'),
    );
    expect(firm?.type).toBe('organization');
    expect(firm?.name).toBe('Seri Mutiara Healthcare');
  });
});

describe("a peer's title", () => {
  it('makes "Frederic Thesiger, 2nd Baron Chelmsford" one person, known by the word used alone', () => {
    const text = [
      'The commander, Lieutenant-General Frederic Thesiger, 2nd Baron Chelmsford, divided his army.',
      'Before dawn Chelmsford rode out with half the column.',
      'Later Chelmsford defeated the army at Ulundi, and Wolseley arrived in July.',
    ].join(' ');
    const people = [...analyzeArticle(text).entities.values()].filter((e) => e.type === 'person');
    const general = people.find((e) => e.name === 'Frederic Thesiger');
    expect(general?.aliases.has('baron chelmsford')).toBe(true);
    expect(general?.short).toBe('Chelmsford');
    expect(people.filter((e) => e.aliases.has('chelmsford'))).toHaveLength(1);
  });
});

describe('names in a headline written in sentence case', () => {
  it('keeps a firm whole where a sentence opens with its name', () => {
    const text = [
      'Thai tyre maker Siam Rubberworks raises 6.4 billion baht in biggest listing of the year',
      '',
      'Siam Rubberworks, a tyre manufacturer based in Rayong, made its debut on the stock exchange on Thursday.',
    ].join('\n');
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).toContain('Siam Rubberworks');
    expect(names).not.toContain('Rubberworks');
  });
});

describe('a name given with "known as"', () => {
  it('makes "Mariam al-Ijliya, known as al-Asturlabi" one person', () => {
    const text =
      'In the same century Mariam al-Ijliya, known as al-Asturlabi, built astrolabes for the court of Sayf al-Dawla in Aleppo.';
    const people = [...analyzeArticle(text).entities.values()].filter((e) => e.type === 'person');
    expect(people.find((e) => e.name === 'Mariam al-Ijliya')?.aliases.has('asturlabi')).toBe(true);
    expect(people.filter((e) => e.aliases.has('asturlabi'))).toHaveLength(1);
  });
});
