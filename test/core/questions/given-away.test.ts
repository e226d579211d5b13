import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';
import { subjectQuestion } from '../../../src/core/questions/subject-question.ts';

const clozes = (text: string) => clozeQuestion(analyzeArticle(text), 1);

describe('a continent the sentence already places', () => {
  it('does not blank "Europe" beside a European country', () => {
    const text = [
      'Parliament votes on repair law',
      '',
      "Estonia's parliament on Monday passed one of the strictest repair laws in Europe, officials said.",
      'The law gives shops in Tartu and Narva access to spare parts for ten years.',
    ].join('\n');
    expect(clozes(text).map((c) => c.key)).not.toContain('Europe');
  });

  it('still blanks a continent that no name in the sentence gives', () => {
    const text = [
      'Coffee report',
      '',
      'The company sells most of its coffee in Asia, where demand has doubled since 2015, a spokesman said on Monday.',
    ].join('\n');
    expect(clozes(text).map((c) => c.key)).toContain('Asia');
    expect(clozes(text.replace('The company', 'Thailand')).map((c) => c.key)).not.toContain('Asia');
  });
});

describe('a land the sentence marks by its ranges or its rulers', () => {
  it('does not blank "South America" beside the Andes', () => {
    const text = [
      'Spectacled bear',
      '',
      'The spectacled bear is a large mammal that lives in the cloud forests of the Andes in western South America.',
      'It feeds mostly on bromeliads, fruit and bamboo hearts.',
    ].join('\n');
    expect(clozes(text).map((c) => c.key)).not.toContain('South America');
    const plain = text.replace('of the Andes ', '');
    expect(clozes(plain).map((c) => c.key)).toContain('South America');
  });

  it('does not blank the country whose dynasty the sentence names', () => {
    const text = [
      'Porcelain',
      '',
      'Hard porcelain was first made in China during the Tang dynasty, and the craft reached its height under later emperors.',
      'Potters in Jingdezhen fired it in dragon kilns that were longer than 50 metres.',
    ].join('\n');
    expect(clozes(text).map((c) => c.key)).not.toContain('China');
    const plain = text.replace('during the Tang dynasty', 'more than a thousand years ago');
    expect(clozes(plain).map((c) => c.key)).toContain('China');
  });
});

describe('a land the sentence marks by one of its cities', () => {
  const text = [
    'Battle of the Spring',
    '',
    'In 1260 Hulagu sent envoys to Cairo demanding the submission of Egypt.',
    'The envoys had earlier passed through Aleppo and Damascus, and Syria had fallen by March.',
    'Baybars later led the army north from Egypt towards Homs and Gaza.',
  ].join('\n');

  it('blanks neither a country beside its city nor the city beside its country', () => {
    const keys = clozes(text)
      .filter((c) => c.prompt.includes('envoys to'))
      .map((c) => c.key);
    expect(keys).not.toContain('Egypt');
    expect(keys).not.toContain('Cairo');
  });

  it('still blanks the country where no city of it stands beside', () => {
    const plain = text.replace('envoys to Cairo', 'envoys south');
    expect(clozes(plain).map((c) => c.key)).toContain('Egypt');
  });
});

