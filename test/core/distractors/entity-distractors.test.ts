import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import {
  entityDistractors,
  organizationKind,
} from '../../../src/core/distractors/entity-distractors.ts';
import { entryTitle } from '../../../src/core/distractors/entry-title.ts';
import { placeNameKind } from '../../../src/core/distractors/place-kind-of.ts';
import { COUNTRY_REGIONS } from '../../../src/core/lexicon/place-words.ts';
import type { Analysis } from '../../../src/core/analyze/analysis-types.ts';

/** The three options for the entity the article names `name` (or has as an alias), in full. */
function optionsIn(text: string, name: string): string[] {
  const a = analyzeArticle(text);
  const entities = [...a.entities.values()];
  const key =
    entities.find((e) => e.name === name) ??
    entities.find((e) => e.aliases.has(name.toLowerCase()));
  if (!key) throw new Error(`${name} not found`);
  return entityDistractors(a, key, { form: 'full', count: 3, keyText: name, seed: 1 });
}

describe('organizationKind', () => {
  it.each([
    ['University of Miami', 'academic'],
    ['Rosenstiel School', 'academic'],
    ['The Associated Press', 'media'],
    ['Reuters', 'media'],
    ['Brexit Party', 'party'],
    ['Ministry of Foreign Affairs', 'government'],
    ['Truth Aquatics', null],
    ['Ministry of Energy and Mines', 'government'],
    ['Southern Arc Resources', 'company'],
    ['Australian Securities Exchange', 'market'],
    ['Northpine Forest Products', 'company'],
  ])('reads "%s" as %s', (name, kind) => {
    expect(organizationKind(name)).toBe(kind);
  });
});

describe('entityDistractors for an organization', () => {
  it('offers organizations of the same kind before others', () => {
    const text = [
      'Reuters reported that the University of Miami and Cornell University joined the study.',
      'Twitter and Reuters carried the news, and the University of Montreal confirmed the data.',
      'Reuters and Twitter later posted the maps, and Reuters quoted the team.',
      'The University of Miami led the survey of the reef.',
    ].join(' ');
    const a = analyzeArticle(text);
    const key = [...a.entities.values()].find((e) => e.name === 'University of Miami');
    if (!key) throw new Error('University of Miami not found');
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 2,
      keyText: key.name,
      seed: 1,
    });
    expect(options).toEqual(
      expect.arrayContaining(['Cornell University', 'University of Montreal']),
    );
  });
});

describe('entityDistractors for a person of one age among people of others', () => {
  it('offers no figure of faith for someone else ("Zeng\'s protégé _____")', () => {
    const text = [
      'Hong Xiuquan came to believe that he was the younger brother of Jesus Christ.',
      "Zeng Guofan organised the Xiang Army, and Zeng's protégé Li Hongzhang formed the Huai Army.",
      'The British officer Charles George Gordon led the Ever Victorious Army after Frederick Townsend Ward.',
    ].join(' ');
    expect(optionsIn(text, 'Li Hongzhang')).not.toContain('Jesus Christ');
  });
  it('still offers other people when the figure of faith is the key', () => {
    const text = [
      'Luther taught that salvation comes through faith in Jesus Christ as redeemer from sin.',
      'He read Aristotle, William of Ockham and Gabriel Biel, and married Katharina von Bora.',
    ].join(' ');
    expect(optionsIn(text, 'Jesus Christ').length).toBeGreaterThan(1);
  });
  it('offers people with a given name and a surname before people known by one name', () => {
    const text = [
      'The theory follows the astronomer Hipparchus, and a link with Archimedes remains speculative.',
      'In 2005 Mike Edmunds and Tony Freeth of Cardiff University examined the fragments.',
      'The archaeologist Valerios Stais noticed a gear wheel, and Michael Wright built models.',
    ].join(' ');
    const options = optionsIn(text, 'Tony Freeth');
    expect(options).not.toContain('Hipparchus');
    expect(options).not.toContain('Archimedes');
  });
});

describe('entityDistractors for a place of no known kind beside countries', () => {
  it('offers no country or continent for a town the lists do not know', () => {
    const text = [
      'Sejong was born in Hanseong, now Seoul, and became king of Korea in 1418.',
      'He was buried at Yeongneung in Yeoju, Gyeonggi Province, and his statue stands in Seoul.',
      'Envoys travelled between Korea and China, and the king studied texts from Asia.',
    ].join(' ');
    const options = optionsIn(text, 'Yeoju');
    for (const o of ['Korea', 'China', 'Asia']) expect(options).not.toContain(o);
  });
});

