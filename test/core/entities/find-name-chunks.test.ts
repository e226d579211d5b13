import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';

const people = (text: string): string[] =>
  [...analyzeArticle(text).entities.values()].filter((e) => e.type === 'person').map((e) => e.name);

describe('a sentence that opens with a name', () => {
  it.each([
    [
      'Antonín Leopold Dvořák (8 September 1841 – 1 May 1904) was a Czech composer. Dvořák was born in Nelahozeves.',
      'Antonín Leopold Dvořák',
    ],
    ['Xiaogang Wei of the Beijing Institute commented on the decision.', 'Xiaogang Wei'],
    ['Sumeet Singh, a vice president at PG&E, said the outage would last days.', 'Sumeet Singh'],
  ])('keeps a first name the tagger does not know: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['Yesterday John Smith said the plan was ready.', 'John Smith'],
    ['Later Mary Jones said the vote would wait.', 'Mary Jones'],
    ['When Karen Whitfield arrived, the hall was full.', 'Karen Whitfield'],
    ['Countryman Lawrence Cherono finished second.', 'Lawrence Cherono'],
    ['Onlookers John Smith and Mary Jones waved.', 'John Smith'],
  ])('leaves an ordinary opening word out of the name: %s', (text, name) => {
    expect(people(text)).toContain(name);
    expect(people(text).every((p) => p.split(' ').length <= 2)).toBe(true);
  });
});

describe("a people's word before a name", () => {
  it.each([
    [
      'The force was led first by the American Frederick Townsend Ward and then by a British officer.',
      'Frederick Townsend Ward',
    ],
    ['The Venetian Sebastiano Venier commanded the left wing of the fleet.', 'Sebastiano Venier'],
  ])("leaves the people's word out of the person's name: %s", (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('reads no person in a style before a noun ("French High Gothic architecture")', () => {
    const text =
      'Built between 1194 and 1220, it is one of the finest examples of French High Gothic architecture.';
    expect(people(text)).toEqual([]);
  });

  it('reads no person in words that describe a noun ("an Austrian-Silesian Augustinian friar")', () => {
    const text =
      'Gregor Mendel was an Austrian-Silesian Augustinian friar, teacher and naturalist in Brno.';
    expect(people(text)).toEqual(['Gregor Mendel']);
  });
});

describe('names inside titles', () => {
  it('reads no body in a quoted title ("The Correct Sounds for the Instruction of the People")', () => {
    const text =
      'The alphabet was promulgated in 1446 in the document Hunminjeongeum, meaning "The Correct Sounds for the Instruction of the People".';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).not.toContain('Correct Sounds');
  });

  it('keeps a register\'s name whole across "of the" ("UNESCO Memory of the World Register")', () => {
    const text =
      'The Haerye edition was added to the UNESCO Memory of the World Register in 1997 after a review.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).not.toContain('UNESCO Memory');
  });
});

describe('a ministry named for two fields', () => {
  it.each([
    [
      'The Ministry of Energy and Mines said it would comply with the ruling.',
      'Ministry of Energy and Mines',
    ],
    [
      'The Department of Environment and Natural Resources said it would review the listing.',
      'Department of Environment and Natural Resources',
    ],
  ])('keeps both fields in the name: %s', (text, name) => {
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).toContain(name);
  });
});

describe('a name with initials', () => {
  it.each([
    ['An English translation by H. A. R. Gibb was later published in London.', 'H. A. R. Gibb'],
    [
      'The historian Derek J. de Solla Price studied the gears with X-ray images.',
      'Derek J. de Solla Price',
    ],
  ])('keeps every initial and the particle in the name: %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('a name after a saint', () => {
  it.each([
    [
      'He worked as organist at St. Adalbert’s Church in Prague from 1874 to 1877.',
      "St. Adalbert's Church",
    ],
    ['The ships sailed up the St. Lawrence River in spring.', 'St. Lawrence River'],
  ])('keeps the whole name of the place: %s', (text, name) => {
    const entities = [...analyzeArticle(text).entities.values()];
    const place = entities.find((e) => e.name === name);
    expect(place?.type).toBe('place');
    expect(entities.filter((e) => e.type !== 'place' && e.type !== 'date')).toEqual([]);
  });

  it.each([
    [
      "Catholic schools such as St Joseph's College and St Ursula's College took girls.",
      "St Joseph's College",
      'organization',
    ],
    ['Its shores lie in the Swiss cantons of Thurgau and St. Gallen.', 'St. Gallen', 'place'],
  ])("reads the saint's title as part of the name: %s", (text, name, type) => {
    const entity = [...analyzeArticle(text).entities.values()].find((e) => e.name === name);
    expect(entity?.type).toBe(type);
  });

  it('makes no place of a saint named after his town', () => {
    const text = 'He was baptized on the feast day of St. Martin of Tours.';
    const types = [...analyzeArticle(text).entities.values()].map((e) => e.type);
    expect(types).toEqual([]);
  });
});

describe('a given name written after the surname with a hyphen', () => {
  const text =
    'Judge Park Seo-yeon of the Seoul Central District Court found former CEO Kang Min-jae, 61, guilty. His lawyer, Choi Dong-hyun, said he would appeal.';

  it.each(['Park Seo-yeon', 'Kang Min-jae', 'Choi Dong-hyun'])(
    'keeps the whole name %s',
    (name) => {
      expect(people(text)).toContain(name);
    },
  );

  it('joins no common word after a hyphen to a name', () => {
    const names = [
      ...analyzeArticle(
        'Kremlin-backed rebels attacked a Hong Kong-based firm on Friday.',
      ).entities.values(),
    ].map((e) => e.name);
    expect(names.some((n) => /backed|based/.test(n))).toBe(false);
  });
});

describe('a title with its field before a name', () => {
  it.each([
    [
      'Deputy Mayor for Culture Sophie Lerebours said the upgrade would be funded.',
      'Sophie Lerebours',
    ],
    ['Minister for Foreign Affairs Penny Wong said so on Monday.', 'Penny Wong'],
    [
      'Minister for the Environment Inês Carvalho Tavares said so on Monday.',
      'Inês Carvalho Tavares',
    ],
    ['Minister of the Interior Gérald Darmanin said so on Monday.', 'Gérald Darmanin'],
  ])('leaves the title and its field out of the name: %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('makes no person of a title and its field with no name after them', () => {
    const text =
      'In 1965 Utzon clashed with the new Minister for Public Works, Davis Hughes, over fees.';
    expect(people(text)).not.toContain('for Public Works');
    expect(people(text)).toContain('Davis Hughes');
  });

  it('makes no person of a country after a title', () => {
    const text = 'Trump, the incumbent President of the United States, won the primary.';
    expect(people(text)).not.toContain('United States');
  });
});

