import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import type { Analysis, NamedEntity } from '../../../src/core/analyze/analysis-types.ts';

const seed = readFileSync(
  new URL('../../../seeds/russia-airstrikes-syria.txt', import.meta.url),
  'utf8',
);
const analysis = analyzeArticle(seed);

function entityNamed(a: Analysis, alias: string): NamedEntity | undefined {
  return [...a.entities.values()].find((e) => e.aliases.has(alias.toLowerCase()));
}

describe('analyzeArticle on the seed article', () => {
  it.each([
    ['Carter Ash', 'person'],
    ['John Kerry', 'person'],
    ['Sergey Lavrov', 'person'],
    ['Bashar al-Assad', 'person'],
    ['Syrian National Coalition', 'organization'],
    ['Syrian Observatory for Human rights', 'organization'],
    ['Russian Defense Ministry', 'organization'],
    ['Syria', 'place'],
    ['United States', 'place'],
    ['Wednesday', 'date'],
  ])('finds %s as a %s', (name, type) => {
    expect(entityNamed(analysis, name)?.type).toBe(type);
  });

  it.each([
    ['Lavrov', 'Sergey Lavrov'],
    ['Kerry', 'John Kerry'],
    ['Assad', 'Bashar al-Assad'],
    ['Carter', 'Carter Ash'],
    ['U.S.', 'United States'],
  ])('clusters "%s" with "%s"', (alias, full) => {
    expect(entityNamed(analysis, alias)?.name).toBe(full);
  });

  it('splits the role from the name in "U.S. Defense Secretary Carter Ash"', () => {
    const carter = entityNamed(analysis, 'Carter Ash');
    expect(carter?.name).toBe('Carter Ash');
    expect(carter?.roles.map((r) => r.text)).toContain('U.S. Defense Secretary');
  });

  it('does not take "London-Based" or "Secretary" as part of a name', () => {
    const names = [...analysis.entities.values()].map((e) => e.name);
    expect(names.some((n) => n.startsWith('London-Based') || n.startsWith('Secretary'))).toBe(
      false,
    );
  });

  it('reads the casualty figures as counts of people', () => {
    const counts = analysis.quantities
      .flat()
      .filter((q) => q.unit === 'people')
      .map((q) => q.value);
    expect(counts).toEqual([28, 36]);
  });

  it('gives the quotation after "he stated" to Carter Ash, resolved through the sentence before', () => {
    const quote = analysis.quotes.find((q) => q.inner.startsWith('I want to be careful'));
    expect(quote?.speaker).toBe(entityNamed(analysis, 'Carter Ash')?.id);
    expect(quote?.via).toBe('pronoun');
  });

  it('gives the quotation after "Lavrov maintained that" to Sergey Lavrov', () => {
    const quote = analysis.quotes.find((q) => q.inner.startsWith('get in touch'));
    expect(quote?.speaker).toBe(entityNamed(analysis, 'Lavrov')?.id);
  });
});