describe('entityDistractors for islands, quarters and parts of the world', () => {
  const text = [
    'Zanzibar consists of two principal islands, Unguja and Pemba, with many smaller islets.',
    'Its chief town includes the historic quarter known as Stone Town, and Muscat lies far to the north.',
    'Freddie Mercury was born in Stone Town in 1946, and Unguja was settled long before.',
    'Winds carried dhows between East Africa, Arabia and South Asia within a single year.',
  ].join(' ');

  it('offers no town or quarter for an island the article calls one', () => {
    const options = optionsIn(text, 'Unguja');
    for (const o of ['Stone Town', 'Muscat']) expect(options).not.toContain(o);
  });

  it('offers no town for a part of the world known by one name', () => {
    const options = optionsIn(text, 'Arabia');
    for (const o of ['Stone Town', 'Muscat', 'Unguja']) expect(options).not.toContain(o);
  });
});

describe('entityDistractors for a volcano', () => {
  it('offers no valley or range for a volcano the article calls one', () => {
    const text = [
      'The peninsula holds two mountain systems, the Eastern Range among them, and the Valley of Geysers lies in its reserve.',
      'Other notable peaks include Kronotsky and the neighbouring volcanoes Koryaksky and Avachinsky, which overlook the capital.',
      'Tolbachik erupted in the last century, and the town of Milkovo lies inland.',
    ].join(' ');
    const options = optionsIn(text, 'Avachinsky');
    expect(options).toContain('Koryaksky');
    for (const o of ['Eastern Range', 'Valley of Geysers']) expect(options).not.toContain(o);
  });
});

describe('entityDistractors for a residence', () => {
  it('offers no town for a residence the article calls one', () => {
    const text = [
      'She was born in Honolulu and visited London and San Francisco in later years.',
      "Weapons were found buried in the garden of the queen's residence, Washington Place.",
      'She spent her last years at Washington Place, and the Iolani Palace became a museum.',
    ].join(' ');
    const options = optionsIn(text, 'Washington Place');
    for (const o of ['Honolulu', 'London', 'San Francisco']) expect(options).not.toContain(o);
  });
});

describe('entityDistractors for a date of death', () => {
  it('offers no date the article gives for a birth', () => {
    const text = [
      'She was born on 2 September 1838 in Honolulu, the daughter of two chiefs.',
      'Her brother died in San Francisco on 20 January 1891, and she became queen.',
      'The republic was declared on 4 July 1894 by her opponents.',
      'She spent her later years at Washington Place and died there on 11 November 1917.',
    ].join(' ');
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '11 November 1917');
    expect(blank?.distractors.length).toBe(3);
    expect(blank?.distractors).not.toContain('2 September 1838');
  });
});

describe('entityDistractors for a decade', () => {
  it('offers decades near the key, not ones centuries away from the article', () => {
    const text = [
      'In the decades after the Spanish conquest of the 1530s, courts accepted testimony read from the cords.',
      'Later research matched a group of colonial cords to a census of the 1670s.',
      'Scholars catalogued many examples from the 1970s onward.',
    ].join(' ');
    const options = optionsIn(text, '1530s');
    expect(options).toHaveLength(3);
    for (const o of options) expect(Math.abs(Number(o.slice(0, 4)) - 1530)).toBeLessThanOrEqual(60);
  });
});

describe('entityDistractors for a court', () => {
  it('offers no firm or exchange for the court that ruled', () => {
    const text = [
      "Ecuador's Constitutional Court on Tuesday revoked the licence of Southern Arc Resources.",
      'Southern Arc Resources told the Australian Securities Exchange that it was disappointed.',
      'The Ministry of Energy and Mines said it would comply, and the Environment Ministry agreed.',
    ].join(' ');
    const options = optionsIn(text, 'Constitutional Court');
    expect(options).not.toContain('Southern Arc Resources');
    expect(options).not.toContain('Australian Securities Exchange');
  });
});

describe('entityDistractors for an organization named after a place', () => {
  it('never offers the place in its name as an organization beside it', () => {
    const text = [
      'The Oxford team worked at the University of Oxford, and the Northern Laboratory in Peoria helped.',
      'The University of Oxford published the results, and Pfizer built a plant.',
      'Pfizer and the Northern Laboratory made the drug.',
    ].join(' ');
    const a = analyzeArticle(text);
    const key = [...a.entities.values()].find((e) => e.name === 'University of Oxford');
    if (!key) throw new Error('University of Oxford not found');
    expect([...a.entities.values()].some((e) => e.name === 'Oxford')).toBe(true);
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 3,
      keyText: key.name,
      seed: 1,
    });
    expect(options).toContain('Pfizer');
    expect(options).not.toContain('Oxford');
  });
});

describe('placeNameKind', () => {
  it.each([
    ['Carcarañá River', 'water'],
    ['Rio Paraná', 'water'],
    ['Paraná Delta', 'water'],
    ['Friendship Bridge', 'structure'],
    ['Itaipu Dam', 'structure'],
    ['Entre Ríos Province', 'region'],
    ['Harbor City', 'settlement'],
    ['Fresno County Courthouse', null],
    ['Santa Fe', null],
  ])('reads "%s" as %s', (name, kind) => {
    expect(placeNameKind(name)).toBe(kind);
  });
});