describe('a body and the street it sits on', () => {
  it('reads a council "on" a bridge as two names', () => {
    const text =
      'The former building of Lothian Regional Council on George IV Bridge was used for offices.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).toContain('Lothian Regional Council');
    expect(names).toContain('George IV Bridge');
  });

  it('keeps "the" inside a body\'s name after "of"', () => {
    const text = 'The Bank of the South lent the money in March.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).toContain('Bank of the South');
  });

  it('reads "the Democratic Republic of the Congo" as one country', () => {
    const text = 'The okapi lives only in the rainforests of the Democratic Republic of the Congo.';
    const entities = [...analyzeArticle(text).entities.values()];
    expect(entities.map((e) => [e.name, e.subtype])).toContainEqual([
      'Democratic Republic of the Congo',
      'country',
    ]);
    expect(entities.map((e) => e.name)).not.toContain('Congo');
  });
});

describe('long names of bodies and places', () => {
  const names = (text: string): string[] =>
    [...analyzeArticle(text).entities.values()].map((e) => e.name);

  it('grows a name cut at a lower-case word back to where its short form starts', () => {
    const text =
      'The Medicines and Healthcare products Regulatory Agency (MHRA) granted authorisation to the therapy.';
    expect(names(text)).toContain('Medicines and Healthcare products Regulatory Agency');
    expect(names(text)).not.toContain('Regulatory Agency');
  });

  it("keeps French joiners and elided articles inside a body's name", () => {
    const text =
      "From 1947 Franklin worked in Paris at the Laboratoire Central des Services Chimiques de l'État under Jacques Mering.";
    expect(names(text)).toContain("Laboratoire Central des Services Chimiques de l'État");
  });

  it('splits a range of mountains from the country it lies in', () => {
    const text =
      'The highest point is a volcano in the Tibesti Mountains of Chad that rises to 3,415 metres.';
    expect(names(text)).toContain('Tibesti Mountains');
    expect(names(text)).toContain('Chad');
  });
});

describe("a capital that is only the sentence's", () => {
  it('reads "Emergency departments" as no name', () => {
    const names = [
      ...analyzeArticle(
        'Emergency departments in Malmö, Lund and Ystad remained open on Monday.',
      ).entities.values(),
    ].map((e) => e.name);
    expect(names).not.toContain('Emergency');
  });

  it('keeps a name whose next word is a glued particle', () => {
    const text =
      'Abu al-Qasim al-Zahrawi (936-1013) pioneered the preparation of medicines by distillation.';
    expect(people(text)).toContain('Abu al-Qasim al-Zahrawi');
  });
});

describe('a council named after two places', () => {
  const names = (text: string): string[] =>
    [...analyzeArticle(text).entities.values()].map((e) => e.name);

  it.each([
    [
      'He reported it to the Perth and Kinross Council archaeology service last summer.',
      'Perth and Kinross Council',
    ],
    [
      'The plan was approved by Brighton and Hove City Council on Thursday.',
      'Brighton and Hove City Council',
    ],
  ])('keeps the whole council as one name: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('keeps the places of a list apart ("Fife, Perth and Kinross Council")', () => {
    const text = 'Councils in Fife, Perth and Kinross Council areas voted against the plan.';
    expect(names(text)).not.toContain('Perth and Kinross Council');
  });
});