describe('the headline names the country by its people', () => {
  const text = [
    'Gas leak at Philippine cannery injures dozens',
    '',
    'Dozens of workers were hurt after gas leaked at a cannery in the southern Philippines on Friday, the police said.',
    'The Philippines has more than 200 canneries, according to the trade ministry in Manila.',
    'Inspector Jose Ramos said the leak began in a storage room at about 3 a.m.',
  ].join('\n');

  it('does not blank the country', () => {
    expect(clozes(text).map((c) => c.key)).not.toContain('Philippines');
  });

  it('does not ask which country', () => {
    const study = [
      'Cheaper salt cut strokes in rural Thai villages, study finds',
      '',
      'Thailand has one of the highest rates of stroke in Asia.',
      'Researchers at Khon Kaen University followed 9,000 people in 120 villages for five years.',
    ].join('\n');
    const prompts = subjectQuestion(analyzeArticle(study), 1).map((c) => c.prompt);
    expect(prompts).not.toContain('Which country has one of the highest rates of stroke in Asia?');
  });

  it('does not ask which country where the headline names a people of a divided land', () => {
    const study = [
      'Extra outdoor time cut short-sightedness in Korean children, study finds',
      '',
      'South Korea has one of the highest rates of short-sightedness in the world.',
      'Researchers at Seoul National University followed 4,200 children in 24 schools for two years.',
    ].join('\n');
    const prompts = subjectQuestion(analyzeArticle(study), 1).map((c) => c.prompt);
    expect(prompts.filter((p) => p.startsWith('Which country'))).toEqual([]);
    const plain = study.replace('in Korean children', 'in children');
    const asked = subjectQuestion(analyzeArticle(plain), 1).map((c) => c.prompt);
    expect(asked.filter((p) => p.startsWith('Which country'))).not.toEqual([]);
  });
});

describe('the name put in place of an opening pronoun', () => {
  it('is never an option for the blank in the same prompt', () => {
    const text = [
      'Ama of Akwamu',
      '',
      'Ama Serwaa (1801 - 1870) was a queen of the Akwamu kingdom and a skilled negotiator.',
      'Her brother Kofi Darko ruled before her and sent her to the coast in 1822.',
      'She met the governor Pieter Visser at Elmina and signed a treaty with him.',
      'Her life has been the subject of a 2015 biography by the historian Efua Mensah.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Efua Mensah');
    expect(blank?.prompt).toContain("Ama Serwaa's life");
    expect(blank?.distractors).not.toContain('Ama Serwaa');
  });
});