describe('entityDistractors for a place', () => {
  const parana = analyzeArticle(
    [
      'The Paraná River (Portuguese: Rio Paraná) flows past Santa Fe and Corrientes.',
      'The city of Paraná is the capital of Entre Ríos Province.',
      'Cabot built a fort near the mouth of the Carcarañá River.',
      'Juan de Garay founded Santa Fe in 1573, and Corrientes was established in 1588.',
      'The Friendship Bridge joins Foz do Iguaçu and Ciudad del Este.',
      'Montevideo and Buenos Aires stand on the estuary, across from Rosario.',
      'Ships sail from Montevideo to Rosario.',
      'Sailors on the Rio Paraná still use the old name, and maps show the Rio Paraná too.',
    ].join(' '),
  );
  const optionsFor = (a: Analysis, name: string): string[] => {
    const key = [...a.entities.values()].find((e) => e.name === name);
    if (!key) throw new Error(`${name} not found`);
    return entityDistractors(a, key, { form: 'full', count: 3, keyText: key.name, seed: 1 });
  };

  it('offers no river or bridge for a province', () => {
    const options = optionsFor(parana, 'Entre Ríos Province');
    expect(options.length).toBeGreaterThan(0);
    expect(options).not.toContain('Carcarañá River');
    expect(options).not.toContain('Friendship Bridge');
    expect(options).not.toContain('Rio Paraná');
  });

  it('offers places named without a kind word first for a place named without one', () => {
    const options = optionsFor(parana, 'Santa Fe');
    expect(options.slice(0, 2)).toEqual(expect.arrayContaining(['Montevideo', 'Paraná']));
  });

  it('offers no place of unknown kind for a park', () => {
    const a = analyzeArticle(
      'Pompeii and Herculaneum lie below the volcano. The summit has been protected since 1995 as Vesuvius National Park. Pompeii draws visitors, and Herculaneum too.',
    );
    expect(optionsFor(a, 'Vesuvius National Park')).toEqual([]);
  });

  it('offers rivers for a river', () => {
    const options = optionsFor(parana, 'Carcarañá River');
    expect(options).toContain('Paraná River');
    expect(options).not.toContain('Friendship Bridge');
  });
});

describe('entityDistractors for a person', () => {
  it("never offers a person named by words of the key's own name", () => {
    const a = analyzeArticle(
      [
        'Ada was the child of the poet George Gordon Byron and his wife Anne Isabella Milbanke.',
        'The couple had a daughter, Anne Isabella, who was raised by Mary Somerville.',
        'The mathematician Augustus De Morgan taught her, and Charles Babbage admired her.',
      ].join(' '),
    );
    const key = [...a.entities.values()].find((e) => e.name === 'Anne Isabella Milbanke');
    if (!key) throw new Error('Anne Isabella Milbanke not found');
    expect([...a.entities.values()].some((e) => e.name === 'Anne Isabella')).toBe(true);
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 4,
      keyText: key.name,
      seed: 1,
    });
    expect(options.length).toBeGreaterThan(1);
    expect(options).not.toContain('Anne Isabella');
  });
});

describe('entityDistractors that could be the same person', () => {
  it('never offers both a name and a longer name that holds all its words', () => {
    const a = analyzeArticle(
      [
        'Datuk Harun Ismail, the customs director, spoke to reporters at the airport.',
        'Abdul Kadir Rahman, the director of enforcement, said the man had travelled widely.',
        '"We do not believe he is working alone," Abdul Kadir said.',
        'Elizabeth John, a spokeswoman for the group, said arrests were encouraging.',
      ].join(' '),
    );
    const key = [...a.entities.values()].find((e) => e.name === 'Elizabeth John');
    if (!key) throw new Error('Elizabeth John not found');
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 4,
      keyText: key.name,
      seed: 1,
    });
    const kadirs = options.filter((o) => o.startsWith('Abdul Kadir'));
    expect(kadirs.length).toBeLessThanOrEqual(1);
  });
});

describe('entityDistractors for a place of unknown kind', () => {
  it('offers no street or building for a town', () => {
    const a = analyzeArticle(
      [
        'The debate at City Hall ran for more than six hours.',
        'Traders along Gloucester Road fear years of roadworks.',
        'Councillors in Bristol approved the tram, unlike Leeds and Bath.',
      ].join(' '),
    );
    const key = [...a.entities.values()].find((e) => e.name === 'Bristol');
    if (!key) throw new Error('Bristol not found');
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 3,
      keyText: 'Bristol',
      seed: 1,
    });
    expect(options).not.toContain('City Hall');
    expect(options).not.toContain('Gloucester Road');
  });
});