describe('analyzeArticle on hard cases', () => {
  it.each([
    [
      'Mayor of Koszalin Piotr Jedlinski declared a day of mourning in the city.',
      'Piotr Jedlinski',
      'Mayor of Koszalin',
    ],
    [
      'The team was led by fashion designer Tim Gunn, who spoke to the press on Monday.',
      'Tim Gunn',
      'fashion designer',
    ],
    [
      "President's office spokesman Edson Macuácua said the government had released funds.",
      'Edson Macuácua',
      "President's office spokesman",
    ],
    [
      'Interior Minister Joachim Brudziński ordered checks on all escape rooms in Poland.',
      'Joachim Brudziński',
      'Interior Minister',
    ],
  ])('reads the role in "%s"', (text, name, role) => {
    const a = analyzeArticle(`${text} It was a long week for everyone involved in the work.`);
    const person = entityNamed(a, name);
    expect(person?.type).toBe('person');
    expect(person?.roles.map((r) => r.text)).toContain(role);
  });

  it.each([
    ['The company paid $3.5 billion for the mine in 2019.', 3.5e9, 'money'],
    ['The event raised nearly CDN$11,000 for a rescue group.', 11000, 'money'],
    ['Unemployment fell to 4.2% last year, the ministry said.', 4.2, 'percent'],
    ['Researchers observed eight sharks off the coast of the island.', 8, 'count'],
    ['The bridge opened to traffic in 1939 after years of delay.', 1939, 'year'],
    ["In 2017, the country's top court ruled on the case.", 2017, 'year'],
    ["The band's 1978 debut album sold over ten million copies.", 1978, 'year'],
    ['In 2006 beekeepers in the United States reported losses.', 2006, 'year'],
    ['Digs began at the cathedral, and in 2008 researchers announced a match.', 2008, 'year'],
  ])('reads the number in "%s"', (text, value, kind) => {
    const [q] = analyzeArticle(`${text} Nobody expected it to happen so soon.`).quantities.flat();
    expect(q?.value).toBe(value);
    expect(q?.kind).toBe(kind);
  });

  it.each([
    'Air India Express flight 1344 was landing at Calicut in heavy rain.',
    'The aircraft that crashed near the airport was a Boeing 737.',
    'As a child she won a toy at a Six Flags theme park near her home.',
    'Smoke turned the sky dark around 3:00 p.m. local time on Monday.',
    'The fire started some time after 3 a.m. on Monday, officials said.',
    'The single peaked at #19 on the Billboard charts that summer.',
    'Shift work has been linked with higher rates of type 2 diabetes and heart disease.',
    'The storm strengthened into a Category 5 hurricane overnight.',
  ])('treats the number in "%s" as a label, not a quantity to ask about', (text) => {
    expect(
      analyzeArticle(`${text} Nobody expected it to happen so soon.`).quantities.flat(),
    ).toEqual([]);
  });

  it.each([
    [
      'Roman Catholic Christianity',
      'Bishops of Roman Catholic Christianity met in Rome on Monday.',
    ],
    ['Furnal Equinox', 'Fans of costumes flocked to the Furnal Equinox in Toronto last week.'],
    ['James Webb', 'The James Webb space telescope will look at the planet next year.'],
    ['DVD', 'The studio released the film on DVD and streaming services in May.'],
  ])('does not take "%s" for a person or organization', (name, text) => {
    const a = analyzeArticle(`${text} Nobody expected it to happen so soon.`);
    const found = entityNamed(a, name);
    expect(found?.type === 'person' || found?.type === 'organization').toBe(false);
  });

  it.each([
    [
      'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal.',
      'Muhammadu Buhari',
      'Nigeria',
    ],
    ['Tributes came from Mike McCready of Pearl Jam and many others.', 'Mike McCready', null],
    [
      'Jennifer Lu of Marriage Equality Coalition Taiwan said it was not enough.',
      'Jennifer Lu',
      'Marriage Equality Coalition Taiwan',
    ],
  ])('separates the person from where they are from in "%s"', (text, person, other) => {
    const a = analyzeArticle(`${text} Nobody expected it to happen so soon.`);
    expect(entityNamed(a, person)?.type).toBe('person');
    if (other) expect(entityNamed(a, other)).toBeDefined();
  });

  it.each([
    [
      '"It was the worst," said USCG Captain Monica Rochester on Monday.',
      'Monica Rochester',
      'USCG Captain',
    ],
    ['Dr. Elena Varga led the survey of the reef last spring.', 'Elena Varga', 'Dr'],
    ['Prof. Tomas J. Ridley wrote the report for the council.', 'Tomas J. Ridley', 'Prof'],
  ])('keeps the name whole and the title apart in "%s"', (text, name, role) => {
    const person = entityNamed(
      analyzeArticle(`${text} Nobody expected it to happen so soon.`),
      name,
    );
    expect(person?.type).toBe('person');
    expect(person?.roles.map((r) => r.text)).toContain(role);
  });

  it('clusters an organization with the acronym that spells its initials', () => {
    const a = analyzeArticle(
      'The United States Coast Guard (USCG) called off its search on Monday. The USCG said divers found the wreck.',
    );
    const guard = entityNamed(a, 'United States Coast Guard');
    expect(guard?.aliases.has('uscg')).toBe(true);
    expect([...a.entities.values()].filter((e) => e.type === 'organization')).toHaveLength(1);
  });

  it.each([
    ['Movement for Democratic Change', 'MDC'],
    ['Scottish National Party', 'SNP'],
  ])('reads "%s" as the name its bracketed acronym %s spells', (name, acronym) => {
    const a = analyzeArticle(
      `A new threat emerged in the form of the ${name} (${acronym}). Nobody expected it to happen so soon.`,
    );
    const found = entityNamed(a, name);
    expect(found?.type).toBe('organization');
    expect(found?.aliases.has(acronym.toLowerCase())).toBe(true);
  });

  it.each([
    ["Mugabe led a guerrilla movement against Ian Smith's government.", 'Ian Smith', 'person'],
    [
      'Peter Iseley of victim group Ending Clergy Abuse said the church must act.',
      'Ending Clergy Abuse',
      'organization',
    ],
    [
      'The guests were greeted by NASA Administrator Jim Bridenstine at the pad.',
      'Jim Bridenstine',
      'person',
    ],
    ['The scholars read William of Ockham in the library.', 'William of Ockham', 'person'],
    ['Current plans call for reopening the Fulton Mall to cars.', 'Fulton Mall', 'place'],
    ['He made experiments in Colorado Springs in 1899.', 'Colorado Springs', 'place'],
    ['The song was written by Hall Of Fame guitarist Bill Aken.', 'Bill Aken', 'person'],
    ['They were descended from Norse raiders and settlers.', 'Norse', 'group'],
  ])('types the name in "%s" as %s', (text, name, type) => {
    const a = analyzeArticle(`${text} Nobody expected it to happen so soon.`);
    expect(entityNamed(a, name)?.type).toBe(type);
  });

  it('makes no person of a first name that two full names share', () => {
    const a = analyzeArticle(
      'Martin Luther was born in 1483. The scholar Martin Marty wrote about his family. His father wanted Martin, his eldest son, to become a lawyer. Nobody expected it.',
    );
    const people = [...a.entities.values()].filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['Martin Luther', 'Martin Marty']);
  });

  it('clusters the Holy See with the Vatican', () => {
    const a = analyzeArticle(
      'Cardinal George Pell served at the Holy See for years. The Vatican is to decide within a month. Nobody expected it.',
    );
    expect(entityNamed(a, 'Vatican')?.aliases.has('holy see')).toBe(true);
  });

  it('clusters a firm with its name without the closing firm word', () => {
    const a = analyzeArticle(
      'Paul Baran worked at the RAND Corporation in the 1960s. His report for RAND described a network. Nobody expected it to happen so soon.',
    );
    expect(entityNamed(a, 'RAND')?.aliases.has('rand corporation')).toBe(true);
  });

  it('clusters "Goldcrest Foods" with "Goldcrest", but keeps "Northern Bank" apart from "Northern"', () => {
    const a = analyzeArticle(
      'The jars were made by Goldcrest Foods at its plant. Most were among the Goldcrest brands, officials said. Northern Bank sold the Northern brands last year.',
    );
    expect(entityNamed(a, 'Goldcrest')?.aliases.has('goldcrest foods')).toBe(true);
    expect(entityNamed(a, 'Northern Bank')?.aliases.has('northern')).toBe(false);
    expect(entityNamed(a, 'Northern')).toBeDefined();
  });

  it('reads "the Amazon rainforest" as a place everywhere in the article', () => {
    const a = analyzeArticle(
      'Fires are burning in the Amazon rainforest this week. Leaders discussed Amazon issues at the summit. Nobody expected it to happen so soon.',
    );
    expect(entityNamed(a, 'Amazon')?.type).toBe('place');
    expect([...a.entities.values()].filter((e) => e.type === 'organization')).toHaveLength(0);
  });

  it.each([
    ['The pact joins the European Union and the South American group Mercosur.', 'South American'],
    ['The French North American colonies had few settlers.', 'North American'],
    ['Other groups include Protestants, Jews and the Orthodox Christians.', 'Orthodox Christians'],
    ['Al-Biruni wrote a work entitled Kitab al-Saydalah on drugs.', 'Kitab al-Saydalah'],
    ['The result was his recent film, Fall of Grace.', 'Fall of Grace'],
    ['Daniel Paluh, a Ph.D. candidate at the university, said it was rare.', 'Ph.D'],
    ['Since the retirement of the Space Shuttles in 2011, crews flew on Soyuz.', 'Space Shuttles'],
    ['Researchers evaluated CT scans of 158 different species.', 'CT'],
    ['In 1861, Tesla attended the "Lower" or "Primary" School in Smiljan.', 'Primary'],
  ])('does not read a person or organization into "%s"', (text, name) => {
    const a = analyzeArticle(`${text} Nobody expected it to happen so soon.`);
    expect(entityNamed(a, name)).toBeUndefined();
  });

  it.each(['Truth Aquatics', 'Worldwide Diving Adventures'])(
    'types the firm "%s" as an organization',
    (name) => {
      const a = analyzeArticle(
        `The boat was owned by Truth Aquatics and chartered by Worldwide Diving Adventures. Nobody expected it to sink.`,
      );
      expect(entityNamed(a, name)?.type).toBe('organization');
    },
  );

  it.each([
    ['The suppliers said they were working 24/7 to keep the shelves full.', []],
    ['The limits began in Sydney on March 4 and 5 respectively.', []],
    ['The club won 3 of its 5 games.', [3, 5]],
    ['The printers lay 2 metres (6 ft 7 in) of concrete per hour.', [2]],
    ['The instance is a number (e.g. 15) and the answer is yes.', []],
    ['The name kept the older vowel,[note 1] as does the local dialect.', []],
    ['He published series for 1/π that converge quickly.', []],
    ['He found that p(5k + 4) is always divisible by 5.', [5]],
    ['About 41,000 customers were still without power.', [41000]],
  ])('reads only counted numbers in "%s"', (text, values) => {
    const a = analyzeArticle(`${text} Nobody expected it to happen so soon.`);
    expect(a.quantities.flat().map((q) => q.value)).toEqual(values);
  });

  it('reads no figure in a phone number', () => {
    const a = analyzeArticle(
      'Consumers can call the free hotline at 0800 555 0142 for advice. The agency answered 300 calls.',
    );
    expect(a.quantities.flat().map((q) => q.value)).toEqual([300]);
  });

  it('reads a four-digit number before a capitalised word as a year', () => {
    const a = analyzeArticle(
      'After the disastrous 1757 British campaigns, the government fell. Nobody expected it to happen so soon.',
    );
    expect(a.quantities.flat().map((q) => q.kind)).toEqual(['year']);
  });

  it('does not ask about a conversion in brackets', () => {
    const a = analyzeArticle(
      'The Conception was a 75 ft (~23 m) long commercial diving boat. Nobody expected it to sink.',
    );
    expect(a.quantities.flat().map((q) => q.value)).toEqual([75]);
  });

  it('clusters a full name with its fuller form and its surname', () => {
    const a = analyzeArticle(
      'Robert Gabriel Mugabe was born in 1924 in Kutama. Robert Mugabe ruled for decades. Mugabe died in Singapore.',
    );
    const persons = [...a.entities.values()].filter((e) => e.type === 'person');
    expect(persons.map((p) => p.name)).toEqual(['Robert Gabriel Mugabe']);
  });

  it('reads an early year after a named battle as a year', () => {
    const [q] = analyzeArticle(
      'Prisoners taken at the Battle of Talas in 751 taught the craft to local workers. Nobody expected it.',
    ).quantities.flat();
    expect(q?.kind).toBe('year');
  });

  it.each([
    'The rebellion, which broke out in 755 and forced the court to flee, lasted eight years.',
    'The Umayyads, and after 750 their Abbasid successors, ruled the city for centuries.',
  ])('reads an early year after "in" or "after" as a year: %s', (text) => {
    const [q] = analyzeArticle(text).quantities.flat();
    expect(q?.kind).toBe('year');
  });

  it('reads no figure of a position, but a temperature in degrees', () => {
    const a = analyzeArticle(
      "The Rhine is located at approximately 47°39'N 9°19'E, and its water reaches 450°F in no place.",
    );
    expect(a.quantities.flat().map((q) => q.value)).toEqual([450]);
  });

  it('reads a year before "elections" as a year', () => {
    const [q] = analyzeArticle(
      'He fired his deputy ahead of the 2018 elections in the country. Nobody expected it.',
    ).quantities.flat();
    expect(q?.kind).toBe('year');
  });

  it.each([
    [
      'Gallo-Romance',
      'They adopted the Gallo-Romance language of the local people over time.',
      null,
    ],
    [
      'General Conference on Weights and Measures',
      'In 1960 the General Conference on Weights and Measures named the unit after him.',
      'organization',
    ],
  ])('types "%s" by what it names, not as a person', (name, text, type) => {
    const found = entityNamed(analyzeArticle(`${text} Nobody expected it.`), name);
    expect(found?.type ?? null).toBe(type);
  });

  it.each([
    [
      'Republican Senate Majority Leader',
      'Mitch McConnell, the Republican Senate Majority Leader, agreed to hold a trial.',
    ],
    [
      'Republican Representatives',
      'Republican Representatives attacked the inquiry on the House floor.',
    ],
    ['Company', 'The Company said on Monday that its website had failed under the load.'],
  ])('does not take the title or word "%s" for an organization', (name, text) => {
    expect(entityNamed(analyzeArticle(`${text} Nobody expected it.`), name)).toBeUndefined();
  });

  it('clusters "PG&E" with "Pacific Gas and Electric Company"', () => {
    const a = analyzeArticle(
      'Customers of Pacific Gas and Electric Company (PG&E) lost power on Monday. PG&E said it was sorry.',
    );
    expect(entityNamed(a, 'Pacific Gas and Electric Company')?.aliases.has('pg&e')).toBe(true);
  });

  it('does not take "2" of "2½ sacks" for a number to ask about', () => {
    const a = analyzeArticle(
      'Von Miller recorded five solo tackles and 2½ sacks in the final. Nobody expected it.',
    );
    expect(a.quantities.flat().map((q) => q.text)).toEqual(['five']);
  });

  it('types a name as an organization everywhere once "which" shows it is one', () => {
    const a = analyzeArticle(
      'Kimberly-Clark said supplies were fine. Kimberly-Clark, which makes Kleenex, works around the clock.',
    );
    expect(
      [...a.entities.values()].filter((e) => e.name === 'Kimberly-Clark').map((e) => e.type),
    ).toEqual(['organization']);
  });

  it('reads "Minister of Legislative Assembly" as a title, not a name', () => {
    const a = analyzeArticle(
      'Similar words came from a Minister of Legislative Assembly from Assam. Nobody expected it.',
    );
    expect([...a.entities.values()].filter((e) => e.type === 'person')).toEqual([]);
  });

  it("reads a party before a name as the person's description", () => {
    const a = analyzeArticle(
      'Republican Kevin McCarthy received 192 votes in the chamber. Nobody expected it.',
    );
    expect(entityNamed(a, 'Kevin McCarthy')?.roles.map((r) => r.text)).toEqual(['Republican']);
  });

  it('splits "Guests of Honour" from the name after it', () => {
    const a = analyzeArticle(
      "Guests of Honour Cherie and Sean O'Donnell held a session on Saturday. Nobody expected it.",
    );
    expect(entityNamed(a, 'Cherie')?.type).toBe('person');
    expect(entityNamed(a, 'Honour Cherie')).toBeUndefined();
  });

  it.each([
    ['Second place went to Ethiopians Dejene Debela on Sunday.', 'Dejene Debela', 'person'],
    [
      'The Chinese Foreign Ministry protested on Sunday.',
      'Chinese Foreign Ministry',
      'organization',
    ],
  ])(
    'reads a nationality before a name only as a description of a person: "%s"',
    (text, name, type) => {
      const found = entityNamed(analyzeArticle(`${text} Nobody expected it.`), name);
      expect(found?.type).toBe(type);
    },
  );

  it('counts the noun after a name: "eight ISIS positions" counts positions', () => {
    const [q] = analyzeArticle(
      'Eight ISIS positions were targeted on Wednesday. Nobody expected it.',
    ).quantities.flat();
    expect(q?.unit).toBe('positions');
  });

  it('does not take a bare first name for a person', () => {
    const a = analyzeArticle(
      '"Roger, is the vessel fully engulfed right now?" the dispatcher asked. Nobody expected it.',
    );
    expect(entityNamed(a, 'Roger')).toBeUndefined();
  });

  it.each([
    [
      'Santa Clara',
      "The game was played at Levi's Stadium in Santa Clara, California, on Sunday.",
      'place',
    ],
    ['Super Bowl', 'The Super Bowl drew a record crowd to the stadium that night.', undefined],
  ])('types "%s" by what it is, not as a person', (name, text, type) => {
    expect(entityNamed(analyzeArticle(`${text} Nobody expected it.`), name)?.type).toBe(type);
  });

  it('gives a quotation to the cardinal, not to the Holy See he belongs to', () => {
    const a = analyzeArticle(
      'Cardinal Marc Ouellet of the Holy See said, "We have said for years that priests should follow strict rules." Nobody expected it.',
    );
    const [quote] = a.quotes;
    expect(quote?.speaker ? a.entities.get(quote.speaker)?.name : null).toBe('Marc Ouellet');
  });

  it('does not give a quotation to a person named after "and notes that"', () => {
    const a = analyzeArticle(
      'Martin Luther was born in 1483. The scholar Martin Marty describes Luther\'s mother as a woman of "trading-class stock and middling means" and notes that Luther\'s enemies later slandered her. Nobody expected it.',
    );
    const [quote] = a.quotes;
    expect(quote?.speaker ? a.entities.get(quote.speaker)?.name : null).not.toBe('Martin Luther');
  });

  it('gives no quotation to the one it was written to', () => {
    const a = analyzeArticle(
      'Her choice was not welcomed by her father, Ellis Franklin, to whom she later wrote that "science and everyday life cannot be separated." Nobody expected it.',
    );
    const [quote] = a.quotes;
    expect(quote?.speaker ? a.entities.get(quote.speaker)?.name : null).not.toBe('Ellis Franklin');
  });

  it('reads Georgia among US states as the state, and alone as the country', () => {
    const listed = analyzeArticle(
      'The lawsuit tried to overturn the results in Georgia, Michigan and Wisconsin. Nobody expected it.',
    );
    expect(entityNamed(listed, 'Georgia')?.subtype).toBe('state');
    const alone = analyzeArticle('Georgia borders Russia and Turkey. Nobody expected it.');
    expect(entityNamed(alone, 'Georgia')?.subtype).toBe('country');
  });

  it('knows a US state as a state', () => {
    const a = analyzeArticle(
      'The bison came from a range in western Montana last week. Nobody expected it.',
    );
    expect(entityNamed(a, 'Montana')?.subtype).toBe('state');
  });

  it('keeps a firm named with "and" whole', () => {
    const a = analyzeArticle(
      'Workers of Pacific Gas and Electric Company met officials of Russia and Syria on Monday.',
    );
    expect(entityNamed(a, 'Pacific Gas and Electric Company')?.type).toBe('organization');
    expect(entityNamed(a, 'Russia')?.type).toBe('place');
    expect(entityNamed(a, 'Syria')?.type).toBe('place');
  });

  it('types a person named after a role word as a person', () => {
    const a = analyzeArticle(
      '"It is the best candidate right now," said UCL astronomer Angelos Tsiaras on Tuesday.',
    );
    expect(entityNamed(a, 'Angelos Tsiaras')?.type).toBe('person');
  });

  it('types a firm whose name ends in a plural noun as an organization, not a person', () => {
    const a = analyzeArticle(
      'The town welcomed the plan on Monday. Last year Brightwater Bakeries said it would hire 260 workers.',
    );
    expect(entityNamed(a, 'Brightwater Bakeries')?.type).toBe('organization');
  });

  it('never throws on junk', () => {
    expect(() => analyzeArticle('\u0000\uffff"""..."Mr. . U.S.')).not.toThrow();
  });
});