describe('options of the kind the blank asks for', () => {
  it('offers a contest only other contests, never the body that runs one', () => {
    const text = [
      'Hosts win futsal crown',
      '',
      'Morocco won the Africa Futsal Cup of Nations for a fourth time on Sunday, beating Angola 4-2 in Rabat.',
      'Organisers from the Royal Moroccan Football Federation said 41,000 tickets were sold.',
      'The Confederation of African Football praised the crowds, and the Arab Futsal Championship follows in May.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Africa Futsal Cup of Nations');
    expect(blank?.distractors ?? []).not.toContain('Royal Moroccan Football Federation');
    expect(blank?.distractors ?? []).not.toContain('Confederation of African Football');
  });

  it('reads "The North Africans" as a people, not a body', () => {
    const entities = [
      ...analyzeArticle('The North Africans first won the tournament in 2016.').entities.values(),
    ];
    expect(entities.find((e) => e.name === 'North Africans')?.type).toBe('group');
  });

  it('offers only languages for "_____ is the first language"', () => {
    const text = [
      'French is the first language of most residents, and the city is a centre of culture.',
      'British troops took the city in 1759, and American forces attacked it in 1775.',
      'Canadian and German visitors come for the winter carnival.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.prompt.includes('_____ is the first language'));
    expect(blank?.distractors).toHaveLength(3);
    for (const people of ['British', 'American', 'Canadian'])
      expect(blank?.distractors).not.toContain(people);
  });

  it('offers a people of another kind for no "_____ continent"', () => {
    const text = [
      'The expedition tried to cross the Australian continent from south to north in 1860.',
      'Its Irish leader and English surveyor died, and a German botanist went home.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.prompt.includes('the _____ continent'));
    for (const people of ['Irish', 'English', 'German'])
      expect(blank?.distractors ?? []).not.toContain(people);
  });

  it('offers only languages for "known in _____ as"', () => {
    const text = [
      'Building qanats was the work of diggers known in Persian as muqannis, a trade passed from father to son.',
      'Indian merchants and Norman knights never used the channels, but Arab and Greek writers described them.',
      'The technique later reached Spain, where French engineers studied it.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.prompt.includes('known in _____ as'));
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const people of ['Indian', 'Norman']) expect(blank?.distractors).not.toContain(people);
  });

  it('offers only languages for "the oldest description in _____"', () => {
    const text = [
      'The oldest surviving description in Greek is that of the philosopher John Philoponus, written in Alexandria.',
      'Syrian and Arab scholars copied it, and Persian and Indian astronomers later improved the instrument.',
      'Latin and Hebrew versions followed in Spain, where French and Italian scholars read them.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.prompt.includes('description in _____'));
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const people of ['Syrian', 'Arab', 'Indian'])
      expect(blank?.distractors).not.toContain(people);
  });

  it('does not blank "English" before the English name it gives away', () => {
    const text = [
      'His first book, The Remaining Traces of Past Centuries, known in English as The Chronology of Ancient Nations, compares calendars.',
      'He wrote in Arabic and Persian, and Greek and Indian scholars read his work.',
    ].join(' ');
    expect(clozes(text).map((c) => c.key)).not.toContain('English');
  });

  it('offers only languages for "the _____ version"', () => {
    const text = [
      'The treaty was written in English and translated into Maori by missionaries in 1840.',
      'In the English version, the chiefs cede sovereignty to the Crown and receive the rights of British subjects.',
      'French and Belgian traders were also active on the coast, and Scottish settlers arrived later.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.prompt.includes('In the _____ version'));
    expect(blank?.distractors).toHaveLength(3);
    expect(blank?.distractors).not.toContain('Belgian');
    expect(blank?.distractors).not.toContain('Scottish');
  });
});

describe('a building named after its kind', () => {
  it('offers no town or region for "the great congregational mosque known as _____"', () => {
    const text = [
      'Timur made Samarkand the capital of his empire in 1370 and brought craftsmen from Persia.',
      'He built the great congregational mosque known as Bibi-Khanym, completed in the early 15th century.',
      'The capital later moved to Bukhara, and in 1930 to Tashkent.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.key === 'Bibi-Khanym');
    for (const town of ['Persia', 'Bukhara', 'Tashkent', 'Samarkand'])
      expect(blank?.distractors ?? []).not.toContain(town);
  });
});

describe('an entry titled by a ruler and their lands', () => {
  it('offers the ruler for no blank that "she" stands in', () => {
    const text = [
      'Nzinga of Ndongo and Matamba',
      '',
      'Nzinga Mbande (c. 1583 - 1663) was a queen of Ndongo and Matamba in present-day Angola.',
      'In 1622 her brother Ngola Mbandi sent her to Luanda to meet the governor Joao Correia de Sousa.',
      'During the visit she was baptised and took the name Ana de Sousa, with the governor as her godfather.',
      'A 2017 biography by the historian Linda Heywood tells her life.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Ana de Sousa');
    expect(blank?.distractors ?? []).not.toContain('Nzinga Mbande');
  });
});

describe('an entry titled by a short form of its subject’s long name', () => {
  it('offers the subject by the title, not by the long name', () => {
    const text = [
      'José Rizal',
      '',
      'José Protasio Rizal Mercado y Alonso Realonda (19 June 1861 – 30 December 1896) was a Filipino writer and physician.',
      'Rizal studied in Manila and Madrid, where he met Antonio de Morga’s readers.',
      'The Katipunan, a secret society founded in 1892 by Andrés Bonifacio and others, began an uprising against Spain.',
      'Rizal was shot in Manila in 1896, and his father Francisco Mercado outlived him.',
    ].join('\n');
    const options = clozes(text)
      .filter((c) => c.key === 'Andrés Bonifacio')
      .flatMap((c) => c.distractors);
    expect(options).toContain('José Rizal');
    expect(options.join(' ')).not.toContain('Protasio');
  });
});

describe('a name in French or Spanish', () => {
  it('is never blanked after its "de"', () => {
    const text = [
      'Quebec City',
      '',
      "In summer the Festival d'été de Québec presents hundreds of concerts over about ten days.",
      'Quebec City stands on the St. Lawrence River, and Montreal lies upstream of it.',
    ].join('\n');
    const prompts = clozes(text).map((c) => c.prompt);
    expect(prompts.filter((p) => p.includes("d'été de _____"))).toEqual([]);
    expect(prompts.some((p) => p.includes("Festival d'été de Québec"))).toBe(true);
  });
});

describe('an entry titled with a people word', () => {
  it('does not blank the land that the title\'s people word names ("Philippine eagle")', () => {
    const text = [
      'Philippine eagle',
      '',
      'The Philippine eagle is a large bird of prey that is endemic to the forests of the Philippines.',
      'Logging and mining have removed much of the lowland forest of the Philippines, and hunters kill eagles.',
      'Its closest relatives live in Indonesia and Malaysia, and a similar eagle lives in Brazil.',
    ].join('\n');
    expect(clozes(text).map((c) => c.key)).not.toContain('Philippines');
    expect(clozes(text).map((c) => c.key)).toContain('Indonesia');
  });
});

describe('a wide people and the peoples within it', () => {
  it('offers no Arab people for "Arab", nor a European people for "European"', () => {
    const text = [
      'The technology later travelled with Arab, Persian and Berber communities across North Africa.',
      'Syrian and Yemeni builders worked beside Greek and Indian engineers in the towns of the coast.',
      'European travellers described the channels, and French and Italian scholars measured them.',
    ].join(' ');
    const arab = clozes(text).find((c) => c.key === 'Arab');
    expect(arab?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const people of ['Syrian', 'Yemeni']) expect(arab?.distractors).not.toContain(people);
    const european = clozes(text).find((c) => c.key === 'European');
    for (const people of ['French', 'Italian', 'Greek'])
      expect(european?.distractors ?? []).not.toContain(people);
  });
});

describe('a range, a river or a lake', () => {
  it('is offered no town in its place ("in the _____ of the Punjab")', () => {
    const text = [
      'He measured the radius of the Earth at the fort of Nandana in the Salt Range of the Punjab.',
      'He had studied in Baghdad, and the town of Beruni was later named after him.',
      'The Sulaiman Mountains and the Pamir Mountains lie to the west of the plain.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.key === 'Salt Range');
    for (const town of ['Baghdad', 'Beruni']) expect(blank?.distractors ?? []).not.toContain(town);
  });
});

describe('people of another age', () => {
  it("offers nobody named only beside years decades after the blank's year", () => {
    const text = [
      'Philippine eagle',
      '',
      'The species was first described in 1896 by the British ornithologist William Ogilvie-Grant, from a specimen collected by John Whitehead.',
      'The specific name honours Jeffery Whitehead, who paid for the expedition, and Alfred Everett helped him.',
      'In 1978 a proclamation under Ferdinand Marcos changed the common name of the bird.',
      'In 1995 Fidel Ramos declared the species the national bird.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'William Ogilvie-Grant');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const president of ['Ferdinand Marcos', 'Fidel Ramos'])
      expect(blank?.distractors).not.toContain(president);
  });
});

describe('people whose death or century the article gives', () => {
  it('offers nobody killed before the year of the blank', () => {
    const text = [
      'Danakil Depression',
      '',
      'The Italian engineer Giuseppe Maria Giulietti was killed in the area in 1881, and later parties met a similar fate.',
      'In 1928 the explorer Raimondo Franchetti led an expedition through the region.',
      'In 1933 the traveller Wilfred Thesiger followed the Awash River to its end.',
      '',
      'In 1974 a team including Donald Johanson and Tom Gray recovered the skeleton nicknamed Lucy.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Tom Gray');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(blank?.distractors).not.toContain('Giuseppe Maria Giulietti');
  });

  it('dates a paragraph without a year by the year told before it', () => {
    const text = [
      'Mount Pelée',
      '',
      "Saint-Pierre was founded in 1635 by the adventurer Pierre Belain d'Esnambuc. The governor Louis Mouttet visited the town in 1902.",
      '',
      'The cloud struck the town on 8 May 1902, and Louis-Auguste Cyparis survived in a stone cell.',
      '',
      'Only a handful of people survived. Another survivor, the shoemaker Léon Compère-Léandre, lived on the edge of the town. The mineralogist Alfred Lacroix studied the ruins.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Léon Compère-Léandre');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(blank?.distractors).not.toContain("Pierre Belain d'Esnambuc");
  });

  it('offers no writer of a later century for a blank the paragraph dates', () => {
    const text = [
      'Battle of Talas',
      '',
      "A tradition recorded by the eleventh-century writer al-Tha'alibi holds that prisoners brought papermaking west.",
      '',
      'Gao Xianzhi marched west in 751 at the head of a large army. Gao Xianzhi escaped with a few thousand survivors, and his deputy Li Siye cleared a path for the retreat.',
      'One prisoner, Du Huan, returned to China by sea in 762, and Abu Muslim ruled Khurasan until 755.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Li Siye');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(blank?.distractors.join(' ')).not.toContain("Tha'alibi");
  });
});

describe('a place the title of an entry names', () => {
  it('is not blanked, though the entry is about something else', () => {
    const text = [
      'Marshall Islands stick chart',
      '',
      'A Marshall Islands stick chart is a navigational device made of lashed sticks.',
      'Germany declared a protectorate over the Marshall Islands in 1885, and Japan took the islands in 1914.',
      'Charts were later collected by museums in Germany, Japan and the United States.',
    ].join('\n');
    const keys = [1, 2, 3].flatMap((seed) =>
      clozeQuestion(analyzeArticle(text), seed).map((c) => c.key),
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('Marshall Islands');
  });
});

describe('a people that names a stretch of land', () => {
  it('is offered peoples of its own continent only ("the _____ highlands")', () => {
    const text = [
      'Danakil Depression',
      '',
      'The Danakil Depression is a desert basin in north-eastern Ethiopia, extending into Eritrea.',
      'The Italian explorer Raimondo Franchetti crossed it in 1928, and the British traveller Wilfred Thesiger followed in 1933.',
      'Italian and American companies tried to mine potash there in the early twentieth century.',
      'Afar workers cut slabs of salt that were once used as money across the Ethiopian highlands.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.prompt.includes('_____ highlands'));
    expect(blank?.distractors.length).toBe(3);
    for (const far of ['Italian', 'American', 'British'])
      expect(blank?.distractors).not.toContain(far);
  });
});

describe('realms of the past beside towns', () => {
  const text = [
    'Stirrup',
    '',
    'The cavalry of Assyria, Persia, Macedon and Rome relied on balance and grip, not on stirrups.',
    'A pottery figurine from a tomb near Changsha, dated to about AD 302, shows a rider with one stirrup.',
    'A burial near Nanjing held figures with two, and the oldest pair lay near Beipiao in the tomb of a prince of the Northern Yan state.',
    'Horsemen also rode for the kingdom of Lydia and the empire of Parthia, and traders carried the idea to the city of Luoyang.',
  ].join('\n');

  it('offers no town for a realm known by its bare name', () => {
    const blank = clozes(text).find((c) => c.key === 'Macedon');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const town of ['Changsha', 'Nanjing', 'Beipiao', 'Luoyang'])
      expect(blank?.distractors).not.toContain(town);
  });

  it('offers no realm for a town', () => {
    const blank = clozes(text).find((c) => c.key === 'Changsha');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const realm of ['Assyria', 'Persia', 'Macedon', 'Lydia', 'Parthia', 'Northern Yan'])
      expect(blank?.distractors).not.toContain(realm);
  });
});

describe('the part of the world a blank is set in', () => {
  it('offers lands near the other land its sentence names before lands of a third region', () => {
    const text = [
      'Issyk-Kul',
      '',
      'Issyk-Kul is an endorheic lake in the northern Tian Shan mountains of eastern Kyrgyzstan.',
      '',
      'In the nineteenth century the basin came under Russian rule. The town of Karakol served as a base for explorers of Central Asia. During the Cold War the Soviet navy used the eastern bay to test torpedoes.',
      '',
      'Beaches on the northern shore draw hundreds of thousands of visitors each summer, many of them from Kazakhstan and Russia.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Russia');
    expect(blank?.distractors.length).toBe(3);
    for (const far of ['Bosnia', 'Cyprus', 'Croatia', 'Slovenia'])
      expect(blank?.distractors).not.toContain(far);
  });
});

describe('a land listed among lands of one continent', () => {
  it('is offered no land of another continent that the article names for something else', () => {
    const text = [
      'Lake Tanganyika',
      '',
      'Lake Tanganyika is a large lake in East Africa, divided among four countries: Tanzania, Burundi, Rwanda and Zambia.',
      'Ugandan and Kenyan traders cross it, and Ethiopia buys its fish.',
      'During the First World War, control of the lake was contested between Germany and Britain.',
    ].join('\n');
    const blank = clozes(text).find((c) => c.key === 'Zambia');
    expect(blank?.distractors.length).toBe(3);
    for (const far of ['Germany', 'Britain', 'United Kingdom'])
      expect(blank?.distractors).not.toContain(far);
  });
});

describe('a well-known city', () => {
  it('is offered no city of another continent', () => {
    const text = [
      'Workshops in Isfahan and Lahore produced fine astrolabes, and Maharaja Jai Singh II of Jaipur built giant ones.',
      'Earlier makers worked in Alexandria, Aleppo and Baghdad, and pilgrims used them to find Mecca.',
      'Later instruments came from Delhi, Agra and Lucknow, where the rulers paid for observatories.',
    ].join(' ');
    const blank = clozes(text).find((c) => c.key === 'Jaipur');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const far of ['Alexandria', 'Aleppo', 'Baghdad', 'Mecca'])
      expect(blank?.distractors).not.toContain(far);
  });
});

describe('a land after a place named in it', () => {
  it('is offered no land of another continent that the article names for something else', () => {
    const text = [
      'Lake Tanganyika',
      '',
      'Lake Tanganyika is a large lake in East Africa, shared by Tanzania, Burundi, Rwanda and Zambia.',
      'Gombe Stream National Park in Tanzania lies on the northeastern shore of the lake.',
      'During the First World War, control of the lake was contested between Germany and Britain.',
    ].join('\n');
    const blank = clozes(text).find(
      (c) => c.key === 'Tanzania' && c.prompt.includes('National Park in _____'),
    );
    expect(blank?.distractors.length).toBe(3);
    for (const far of ['Germany', 'Britain', 'United Kingdom'])
      expect(blank?.distractors).not.toContain(far);
  });
});

describe("the land of an entry's subject", () => {
  const entry = [
    'Liliuokalani',
    '',
    'Liliuokalani (1838–1917) was the last monarch of the Hawaiian Kingdom, reigning from 1891 until 1893.',
    'She travelled repeatedly to Washington to oppose annexation, but the United States annexed Hawaii by joint resolution of Congress in July 1898.',
    'Her brother Kalakaua died in San Francisco in 1891, and she was proclaimed queen of the islands nine days later.',
  ].join('\n');

  it('neither blanks nor swaps the land the opening sentence names by its people', () => {
    const a = analyzeArticle(entry);
    expect(clozeQuestion(a, 1).map((c) => c.key)).not.toContain('Hawaii');
    const falses = [1, 2, 3].flatMap((seed) =>
      statementQuestion(a, seed)
        .filter((c) => !c.truth)
        .map((c) => c.prompt),
    );
    expect(falses.some((p) => /annexed (?!Hawaii)\p{Lu}/u.test(p))).toBe(false);
  });

  it('does not blank the country whose capital the sentence names', () => {
    const keys = clozeQuestion(analyzeArticle(entry), 1).map((c) => c.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('United States');
  });
});