describe('entityDistractors for a country with no other in the article', () => {
  it.each([
    [
      'The company will cut jobs at its offices in India, the filing said on Monday morning.',
      'India',
      'south asia',
    ],
    [
      "Vietnam is Southeast Asia's biggest beer market, with around 4.2 billion litres a year.",
      'Vietnam',
      'southeast asia',
    ],
  ])("offers countries of the key's own part of the world first: %s", (text, name, region) => {
    const a = analyzeArticle(text);
    const key = [...a.entities.values()].find((e) => e.name === name);
    if (!key) throw new Error(`${name} not found`);
    const options = entityDistractors(a, key, { form: 'full', count: 3, keyText: name, seed: 1 });
    expect(options).toHaveLength(3);
    expect(options.every((o) => COUNTRY_REGIONS[o] === region)).toBe(true);
  });
  it('keeps South America apart from the Caribbean and the north ("Peru and _____")', () => {
    const a = analyzeArticle(
      'Lake Titicaca lies in the Andes on the border between Peru and Bolivia, the survey says.',
    );
    const key = [...a.entities.values()].find((e) => e.name === 'Bolivia');
    if (!key) throw new Error('Bolivia not found');
    const options = entityDistractors(a, key, {
      form: 'full',
      count: 3,
      keyText: 'Bolivia',
      seed: 1,
      avoid: ['peru'],
    });
    expect(options.length).toBeGreaterThan(1);
    for (const o of options) expect(['Jamaica', 'Cuba', 'Canada', 'Haiti']).not.toContain(o);
  });
});

describe('entityDistractors for places whose kind the article gives', () => {
  it('offers no town for an island named as one', () => {
    const text = [
      'Edo was surrendered in the spring, and the court stayed in Kyoto.',
      'The last holdouts declared a republic on the northern island of Ezo.',
      'They capitulated at Hakodate in June, and the island of Sado stayed loyal.',
    ].join(' ');
    const options = optionsIn(text, 'Ezo');
    expect(options).not.toContain('Kyoto');
    expect(options).not.toContain('Edo');
  });

  it('offers a river, not a region, for a great river named bare', () => {
    const text = [
      'The Danube flows from the Black Forest through Bavaria and Austria to the Black Sea.',
      'A canal has linked it with the Rhine since 1992.',
      'Vienna and Budapest stand on its banks.',
    ].join(' ');
    const options = optionsIn(text, 'Danube');
    expect(options).toContain('Rhine');
    expect(options).not.toContain('Bavaria');
  });

  it('offers no basin for a sea', () => {
    const text = [
      'The middle river crosses the Pannonian Basin to the Iron Gates.',
      'A canal now links the Rhine with the Danube, creating a waterway between the North Sea and the Black Sea.',
    ].join(' ');
    expect(optionsIn(text, 'North Sea')).not.toContain('Pannonian Basin');
  });

  it('offers no town for a place set off as one of the volcanoes', () => {
    const text = [
      'Ash from the Cotopaxi volcano closed the airport in Quito on Tuesday.',
      'Travellers tried to reach Guayaquil by road, and flights at Latacunga stopped.',
      'Cotopaxi, one of the highest active volcanoes in the world, has a history of eruptions.',
    ].join(' ');
    const options = optionsIn(text, 'Cotopaxi');
    expect(options).not.toContain('Quito');
    expect(options).not.toContain('Guayaquil');
  });

  it('offers no ocean for a sea, which may lie within it', () => {
    const text = [
      'Amundsen planned to drift across the Arctic Ocean in the Fram.',
      'His name is given to the Amundsen Sea off Antarctica and the Amundsen Gulf in Canada.',
      'The aircraft disappeared, probably over the Barents Sea, and the wreck was never found.',
    ].join(' ');
    const options = optionsIn(text, 'Barents Sea');
    expect(options).toContain('Amundsen Sea');
    expect(options).not.toContain('Arctic Ocean');
  });
});

describe('entityDistractors for a crater', () => {
  it('offers no mountain or town for a crater', () => {
    const text = [
      'Kibo contains a summit caldera with an inner crater known as Reusch Crater and a deeper Ash Pit.',
      'The first European report of Kilimanjaro came in 1848, and the town of Moshi serves as its gateway.',
      'The Furtwängler Glacier may disappear within decades.',
    ].join(' ');
    const options = optionsIn(text, 'Reusch Crater');
    expect(options).not.toContain('Kilimanjaro');
    expect(options).not.toContain('Moshi');
  });
});

describe('entityDistractors for a town of unknown kind beside an empire', () => {
  it('offers no empire for a capital city', () => {
    const text = [
      'For centuries the river formed the boundary of the Roman Empire.',
      'Other cities along its course include Linz, Ruse and Novi Sad.',
      'Four national capitals stand on its banks, among them Belgrade.',
    ].join(' ');
    const options = optionsIn(text, 'Belgrade');
    expect(options).not.toContain('Roman Empire');
  });
});

