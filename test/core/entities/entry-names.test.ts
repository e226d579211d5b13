import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import type { NamedEntity } from '../../../src/core/analyze/analysis-types.ts';

const entities = (text: string): NamedEntity[] => [...analyzeArticle(text).entities.values()];
const named = (text: string, name: string): NamedEntity | undefined =>
  entities(text).find((e) => e.name === name);

describe('the person an encyclopedia entry opens with', () => {
  const meitner = [
    'Lise Meitner (7 November 1878 – 27 October 1968) was an Austrian-born physicist.',
    'Meitner was born in Vienna; her father, Philipp Meitner, was a lawyer.',
    'Hahn described the result to Meitner by letter.',
  ].join(' ');

  it('reads a name before the dates of a life as a person, though the tagger does not know it', () => {
    expect(named(meitner, 'Lise Meitner')?.type).toBe('person');
  });

  it('takes a surname the entry shares with a relative for the person it is about', () => {
    const lise = named(meitner, 'Lise Meitner');
    expect(lise?.mentions.filter((m) => m.text === 'Meitner')).toHaveLength(2);
    expect(named(meitner, 'Philipp Meitner')?.mentions).toHaveLength(1);
  });

  it('reads a ruler with a number and a circa date as one person, in one sentence', () => {
    const a = analyzeArticle(
      'Suleiman I (c. 1494 – 6 September 1566) was the tenth sultan. Suleiman was born in Trabzon.',
    );
    expect(a.segmented.sentences[0]?.normalized).toMatch(/^Suleiman I \(c\. 1494/);
    const suleiman = [...a.entities.values()].find((e) => e.name === 'Suleiman I');
    expect(suleiman?.type).toBe('person');
    expect(suleiman?.mentions.map((m) => m.text)).toContain('Suleiman');
  });
});

describe('rulers known by a number', () => {
  it('keeps the number in the short form, so no option reads "V"', () => {
    const text =
      'Suleiman formed an alliance with Francis I of France, a rival of the emperor Charles V.';
    expect(named(text, 'Charles V')?.short).toBe('Charles V');
    expect(named(text, 'Francis I')?.type).toBe('person');
  });
});

describe('titles and names', () => {
  it('splits a title whose middle word is no role word from the name after it', () => {
    const text =
      'Chief Financial Officer Raj Venkataraman said the restructuring would save $310 million.';
    const cfo = named(text, 'Raj Venkataraman');
    expect(cfo?.type).toBe('person');
    const role = cfo?.roles[0];
    expect(role && text.slice(role.start, role.end)).toBe('Chief Financial Officer');
  });

  it('splits a title from a name with a lower-case particle', () => {
    const text = 'Culture State Secretary Pieter van Asselt said the mask would go home.';
    const secretary = named(text, 'Pieter van Asselt');
    expect(secretary?.type).toBe('person');
    const role = secretary?.roles[0];
    expect(role && text.slice(role.start, role.end)).toBe('Culture State Secretary');
  });

  it('drops a city people word before a name ("the Genoese Andrea Doria")', () => {
    const text = 'Barbarossa defeated a fleet commanded by the Genoese Andrea Doria at Preveza.';
    expect(named(text, 'Andrea Doria')?.type).toBe('person');
  });

  it('reads the owner of an institute as a person', () => {
    const text = "She took a position at Manne Siegbahn's institute in Stockholm in 1938.";
    expect(named(text, 'Manne Siegbahn')?.type).toBe('person');
  });
});

describe('names that are not people', () => {
  it('reads an institute named after an emperor, with what it studies, as an organization', () => {
    const text = 'The Kaiser Wilhelm Institute for Chemistry opened in Berlin-Dahlem in 1912.';
    expect(named(text, 'Kaiser Wilhelm Institute for Chemistry')?.type).toBe('organization');
  });

  it('keeps "and" inside the name of a public body that pairs two topics', () => {
    const text = 'The Food and Drug Administration approved the vaccine, officials said.';
    expect(named(text, 'Food and Drug Administration')?.type).toBe('organization');
    expect(named(text, 'Drug Administration')).toBeUndefined();
  });

  it('keeps "and" inside the name of a law that pairs two topics, and reads it as no body', () => {
    const text =
      'Killing one is punishable under the Wildlife Resources Conservation and Protection Act of 2001 by a fine.';
    expect(named(text, 'Wildlife Resources Conservation')).toBeUndefined();
    expect(named(text, 'Protection Act')).toBeUndefined();
  });

  it('keeps two countries joined by "and" apart', () => {
    const text = 'Talks between Russia and Syria resumed in Geneva on Monday.';
    expect(named(text, 'Russia')?.type).toBe('place');
    expect(named(text, 'Syria')?.type).toBe('place');
  });

  it('reads a town named with "upon" or "am" as one place', () => {
    const text = 'The train from Newcastle upon Tyne reached Frankfurt am Main by night.';
    expect(named(text, 'Newcastle upon Tyne')?.type).toBe('place');
    expect(named(text, 'Frankfurt am Main')?.type).toBe('place');
  });

  it('reads a place named in Spanish after its kind as a place', () => {
    const text = 'A rock painting in the Cuevas de la Araña near Valencia, Spain, shows a figure.';
    expect(named(text, 'Cuevas de la Araña')?.type).toBe('place');
  });

  it('keeps a middle name, alone elsewhere, the place it names', () => {
    const text = [
      'Panamanian separatists, encouraged by Washington, declared independence in 1903.',
      'In 1907 Stevens was replaced by George Washington Goethals, an army officer.',
    ].join(' ');
    const goethals = named(text, 'George Washington Goethals');
    expect(goethals?.mentions).toHaveLength(1);
    expect(entities(text).find((e) => e.name === 'Washington')?.type).toBe('place');
  });
});

describe('buildings named after a saint or with their kind', () => {
  it('keeps "St. Aidan\'s General Hospital" one name, and no person "Aidan"', () => {
    const text = "Picket lines formed outside St. Aidan's General Hospital shortly before 7 a.m.";
    expect(named(text, "St. Aidan's General Hospital")).toBeDefined();
    expect(entities(text).some((e) => e.type === 'person')).toBe(false);
  });

  it('reads an abbey as a place', () => {
    const text = 'Her family declined the offer of a burial in Westminster Abbey in August 1910.';
    expect(named(text, 'Westminster Abbey')?.type).toBe('place');
  });
});

describe('names around a nickname', () => {
  it('offers neither half of a name split by a quoted nickname as a name', () => {
    const text =
      'Ada was the only child of the poet Lord Byron and his wife, Anne Isabella ("Annabella") Milbanke.';
    expect(named(text, 'Anne Isabella')).toBeUndefined();
    expect(named(text, 'Milbanke')).toBeUndefined();
  });
});

describe('venues and places named elsewhere', () => {
  it('reads a showground or a stadium after a city as a place, not a person', () => {
    const text =
      'Centres opened at the Adelaide Showground, and the final was played at Japan National Stadium.';
    expect(named(text, 'Adelaide Showground')?.type).toBe('place');
    expect(named(text, 'Japan National Stadium')?.type).toBe('place');
  });

  it('reads a name the article shows to be a place as that place in a bare list too', () => {
    const text = [
      'Denmark granted the towns control of several fortresses on the coast of Scania for 15 years.',
      'Ships carried stockfish from Bergen; herring from Scania; salt from Lüneburg.',
    ].join(' ');
    expect(named(text, 'Scania')?.mentions).toHaveLength(2);
  });

  it('reads a place the article calls a city as a city', () => {
    const text = 'The city of Lübeck, founded in 1143, became the leading member of the league.';
    expect(named(text, 'Lübeck')?.subtype).toBe('city');
  });
});

describe('lower-case roles', () => {
  it('ends a role at a preposition the tagger takes for a noun ("shot low past goalkeeper")', () => {
    const text =
      'Ferreira cut inside from the left and shot low past goalkeeper Yuto Nakagawa in the final.';
    const keeper = named(text, 'Yuto Nakagawa');
    const role = keeper?.roles[0];
    expect(role && text.slice(role.start, role.end)).toBe('goalkeeper');
  });
});

describe('names in Spanish and names of bodies', () => {
  const text = [
    'Two chains, Supermercados Andina and Mercado Austral, agreed to merge on Monday.',
    'Austral, founded in 1961 as a shop in Puerto Montt, is strongest in the south.',
    "Andina's chief executive will lead the company from Las Condes, in eastern Santiago.",
    "Austral's shares jumped 11.6 percent on the Santiago Stock Exchange.",
  ].join(' ');

  it('reads a firm named with a Spanish head word as a firm, also known without it', () => {
    expect(named(text, 'Mercado Austral')?.type).toBe('organization');
    expect(named(text, 'Mercado Austral')?.mentions.length).toBeGreaterThanOrEqual(3);
    expect(named(text, 'Supermercados Andina')?.aliases.has('andina')).toBe(true);
  });

  it('reads Spanish place names and a stock exchange by their kind', () => {
    expect(named(text, 'Puerto Montt')?.type).toBe('place');
    expect(named(text, 'Las Condes')?.type).toBe('place');
    expect(named(text, 'Santiago Stock Exchange')?.type).toBe('organization');
  });

  it('reads a body after a title word as the body ("UN General Assembly")', () => {
    const un = 'The committee has held observer status at the UN General Assembly since 1990.';
    expect(named(un, 'UN General Assembly')?.type).toBe('organization');
  });

  it('reads no person in a possessive or in an event named after a people', () => {
    const text2 =
      "In 1943 the court invalidated several of Guglielmo Marconi's key radio patents, long after the Norman Conquest of England.";
    expect(named(text2, 'Guglielmo Marconi')?.type).not.toBe('organization');
    expect(named(text2, 'Norman Conquest')).toBeUndefined();
  });
});

describe('a person known by one word', () => {
  const alhazen = [
    'Alhazen, known in Arabic as Abu Ali al-Hasan, was an Arab mathematician and astronomer of the medieval period.',
    'He was born around 965 in the city of Basra.',
    'Later in life he moved to Cairo, where the caliph al-Hakim ruled.',
    'His best-known book dealt with light and vision.',
    'Scholars in Europe later read Alhazen in Latin translation.',
    'Alhazen died in Cairo around 1040.',
  ].join('\n\n');

  it('reads the one word an entry opens with as a person when the entry says what the person did', () => {
    const person = named(alhazen, 'Alhazen');
    expect(person?.type).toBe('person');
    expect(person?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('takes the name the person is "known in Arabic as" for the same person, and keeps the one word', () => {
    const person = named(alhazen, 'Alhazen');
    expect(person?.aliases.has('abu ali al-hasan')).toBe(true);
    expect(person?.short).toBe('Alhazen');
  });

  it('reads "born around 965" as a year', () => {
    const a = analyzeArticle(alhazen);
    const q = a.quantities[1]?.find((x) => x.value === 965);
    expect(q?.kind).toBe('year');
  });

  it("reads no body described by a doer's word as a person", () => {
    const text =
      'Norvald is a Norwegian producer of frozen fish. It sells in twenty countries, and Norvald shares rose on Monday.';
    expect(named(text, 'Norvald')?.type).not.toBe('person');
  });
});

describe('options for an early year', () => {
  it('writes a year after 999 without a thousands separator', () => {
    const text =
      'Alhazen, known in Arabic as Abu Ali al-Hasan, was an Arab mathematician. Alhazen was born around 990 in the city of Basra. Scholars later read Alhazen in Latin. The city grew in 1040.';
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '990');
    expect(blank?.distractors.length).toBeGreaterThan(0);
    for (const option of blank?.distractors ?? []) expect(option).toMatch(/^\d{3,4}$/);
  });
});