describe('entityDistractors for a firm the article calls a company', () => {
  it('offers no hospital, charity or union of nations for it', () => {
    const text = [
      'The regulator approved Myovance, developed by the biotechnology company Halden Therapeutics, on Thursday.',
      'Dr. Helen Marwick of Great Ormond Street Hospital led the study.',
      'Joanne Pritchard, chair of the charity Muscular Dystrophy Families UK, welcomed the news.',
      'Regulators in the European Union are expected to rule later this year.',
      'Rival firms such as Brantley Pharmaceuticals and Corvane Biotech are working on similar drugs.',
    ].join(' ');
    const options = optionsIn(text, 'Halden Therapeutics');
    expect(options).not.toContain('Great Ormond Street Hospital');
    expect(options).not.toContain('Muscular Dystrophy Families UK');
    expect(options).not.toContain('European Union');
  });
});

describe('entityDistractors and the places an entry is about or holds', () => {
  it('offers no place the entry is about', () => {
    const text = [
      'Sahara',
      '',
      'The Sahara is the largest hot desert in the world, larger than the Gobi.',
      'Only the polar deserts of Antarctica and the Arctic are larger.',
      'To the north the Sahara Desert is bounded by the Atlas Mountains and the Nile Valley.',
    ].join('\n');
    const options = optionsIn(text, 'Arctic');
    expect(options).not.toContain('Sahara');
    expect(options).not.toContain('Sahara Desert');
  });

  it('offers no country that holds the key or lies within it', () => {
    const text = [
      "On Thursday, Britain's medicines regulator approved the therapy.",
      'The trial ran in England, Germany and Canada over 18 months.',
      'Regulators in France and Italy are expected to rule later this year.',
    ].join(' ');
    expect(optionsIn(text, 'Britain')).not.toContain('England');
  });
});

describe('entityDistractors for a region a river belongs to', () => {
  it('offers no river or falls for "a river of Southeast Asia"', () => {
    const text = [
      'The Mekong is a major river of Southeast Asia that flows to the South China Sea.',
      'In southern Laos it drops over the Khone Falls, and in China it runs beside the Yangtze.',
      'Its basin reaches into East Asia and South Asia as well.',
    ].join(' ');
    const options = optionsIn(text, 'Southeast Asia');
    expect(options).not.toContain('Khone Falls');
    expect(options).not.toContain('Yangtze');
  });
});

describe('entityDistractors for a headland', () => {
  it('offers no room or building for a point', () => {
    const text = [
      'The opera house stands on Bennelong Point in Sydney Harbour.',
      'A renovated reception hall was renamed the Utzon Room in his honour.',
      'The Concert Hall seats about 2,700 people, and Circular Quay lies beside it.',
    ].join(' ');
    expect(optionsIn(text, 'Bennelong Point')).not.toContain('Utzon Room');
  });
});

describe('entityDistractors and a place the article puts inside another', () => {
  it('offers no district for the city it lies in', () => {
    const text = [
      'Shah Jahan founded the walled city of Shahjahanabad in Delhi, with the Red Fort at its heart.',
      'In 1739 the Persian ruler Nader Shah sacked Delhi and carried off the Peacock Throne.',
      'Babur established himself in Kabul and then invaded northern India.',
    ].join(' ');
    expect(optionsIn(text, 'Delhi')).not.toContain('Shahjahanabad');
  });
});

describe('entityDistractors for a place inside a country', () => {
  it('offers no country for a town listed after one', () => {
    const text = [
      'Lake Victoria lies in East Africa between Uganda, Kenya and Tanzania.',
      'Ports on its shores include Kampala and Entebbe in Uganda, Mwanza and Bukoba in Tanzania, and Kisumu in Kenya.',
      'Ferries sail from Mwanza to the islands every day.',
    ].join(' ');
    const a = analyzeArticle(text);
    const blanks = clozeQuestion(a, 1).filter((c) => c.key === 'Mwanza');
    expect(blanks.length).toBeGreaterThan(0);
    for (const blank of blanks)
      expect(blank.distractors.filter((d) => d in COUNTRY_REGIONS)).toEqual([]);
  });
});

describe('entityDistractors for a town beside areas and monuments', () => {
  it('offers no canton for the city a body is based in', () => {
    const text = [
      'The Rhine rises in the canton of Graubünden in south-eastern Switzerland.',
      'It flows past Basel, Cologne and Duisburg before reaching Rotterdam.',
      'The Central Commission for the Navigation of the Rhine is now based in Strasbourg.',
    ].join(' ');
    expect(optionsIn(text, 'Strasbourg')).not.toContain('Graubünden');
  });

  it('offers the towns of a list after "cities of …, including" and no kingdom or person', () => {
    const text = [
      'Sundiata, a prince of the small kingdom of Kangaba, defeated the Sosso.',
      "Musa's reign saw the expansion of Mali's authority over the trading cities of the Niger bend, including Timbuktu and Gao.",
      'The historian Ibn Khaldun wrote of the court, and pilgrims passed through Cairo and Mecca.',
    ].join(' ');
    const options = optionsIn(text, 'Gao');
    expect(options).not.toContain('Kangaba');
    expect(options).not.toContain('Ibn Khaldun');
    expect(options).toContain('Timbuktu');
  });

  it('offers no tomb for a province, and no monument for a person', () => {
    const text = [
      'Petra (Arabic: البتراء, al-Batrāʾ; Nabataean: Raqmu) is an ancient city in southern Jordan.',
      'The Nabataeans were skilled engineers, and the Nabataean kingdom grew rich on trade.',
      'The Siq opens onto Al-Khazneh, the "Treasury", a Hellenistic-style façade roughly 40 metres tall.',
      'The Urn Tomb, the Silk Tomb and the Corinthian Tomb line the cliff.',
      'The city centre held the freestanding temple known as Qasr al-Bint.',
      'In AD 106 Trajan annexed the kingdom, which became part of the province of Arabia Petraea.',
      'The Great Temple was excavated by a team led by Martha Sharp Joukowsky, and the painter David Roberts drew the site.',
    ].join(' ');
    const types = new Map(
      [...analyzeArticle(text).entities.values()].map((e) => [e.name, e.type] as const),
    );
    expect(types.get('Al-Khazneh')).toBe('place');
    expect(types.get('Qasr al-Bint')).toBe('place');
    expect(types.get('Nabataean')).toBe('group');
    expect(types.has('Batrāʾ')).toBe(false);
    expect(optionsIn(text, 'Arabia Petraea').filter((o) => o.endsWith('Tomb'))).toEqual([]);
    expect(optionsIn(text, 'Martha Sharp Joukowsky')).toEqual(['David Roberts']);
  });

  it('offers no part of a compound region as a place', () => {
    const text =
      'The Danube is a major river of Central and Southeastern Europe. It flows through Vienna and Budapest.';
    const names = [...analyzeArticle(text).entities.values()].map((e) => e.name);
    expect(names).not.toContain('Central');
  });
});

describe('a polity entry and its bare name', () => {
  it('blanks no "Mali" in the entry "Mali Empire"', () => {
    const text = [
      'Mali Empire',
      '',
      'The Mali Empire was a West African state centred on the upper Niger River.',
      'The best-known ruler of Mali is Mansa Musa, who reigned from about 1312 to 1337.',
      'Its trade reached Egypt, Morocco and Tunisia.',
    ].join('\n');
    const a = analyzeArticle(text);
    const keys = [0, 1, 2].flatMap((k) => clozeQuestion(a, k).map((c) => c.key));
    expect(keys).toContain('Mansa Musa');
    expect(keys).not.toContain('Mali');
  });

  it.each([
    [
      'Indus River',
      'The Indus gathers water from a large number of tributaries near Attock and Mithankot.',
      'Indus',
    ],
    [
      'Neuschwanstein Castle',
      'On 12 June 1886 a commission had him detained at Neuschwanstein, near Füssen and the Alpsee.',
      'Neuschwanstein',
    ],
  ])('blanks no bare name of the entry "%s"', (title, sentence, bare) => {
    const a = analyzeArticle(
      `${title}\n\n${sentence} Visitors come from Munich, Augsburg and Vienna.`,
    );
    const keys = [0, 1].flatMap((k) => clozeQuestion(a, k).map((c) => c.key));
    expect(keys).not.toContain(bare);
  });
});

describe('a person who shares a surname with the entry', () => {
  const text = [
    'Mackenzie River',
    '',
    'The river takes its European name from Alexander Mackenzie, a fur trader of the North West Company, who travelled its length in 1789.',
    'In the 1970s an inquiry led by Justice Thomas Berger recommended a ten-year delay.',
    'The explorers John Franklin and John Richardson later mapped the delta.',
  ].join('\n');

  it('blanks no "Alexander Mackenzie" under the title "Mackenzie River"', () => {
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('Alexander Mackenzie');
    expect(keys).toContain('John Franklin');
  });

  it('still blanks a person who shares only a given name with the entry', () => {
    const bach = [
      'Johann Sebastian Bach',
      '',
      'He moved to Ohrdruf to live with his elder brother Johann Christoph, who taught him keyboard.',
      'Later he heard the organist Dieterich Buxtehude play in Lübeck.',
    ].join('\n');
    const keys = clozeQuestion(analyzeArticle(bach), 1).map((c) => c.key);
    expect(keys).toContain('Johann Christoph');
  });
});

describe('an entry titled by two people', () => {
  const text = [
    'Burke and Wills expedition',
    '',
    'The Burke and Wills expedition, officially the Victorian Exploring Expedition, was an attempt in 1860 and 1861 to cross the Australian continent from south to north.',
    "Led by Robert O'Hara Burke, with William John Wills as his second-in-command, it became famous.",
    'Burke, an Irish-born police superintendent, had little experience of the bush.',
    'Wills, an English-born surveyor, became second in command after George Landells resigned.',
    'On 16 December 1860 Burke set out for the Gulf with Wills, John King and Charles Gray.',
  ].join('\n');

  it('reads the title as an entry name, though it has four words', () => {
    expect(entryTitle(analyzeArticle(text))).toBe('burke and wills expedition');
    const news = 'Dozens dead in California boat fire\n\nThe boat caught fire on Monday.';
    expect(entryTitle(analyzeArticle(news))).toBe('');
  });

  it('reads a name and two words of its kind as an entry name, but not a headline', () => {
    const chart =
      'Marshall Islands stick chart\n\nA Marshall Islands stick chart is a navigational device.';
    expect(entryTitle(analyzeArticle(chart))).toBe('marshall islands stick chart');
    const news = 'Paro archers edge Trashigang\n\nA team from Paro won the final on Sunday.';
    expect(entryTitle(analyzeArticle(news))).toBe('');
  });

  it('blanks either person elsewhere, as the title does not say who did what', () => {
    const keys = [0, 1, 2].flatMap((k) => clozeQuestion(analyzeArticle(text), k).map((c) => c.key));
    expect(keys.some((k) => k === 'Burke' || k === 'Wills')).toBe(true);
  });

  it('never blanks a name inside the title where a sentence repeats it', () => {
    const prompts = [0, 1, 2].flatMap((k) =>
      clozeQuestion(analyzeArticle(text), k).map((c) => c.prompt),
    );
    expect(
      prompts.filter((p) => p.includes('Burke and _____') || p.includes('_____ and Wills')),
    ).toEqual([]);
  });
});

describe('a loch among places', () => {
  it('offers no region or town for a loch', () => {
    const text = [
      'Archaeologists in Scotland have recovered a boat from a Highland loch.',
      'It was found at the northern end of Loch Rannoch in Perth and Kinross last summer.',
      'The hull was taken to Edinburgh, and Dr Neil Baird spoke of Highland Perthshire.',
    ].join(' ');
    expect(optionsIn(text, 'Loch Rannoch')).toEqual([]);
  });
});

describe('kinds given by a plural before a list', () => {
  const text = [
    'Together with the nearby temples of Mendut and Pawon, it was inscribed in 1991.',
    'The monument stands in the Kedu Plain, surrounded by the volcanoes Merapi, Merbabu, Sumbing and Sindoro.',
    'Borobudur is a Mahayana Buddhist monument about 40 kilometres from Yogyakarta.',
  ].join(' ');

  it('offers no volcano for a temple', () => {
    for (const volcano of ['Merapi', 'Merbabu', 'Sumbing', 'Sindoro'])
      expect(optionsIn(text, 'Mendut')).not.toContain(volcano);
  });

  it('offers the other volcanoes, and no town or faith, for the last volcano of the list', () => {
    expect(optionsIn(text, 'Sindoro').sort()).toEqual(['Merapi', 'Merbabu', 'Sumbing']);
  });
});

describe('two names of one ruler', () => {
  it('offers no "Askia Muhammad" for "Muhammad Ture" who took the title Askia', () => {
    const text = [
      "In 1493 Sonni Baru was overthrown by Muhammad Ture, one of his father's generals.",
      'Taking the title Askia, Muhammad founded a new dynasty.',
      'Askia Muhammad made the pilgrimage to Mecca in 1496.',
      'Stability returned under Askia Dawud, and Sonni Ali is remembered as a tyrant.',
    ].join(' ');
    const options = optionsIn(text, 'Muhammad Ture');
    expect(options).not.toContain('Askia Muhammad');
    expect(options).toContain('Sonni Ali');
  });
});

describe('a place the headline names', () => {
  it('asks no blank on it, since the headline answers it ("Sri Lankan" in the headline)', () => {
    const text = [
      'Landslide buries homes in Sri Lankan hill village after days of rain',
      '',
      'Landslides are a recurring danger in Sri Lanka, where steep slopes have made many villages vulnerable, as in Nepal and India.',
      'Rescuers from Colombo and Kandy reached the village of Pallewatte on Thursday.',
    ].join('\n');
    const blanks = clozeQuestion(analyzeArticle(text), 1);
    const lanka = blanks.find((c) => c.key === 'Sri Lanka');
    const kandy = blanks.find((c) => c.key === 'Kandy' || c.key === 'Colombo');
    expect(lanka).toBeUndefined();
    expect(kandy).toBeDefined();
  });
});

describe('a journal among bodies', () => {
  it('offers no journal for a university', () => {
    const text = [
      'The study was published on Tuesday in the journal Astronomy & Astrophysics.',
      '"It is exciting," said lead author Ingrid Solberg, an astrophysicist at the University of Geneva.',
      'Co-author Marcus Oyelaran of the University of Cambridge said more work would follow.',
    ].join(' ');
    expect(optionsIn(text, 'University of Geneva')).not.toContain('Astronomy & Astrophysics');
  });
});

describe('a month and year', () => {
  it('offers other months of that year, none after it in the latest year the article gives', () => {
    const text = [
      'The government held a referendum in November 2018, and 67% voted against.',
      'The law took effect in 2019 after a vote in the legislature.',
    ].join(' ');
    expect(optionsIn(text, 'November 2018')).toHaveLength(3);
    for (const o of optionsIn(text, 'November 2018')) expect(o).toMatch(/^[A-Z][a-z]+ 2018$/);
    const late = 'The referendum was held in November 2019, and the law took effect in 2019.';
    for (const o of optionsIn(late, 'November 2019')) expect(['December 2019']).not.toContain(o);
  });
});

describe('a part of a continent', () => {
  it('takes no province as an option, nor is one offered for a province', () => {
    const text = [
      'The Indus is a major river of South Asia and of Southeast Asia too, some say.',
      'It flows through the provinces of Khyber Pakhtunkhwa, Punjab and Sindh.',
      'Traders from West Africa and the Middle East reached its ports.',
    ].join(' ');
    const options = optionsIn(text, 'South Asia');
    for (const province of ['Khyber Pakhtunkhwa', 'Punjab', 'Sindh'])
      expect(options).not.toContain(province);
  });
});

describe('entityDistractors for a party and for a sea', () => {
  it('offers no council, association or permit for a party', () => {
    const text = [
      "Leeds City Council voted for the charge, and the Leeds Independent Retailers' Association opposed it.",
      "Holders of disabled persons' Blue Badges will be exempt.",
      '"This is a tax on working people," said David Pickering, leader of the Conservative group.',
      'Most Conservative councillors voted against it.',
    ].join(' ');
    expect(optionsIn(text, 'Conservative')).toEqual([]);
  });

  it('offers no canal or river for a sea', () => {
    const text = [
      'The Rhine flows from the Swiss Alps to the North Sea.',
      'Since 1992 the Rhine-Main-Danube Canal has linked the river system to the Black Sea.',
      'Ships also reach the Baltic Sea and Lake Constance.',
    ].join(' ');
    const options = optionsIn(text, 'North Sea');
    expect(options).toContain('Black Sea');
    expect(options).not.toContain('Rhine-Main-Danube Canal');
    expect(options).not.toContain('Lake Constance');
    expect(options).not.toContain('Rhine');
  });
});

describe('the person an entry is about, in a sentence about them', () => {
  it('is no option for the one who helped him', () => {
    const text = [
      'Michael Faraday',
      '',
      'Michael Faraday was an English chemist and physicist.',
      'With the help of the scholar William Whewell he introduced terms such as anode and cathode.',
      'Jane Marcet wrote a book on chemistry, and Albert Einstein kept a picture of the man.',
    ].join('\n');
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'William Whewell');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors.some((d) => d.includes('Faraday'))).toBe(false);
  });
});

describe('a city whose name takes "the"', () => {
  it('offers cities, not regions, for "The Hague"', () => {
    const text = [
      'The oak came from the Baltic region, tree-ring analysis showed.',
      'Specialists at the Mauritshuis in The Hague and the National Gallery in London agreed.',
      'The painting passed through collections in Brussels, Amsterdam and Edinburgh.',
    ].join(' ');
    expect(optionsIn(text, 'The Hague')).not.toContain('Baltic');
  });
});

describe('a realm of the past', () => {
  it('takes no state of today and no town as an option', () => {
    const text = [
      'The Treaty of Verdun of 843 divided the empire into West Francia, East Francia and a Middle Kingdom held by Lothair.',
      'Kings were buried at Saint-Denis, and the system of pennies survived in Britain until 1971.',
      'Later the Holy Roman Empire claimed the inheritance, and France and Germany grew from the divisions.',
    ].join(' ');
    const options = optionsIn(text, 'Middle Kingdom');
    for (const modern of ['United Kingdom', 'France', 'Germany', 'Saint-Denis'])
      expect(options).not.toContain(modern);
  });
  it('takes no state of today for a realm called a kingdom before its name', () => {
    const text = [
      'Kush declined under pressure from the kingdom of Aksum, whose king Ezana campaigned along the Nile.',
      'The region now lies in Sudan and the south of Egypt.',
      'Traders also reached Ethiopia and Kenya.',
    ].join(' ');
    const options = optionsIn(text, 'Aksum');
    for (const modern of ['Sudan', 'Egypt', 'Ethiopia', 'Kenya'])
      expect(options).not.toContain(modern);
  });
});

describe('entityDistractors for a square', () => {
  it('offers no city or district for a piazza', () => {
    const text = [
      'Delays were blamed on Roman remains found near Piazza Castello in Turin.',
      'A control centre in the Venchi Unica district watches every carriage.',
      'Trains also run to Milan and Genoa.',
    ].join(' ');
    const options = optionsIn(text, 'Piazza Castello');
    expect(options).not.toContain('Turin');
    expect(options).not.toContain('Venchi Unica');
  });
});
