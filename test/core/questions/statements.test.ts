import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { subjectQuestion } from '../../../src/core/questions/subject-question.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { roleQuestion } from '../../../src/core/questions/role-question.ts';
import { resolveOpeningPronoun } from '../../../src/core/questions/resolve-opening-pronoun.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';
import { blankOut } from '../../../src/core/questions/sentence-tools.ts';
import { quoteAttribution } from '../../../src/core/questions/quote-attribution.ts';
import { quoteStatement } from '../../../src/core/questions/quote-statement.ts';
import { whichTrue } from '../../../src/core/questions/which-true.ts';
import { termCloze } from '../../../src/core/questions/term-cloze.ts';
import { generateQuiz } from '../../../src/core/generate/generate-quiz.ts';

describe('statementQuestion', () => {
  it('never states a sentence spoken inside a quotation or in the first person', () => {
    const text = [
      'The coach Brad Tronc praised his side after the match in Brisbane on Saturday.',
      '"We knew they were looking for a scalp. We could not execute there and they exited well," he said.',
      'We had our chances in the last twenty minutes of the match against the visitors.',
      'The club has won nine of its last ten matches in the regional league this season.',
    ].join(' ');
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /\bwe\b/i.test(p))).toBe(false);
    expect(prompts.some((p) => p.includes('club has won'))).toBe(true);
  });

  it('never states a sentence whose "he" has no one to stand for', () => {
    const text =
      "The inventor moved to the mountains in 1874 to avoid the army draft. There, he explored the mountains in hunter's garb. The army later dropped its case against the young man.";
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('There, he'))).toBe(false);
  });

  it('never states a short sentence about "the <noun>" that names nothing', () => {
    const text =
      'Smoke from the fires turned the sky over São Paulo dark on Monday afternoon. The phenomenon lasted about an hour.';
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('The phenomenon'))).toBe(false);
  });

  it('leaves asides in brackets out of statements and changes only what is left', () => {
    const text =
      'The United States Coast Guard (USCG) called off its search late on Tuesday. The boat was 75 ft (~23 m) long and carried 33 passengers.';
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain(
      'The United States Coast Guard called off its search late on Tuesday.',
    );
    expect(prompts.some((p) => p.includes('('))).toBe(false);
    expect(prompts.some((p) => /75 ft long and carried \d+ passengers/.test(p))).toBe(true);
  });

  it.each([
    'The island of Marrow is home to 400 people and a small harbour for fishing boats.',
    'The legislature of the island voted 66 to 27 in favour of the new fishing law.',
  ])('flips negation on a whole verb, never inside a word: "%s"', (sentence) => {
    const text = `${sentence} The mayor welcomed the decision on Monday after a long debate.`;
    const negated = statementQuestion(analyzeArticle(text), 1).filter((c) =>
      c.answer.startsWith('negation@'),
    );
    for (const c of negated) expect(c.prompt).not.toMatch(/\w not\w/);
  });
});

describe('resolveOpeningPronoun', () => {
  it('names the one person the previous sentence names, in full', () => {
    const a = analyzeArticle(
      'The minister Angela Ruiz opened the new bridge on Monday morning. She said it had cost less than planned.',
    );
    expect(resolveOpeningPronoun(a, 1)?.text).toBe(
      'Angela Ruiz said it had cost less than planned.',
    );
  });

  it('leaves "He" alone when the previous sentence also opens with a pronoun', () => {
    const a = analyzeArticle(
      'Donald Davies worked at the laboratory for many years. He called it packet switching, a plainer name than Paul Baran used. He gave a talk on the proposal in 1966.',
    );
    expect(resolveOpeningPronoun(a, 2)).toBeNull();
  });

  it('leaves "She" alone when a "she" before the only man named is who it means', () => {
    const a = analyzeArticle(
      'In 1921 she travelled to the United States, where President Warren Harding presented her with radium. She also helped found a radium institute in Warsaw.',
    );
    expect(resolveOpeningPronoun(a, 1)).toBeNull();
  });

  it('names the subject after a fronted date of a month and a year', () => {
    const a = analyzeArticle(
      'The Okavango Delta is a large inland delta in northwestern Botswana. It is one of the largest inland deltas in the world. In June 2014 it was inscribed on the World Heritage List.',
    );
    expect(resolveOpeningPronoun(a, 2)?.text).toBe(
      'In June 2014 the Okavango Delta was inscribed on the World Heritage List.',
    );
  });

  it('takes no verb into the fronted phrase ("After Mugabe fired his …")', () => {
    const a = analyzeArticle(
      'Robert Mugabe ruled Zimbabwe for decades. After Mugabe fired his vice president, the army moved against him.',
    );
    expect(resolveOpeningPronoun(a, 1)).toBeNull();
  });

  it('follows "It" back through a sentence that itself opens with "It"', () => {
    const a = analyzeArticle(
      'K2-18b was first identified in 2015 by the Kepler space telescope. It is about 110 light-years from Earth. Its star is a red dwarf, cooler than the Sun.',
    );
    expect(resolveOpeningPronoun(a, 2)?.text).toBe(
      "K2-18b's star is a red dwarf, cooler than the Sun.",
    );
  });

  it('names the subject that opens the previous sentence for "It"', () => {
    const a = analyzeArticle(
      'K2-18b was first identified in 2015 by the Kepler space telescope. It is about 110 light-years from Earth.',
    );
    expect(resolveOpeningPronoun(a, 1)?.text).toBe('K2-18b is about 110 light-years from Earth.');
  });

  it('names a body the article has typed for "It", whatever the tagger makes of its word', () => {
    const a = analyzeArticle(
      'Kestrel Bank agreed on Tuesday to buy the payments company PayNeta for $310 million. PayNeta was founded in 2017 by Adaeze Okonkwo in Lagos. It handled transactions worth $3.2 billion in 2024.',
    );
    expect(resolveOpeningPronoun(a, 2)?.text).toBe(
      'PayNeta handled transactions worth $3.2 billion in 2024.',
    );
  });

  it('leaves "Its" alone when a body named later in the sentence before may be what it means', () => {
    const a = analyzeArticle(
      "Paraguay imports most of its fireworks from China, according to the national firefighters' association. Its president, Marta Villalba, said the law had not been updated since 2004.",
    );
    expect(resolveOpeningPronoun(a, 1)).toBeNull();
  });

  it('leaves "He" alone when the previous sentence names two people', () => {
    const a = analyzeArticle(
      'The minister Angela Ruiz met the mayor John Carter on Monday morning. He said the bridge cost less than planned.',
    );
    expect(resolveOpeningPronoun(a, 1)).toBeNull();
  });

  it('names the person after a short lead ("In 1926 she …")', () => {
    const a = analyzeArticle(
      'The physicist Lena Varga moved to Berlin to study. In 1926 she was appointed a professor at the university.',
    );
    expect(resolveOpeningPronoun(a, 1)?.text).toBe(
      'In 1926 Lena Varga was appointed a professor at the university.',
    );
  });

  it("names the person an entry is about, where nobody else could be meant and the entry's pronouns are hers", () => {
    const entry = [
      'Lise Meitner (7 November 1878 – 27 October 1968) was a physicist known for her work on fission.',
      'Her father was a lawyer, and her mother a pianist.',
      'There she studied physics under Ludwig Boltzmann.',
      'In 1906 she became the second woman to earn a doctorate in physics in Vienna.',
    ].join(' ');
    const a = analyzeArticle(entry);
    expect(resolveOpeningPronoun(a, 3)?.text).toBe(
      'In 1906 Lise Meitner became the second woman to earn a doctorate in physics in Vienna.',
    );
  });

  it('names an entry\'s subject for a paragraph\'s opening "He", by the name the entry uses most', () => {
    const entry = [
      'Marie Antoinette (born Maria Antonia Josepha Johanna; 2 November 1755 – 16 October 1793) was the last queen of France.',
      'Marie Antoinette was the fifteenth child of the empress, and her marriage was arranged in 1770.',
      '',
      'She was born in Vienna at the Hofburg palace and raised with her sisters.',
      'Her remains were reburied in the Basilica of Saint-Denis in 1815.',
    ].join('\n');
    const a = analyzeArticle(entry);
    expect(resolveOpeningPronoun(a, 2)?.text).toBe(
      'Marie Antoinette was born in Vienna at the Hofburg palace and raised with her sisters.',
    );
  });

  it("names an entry's subject by the entry's title where the title is a short form of a long name", () => {
    const entry = [
      'José Rizal',
      '',
      'José Protasio Rizal Mercado y Alonso Realonda (19 June 1861 – 30 December 1896) was a Filipino writer and physician.',
      'His two novels criticised colonial rule.',
      '',
      'He later trained in ophthalmology in Paris to treat his mother.',
    ].join('\n');
    const a = analyzeArticle(entry);
    expect(resolveOpeningPronoun(a, 1)?.text).toBe(
      "José Rizal's two novels criticised colonial rule.",
    );
    expect(resolveOpeningPronoun(a, 2)?.text).toBe(
      'José Rizal later trained in ophthalmology in Paris to treat his mother.',
    );
  });

  it("names an entry's subject by a one-word title that ends the subject's long name", () => {
    const entry = [
      'Al-Biruni',
      '',
      'Abu Rayhan Muhammad ibn Ahmad al-Biruni (4 September 973 – after 1050) was a scholar. His book on India describes Hindu religion, law and astronomy in some 80 chapters.',
    ].join('\n');
    expect(resolveOpeningPronoun(analyzeArticle(entry), 1)?.text).toBe(
      "Al-Biruni's book on India describes Hindu religion, law and astronomy in some 80 chapters.",
    );
  });

  it('leaves an entry\'s "she" alone when another woman is named just before', () => {
    const entry = [
      'Lise Meitner (7 November 1878 – 27 October 1968) was a physicist known for her work on fission.',
      'Her father was a lawyer, and her mother a pianist.',
      'Her friend Elisabeth Schiemann studied botany in Berlin.',
      'In 1907 she moved to Berlin to attend the lectures of the physicist Max Planck.',
    ].join(' ');
    expect(resolveOpeningPronoun(analyzeArticle(entry), 3)).toBeNull();
  });

  it('leaves an entry\'s "she" alone after a sentence that names only a man the tagger cannot sex', () => {
    const entry = [
      'Frida Kahlo (6 July 1907 – 13 July 1954) was a Mexican painter known for her self-portraits.',
      'She was born in Coyoacán, and her father was a photographer.',
      'In 1929 she married the muralist Diego Rivera, and her work changed.',
      'Between 1930 and 1933 the couple lived in Detroit, while Rivera carried out commissions.',
      'In Detroit she painted Henry Ford Hospital, which records a miscarriage.',
    ].join(' ');
    const resolved = resolveOpeningPronoun(analyzeArticle(entry), 4);
    expect(resolved?.name ?? null).not.toBe('Diego Rivera');
  });

  it('leaves a "he" alone after a sentence with a name it could not type', () => {
    const entry = [
      'The Kingdom of Kush was an ancient African state on the middle Nile.',
      'Its army, under Piye, marched into Egypt around 728 BC and defeated a coalition led by Tefnakht of Sais.',
      'He recorded the campaign on a granite stela.',
    ].join(' ');
    expect(resolveOpeningPronoun(analyzeArticle(entry), 2)).toBeNull();
  });

  it('leaves a "she" alone after a player named by her nationality, when another woman leads', () => {
    const report = [
      'Lucía Ferrer of Spain won her first title on Saturday, beating Mirela Dobrev of Bulgaria 6-4, 3-6, 7-5.',
      '',
      'Ferrer sank to her knees as the crowd rose. She thanked her team and her coach.',
      '',
      'Ferrer started fast and pushed Dobrev behind the baseline.',
      'But the Bulgarian, who reached No. 2 last autumn, adjusted in the second set.',
      "She stepped inside the court and attacked Ferrer's second serve.",
    ].join('\n');
    expect(resolveOpeningPronoun(analyzeArticle(report), 5)).toBeNull();
  });
});

describe('short statements about "the <noun> on <thing>"', () => {
  it('makes no statement of "The effect on trade was immediate."', () => {
    const text =
      'The canal was completed in 1825 and linked Albany with Buffalo. The effect on trade was immediate.';
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('The effect on trade'))).toBe(false);
  });
});

describe('statements from long sentences', () => {
  it('leaves out a closing phrase after a whole clause ("…, ruling that …")', () => {
    const text =
      "Ecuador's Constitutional Court on Tuesday, 14 October 2025, revoked the environmental licence for a copper exploration project in the cloud forests of northern Imbabura province, ruling that it violated the rights of nature and the right of local communities to be consulted before the work began.";
    const fact = statementQuestion(analyzeArticle(text), 1).find((c) => c.answer === 'fact@0');
    expect(fact?.prompt).toBe(
      "Ecuador's Constitutional Court on Tuesday, 14 October 2025, revoked the environmental licence for a copper exploration project in the cloud forests of northern Imbabura province.",
    );
  });
});

describe('statements on an entry about one person', () => {
  it('makes several statements that lean on the opening sentence for who "he" is', () => {
    const entry = [
      'Abu Abdallah Muhammad ibn Battuta was a Moroccan traveller and legal scholar of the fourteenth century.',
      '',
      'He was born on 24 February 1304 in Tangier, then part of the Marinid sultanate, into a family of Berber origin with a tradition of service as religious judges.',
      'He received a conventional education in the Maliki school of Islamic law.',
      'He did not see Morocco again for twenty-four years.',
      'He continued through Bengal and the Sumatran sultanate of Samudra Pasai to the Chinese port of Quanzhou.',
      'He returned westwards through India, Arabia and Syria, and arrived in Fez in 1349.',
      'He spent his final years as a judge in Morocco and died in about 1368.',
    ].join('\n');
    const quiz = generateQuiz(entry, { multipleChoice: 0, trueFalse: 4, seed: 1 });
    expect(quiz.questions.filter((q) => q.type === 'true-false')).toHaveLength(4);
    const born = statementQuestion(analyzeArticle(entry), 1).find((c) => c.answer === 'fact@1');
    expect(born?.prompt).toMatch(/^Abu Abdallah Muhammad ibn Battuta was born on 24 February 1304/);
  });
});

describe('statements and blanks on a count said before', () => {
  const text = [
    'Officials from Panama and the United States met in Washington on Monday morning.',
    'For decades the canal zone remained a source of tension between the two countries, with riots in 1964.',
    'Two were flown to the University Hospital in Innsbruck with hypothermia and leg injuries.',
  ].join(' ');
  const a = analyzeArticle(text);

  it('never changes or blanks "the two countries", which restates a count', () => {
    expect(
      statementQuestion(a, 1).some((c) => /between the (?!two)\w+ countries/.test(c.prompt)),
    ).toBe(false);
    expect(clozeQuestion(a, 1).some((c) => c.key === 'two')).toBe(false);
  });

  it('makes no statement of a sentence whose figure has lost what it counts', () => {
    const prompts = statementQuestion(a, 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('Panama'))).toBe(true);
    expect(prompts.some((p) => p.includes('flown'))).toBe(false);
  });

  it('still blanks a count that a clause after it introduces ("the two guys that set it up")', () => {
    const b = analyzeArticle(
      'The match ended late on Saturday night. "The two guys that set up the final try were both eighteen years old," the coach said.',
    );
    expect(clozeQuestion(b, 1).some((c) => c.key === 'two')).toBe(true);
  });
});

describe('statementQuestion and a pronoun after a name', () => {
  it('does not read "him" as an organization named before it', () => {
    const a = analyzeArticle(
      'The composer found an especially warm welcome in England. In 1891 the University of Cambridge awarded him an honorary doctorate.',
    );
    const prompts = statementQuestion(a, 1).map((c) => c.prompt);
    expect(prompts.some((p) => p.includes('awarded him'))).toBe(false);
  });
});

describe('clozeQuestion after a pronoun', () => {
  const a = analyzeArticle(
    'K2-18b was first identified in 2015 by the Kepler space telescope. It is about 110 light-years from Earth and larger but less dense.',
  );
  const blank = clozeQuestion(a, 1).find((c) => c.key === '110');

  it('reads the pronoun as the name it stands for and cites both sentences', () => {
    expect(blank?.prompt).toBe(
      'Fill in the blank: K2-18b is about _____ light-years from Earth and larger but less dense.',
    );
    expect(blank?.sentences).toEqual([1, 0]);
    expect(blank?.explanation).toContain('first identified in 2015');
  });
});

describe('clozeQuestion and language labels', () => {
  it('never blanks a language named as the label of a name', () => {
    const a = analyzeArticle(
      'The Paraná River (Portuguese: Rio Paraná; Spanish: Río Paraná) is a major river of South America. German and Italian settlers farmed its banks in the nineteenth century.',
    );
    const keys = clozeQuestion(a, 1).map((c) => c.key);
    expect(keys).not.toContain('Spanish');
    expect(keys).not.toContain('Portuguese');
  });
});

describe('clozeQuestion on a river named without its kind word', () => {
  it('writes the options without the kind word too', () => {
    const a = analyzeArticle(
      'The Paraná River flows through Brazil, Paraguay and Argentina. The Paraná receives the Iguazu River at the Triple Frontier. Farther south the Uruguay River joins the estuary. The Paraná carries 17,000 cubic meters of water per second near its mouth.',
    );
    const blank = clozeQuestion(a, 1).find(
      (c) => c.key === 'Paraná' && c.prompt.includes('carries'),
    );
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of blank?.distractors ?? []) expect(d).not.toMatch(/River$/);
  });
});

describe('clozeQuestion on a surname several people share', () => {
  it('never blanks a one-word name that could mean either of them', () => {
    const a = analyzeArticle(
      'Marie Curie and Pierre Curie worked in Paris for many years. Henri Becquerel visited them often. Curie died of anaemia in 1934 at a sanatorium.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'Curie')).toBe(false);
  });
});

describe('nationality options', () => {
  it('offers only peoples whose word names a language for "written in _____"', () => {
    const text =
      'A stone inscription set up at Galle in 1409, written in Chinese, Tamil and Persian, records offerings. Belgian, Swiss and Turkish scholars studied it.';
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'Chinese');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    for (const d of blank?.distractors ?? [])
      expect(['Belgian', 'Swiss', 'American']).not.toContain(d);
  });

  it('never offers a people that holds the key, or is part of it', () => {
    const a = analyzeArticle(
      'Ada King was an English mathematician and writer. Her tutors included the Scottish scientist Mary Somerville, the British logician Augustus De Morgan and an Italian engineer. A European journal and an Austrian one printed her notes.',
    );
    const english = clozeQuestion(a, 1).find((c) => c.key === 'English');
    expect(english?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(english?.distractors).not.toContain('British');
    const european = clozeQuestion(a, 1).find((c) => c.key === 'European');
    expect(european?.distractors.length).toBeGreaterThan(0);
    expect(european?.distractors).not.toContain('Austrian');
  });

  it('never offers "American" for a people of South America', () => {
    const a = analyzeArticle(
      'Peruvian villages such as Rapaz still keep the cords. The American scholar Leland Locke studied them, and Spanish chroniclers described them. A Mexican museum and a Bolivian archive hold more.',
    );
    const peruvian = clozeQuestion(a, 1).find((c) => c.key === 'Peruvian');
    expect(peruvian?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(peruvian?.distractors).not.toContain('American');
  });

  it("never offers a second word for the key's own people", () => {
    const a = analyzeArticle(
      'Genghis Khan united the tribes of the steppes in 1206. His successors expanded the Mongol empire across Asia. Mongolian herders still graze the steppe, and Chinese traders crossed it.',
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Mongol');
    expect(blank?.distractors).not.toContain('Mongolian');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
  });
});

describe('whichTrue', () => {
  const text = [
    'The council approved 40 new homes for the village of Ashby on Monday evening.',
    'The mayor Angela Ruiz said the homes would be finished within three years.',
    'The builder Harlow Homes will employ 60 workers on the site during construction.',
    'The village school will receive 15 new places for pupils under the same plan.',
    'Residents of Ashby raised concerns about traffic on the narrow Mill Lane road.',
  ].join(' ');
  const analysis = analyzeArticle(text);
  const candidates = whichTrue(analysis, statementQuestion(analysis, 1));

  it('offers one statement the article makes and false versions of other sentences', () => {
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(text).toContain(c.key);
      for (const d of c.distractors) expect(text).not.toContain(d);
      expect(new Set(c.sentences).size).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('roleQuestion in an entry that spans ages', () => {
  const text = [
    'Astrolabe',
    '',
    'The astrolabe is an ancient instrument for measuring the altitude of stars and the Sun.',
    '',
    'Around 660 the Syrian bishop Severus Sebokht wrote a treatise on the instrument in Syriac. The elderly abbot Gerbert brought the idea to Europe around 990.',
    '',
    'In 1391 the English poet Geoffrey Chaucer wrote a treatise on the astrolabe for his son.',
  ].join('\n');
  const roles = roleQuestion(analyzeArticle(text), 1);

  it('offers no one of another age for a title', () => {
    const bishop = roles.find((c) => c.prompt.endsWith('the Syrian bishop?'));
    expect(bishop?.key).toBe('Severus Sebokht');
    expect(bishop?.distractors).not.toContain('Geoffrey Chaucer');
  });

  it('asks no title told by a word of age ("the elderly abbot")', () => {
    expect(roles.map((c) => c.prompt)).not.toContain(
      'According to the article, who is the elderly abbot?',
    );
  });
});

describe('roleQuestion', () => {
  it.each([
    ['Progress was slow at first under chief engineer John Findley Wallace.', 'chief engineer'],
    [
      'The crew consisted of commander Jim Lovell; command module pilot Jack Swigert; and lunar module pilot Fred Haise.',
      'command module pilot',
    ],
  ])('reads the whole title and nothing before it in "%s"', (sentence, role) => {
    const a = analyzeArticle(`The mission was planned for many months. ${sentence}`);
    const prompts = roleQuestion(a, 1).map((c) => c.prompt);
    expect(prompts).toContain(`According to the article, who is the ${role}?`);
  });

  it.each([
    [
      'Substitute striker Tiago Moreira headed in a 113th-minute winner on Sunday.',
      'substitute striker',
    ],
    [
      'Halvorsen Chief Executive Mikkel Brandt, who will become vice chairman, said the merger would help.',
      'Halvorsen Chief Executive',
    ],
    [
      'Social Welfare Secretary Rex Gatchalian said aid was on its way.',
      'Social Welfare Secretary',
    ],
    [
      'Company meteorologist Evan Duffey said the winds would peak overnight.',
      'company meteorologist',
    ],
  ])('asks after the title as it reads mid-sentence in "%s"', (sentence, role) => {
    const a = analyzeArticle(
      `${sentence} The mission was planned for many months by Pacific Gas and Electric Company.`,
    );
    const prompts = roleQuestion(a, 1).map((c) => c.prompt);
    expect(prompts).toContain(`According to the article, who is the ${role}?`);
  });

  it('offers no one who holds a title of the same kind', () => {
    const a = analyzeArticle(
      'United States Senator Bernie Sanders won the primary in the state. Senator Amy Klobuchar came third with six delegates. Pete Buttigieg came second with nine delegates. Donald Trump won the Republican race easily.',
    );
    const question = roleQuestion(a, 1).find((c) => c.key === 'Bernie Sanders');
    expect(question?.distractors).not.toContain('Amy Klobuchar');
  });

  it('offers no one the article describes with the same noun, nor a surname several share', () => {
    const a = analyzeArticle(
      'In 1896 the French physicist Henri Becquerel discovered that uranium salts give off rays. In 1894 Marie met Pierre Curie, a physicist who taught in Paris. The chemist Louis Mercier and the banker Paul Vidal worked in the same street. President Warren Harding gave her a gram of radium. Curie died in 1934.',
    );
    const question = roleQuestion(a, 1).find((c) => c.key === 'Henri Becquerel');
    expect(question?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(question?.distractors).not.toContain('Pierre Curie');
    expect(question?.distractors).not.toContain('Curie');
  });

  it('offers no one whose dates stand between their name and the same noun', () => {
    const a = analyzeArticle(
      'Toussaint Louverture (c. 1743 - 7 April 1803) was a Haitian revolutionary leader and general. In 1791 he served under the rebel leader Georges Biassou. The British commander Thomas Maitland negotiated a withdrawal in 1798. His lieutenant Jean-Jacques Dessalines continued the war.',
    );
    const question = roleQuestion(a, 1).find((c) => c.key === 'Georges Biassou');
    expect(question?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(question?.distractors).not.toContain('Toussaint Louverture');
  });
});

describe('statementQuestion role swaps', () => {
  it('gives a person a title the article gives someone else, and says so in the explanation', () => {
    const text =
      'U.S. Secretary of State John Kerry met the press on Monday in Geneva. Russian foreign minister Sergey Lavrov spoke later that day in Moscow.';
    const swaps = statementQuestion(analyzeArticle(text), 1).filter((c) =>
      c.answer.startsWith('role:'),
    );
    expect(swaps.map((c) => c.prompt)).toContain(
      'Russian foreign minister John Kerry met the press on Monday in Geneva.',
    );
    for (const c of swaps) expect(c.truth).toBe(false);
    expect(swaps[0]?.explanation).toMatch(/^False\. The article says .+, not .+\./);
  });
});

describe('options never repeat someone the question shows', () => {
  const text =
    'Robert Mugabe won the election over Morgan Tsvangirai of the opposition in 2008. Emmerson Mnangagwa later became president of the country. Vladimir Putin sent his condolences from Moscow. Grace Mugabe was unpopular.';

  it('leaves a rival named in a who-question out of its options', () => {
    const question = subjectQuestion(analyzeArticle(text), 1).find((c) =>
      c.prompt.includes('over Morgan'),
    );
    expect(question?.distractors).not.toContain('Morgan Tsvangirai');
  });

  it('never states a sentence whose "this" points back', () => {
    const prompts = statementQuestion(
      analyzeArticle(`${text} Experts attribute this to human activity in the region.`),
      1,
    ).map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('Experts attribute'))).toBe(false);
  });
});

describe('who-questions on the first of two clauses', () => {
  it('ends the question before a second clause that opens with a time of its own', () => {
    const text = [
      'The explorers Richard Burton and John Hanning Speke set out from the island in 1856.',
      'Sultan Said bin Sultan moved his court from Muscat to Zanzibar around 1840, and after his death in 1856 the Omani and Zanzibari domains were divided between his sons.',
      'David Livingstone passed through the town years later.',
    ].join(' ');
    const prompts = subjectQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts).toContain('Who moved his court from Muscat to Zanzibar around 1840?');
    expect(prompts.some((p) => p.includes('the Omani?'))).toBe(false);
  });
});

describe('statementQuestion swaps in gendered sentences', () => {
  it('does not put another person where "her" would no longer fit', () => {
    const text =
      "Nancy Pelosi had agreed to support some of her opponents' plans on term limits. Donald Trump said the wall must be funded. Mickey Hart and Tim Gunn attended the ceremony.";
    const swaps = statementQuestion(analyzeArticle(text), 1).filter(
      (c) => !c.truth && c.prompt.includes('her opponents'),
    );
    expect(swaps.some((c) => !c.prompt.startsWith('Nancy Pelosi'))).toBe(false);
  });
});

describe('statementQuestion swaps of a name given again', () => {
  it('swaps no name that a longer name in the statement gives again', () => {
    const text = [
      'Together with Saint Helena and Ascension Island, it forms the Territory of Saint Helena, Ascension and Tristan da Cunha.',
      'Britain annexed the islands in 1816, and ships from Cape Town and Southampton call there.',
    ].join(' ');
    const swaps = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).filter((c) => !c.truth),
    );
    expect(swaps.filter((c) => /^Together with (?!Saint Helena)/.test(c.prompt))).toEqual([]);
  });

  it('swaps no name whose telling word the statement gives again ("Ascension" of "Ascension Island")', () => {
    const text = [
      'Together with Saint Helena and Ascension Island, it forms the Territory of Saint Helena, Ascension and Tristan da Cunha.',
      'Britain annexed the islands in 1816, and ships from Gough Island and Inaccessible Island call there.',
    ].join(' ');
    const swaps = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(text), seed).filter((c) => !c.truth),
    );
    expect(
      swaps.filter((c) => /^Together with Saint Helena and (?!Ascension)/.test(c.prompt)),
    ).toEqual([]);
  });
});

describe('statementQuestion swaps of a people', () => {
  const text = [
    'European exploration of the basin came late, long after Arab traders had crossed it.',
    'The British traveller Wilfred Thesiger followed the river to its end in the desert.',
    'Italian and American companies tried to mine potash there, and Ethiopian workers cut salt by hand.',
    'The Italian engineer Giuseppe Giulietti was killed in the area in 1881.',
  ].join(' ');
  const swaps = [1, 2, 3, 4].flatMap((seed) =>
    statementQuestion(analyzeArticle(text), seed).filter((c) => !c.truth),
  );

  it('swaps no people that describes a group or a thing, a claim the article leaves open', () => {
    for (const c of swaps) {
      expect(c.prompt).not.toMatch(/^(?!European)\p{Lu}\p{Ll}+ exploration of the basin/u);
      expect(c.prompt).not.toMatch(/and (?!American)\p{Lu}\p{Ll}+ companies/u);
    }
  });

  it("still swaps a person's origin", () => {
    const origin = [
      'Gao Xianzhi, a Tang general of Korean descent, served as military governor in the west.',
      'Chinese sources number his army at around 30,000 men, and Arab writers give more.',
      'Japanese envoys and Tibetan troops appear in later accounts of the war.',
    ].join(' ');
    const found = [1, 2, 3, 4].flatMap((seed) =>
      statementQuestion(analyzeArticle(origin), seed).filter((c) => !c.truth),
    );
    expect(found.some((c) => /of (?!Korean)\p{Lu}\p{Ll}+ descent/u.test(c.prompt))).toBe(true);
  });
});

describe('person options and gender', () => {
  it('offers women before men for a woman, so "her" gives nothing away', () => {
    const text =
      'Maria Curie won the Nobel Prize for her research on radioactivity. Frederic Chopin wrote music in Paris. Angela Merkel met Emmanuel Macron in Berlin. Julia Gillard spoke in London. John Smith watched.';
    const a = analyzeArticle(text);
    const question = clozeQuestion(a, 1).find((c) => c.key === 'Maria Curie');
    expect(question?.distractors.slice(0, 2).sort()).toEqual(['Angela Merkel', 'Julia Gillard']);
  });
});

describe('blankOut', () => {
  it.each([
    ['An array of classes were on offer.', 3, 8, 'A(n) _____ of classes were on offer.'],
    ['It was a Boeing 737.', 9, 15, 'It was a(n) _____ 737.'],
    ['The fire killed five girls.', 16, 20, 'The fire killed _____ girls.'],
  ])('blanks "%s" without an article that tells the key', (sentence, start, end, prompt) => {
    expect(blankOut(sentence, start, end)).toBe(prompt);
  });
});

describe('quoteAttribution', () => {
  it('never offers as speaker someone the quotation is about, under any of their names', () => {
    const text = [
      'Robert Mugabe died on Friday in Singapore at the age of 95.',
      'His wife Grace Mugabe was at his side in the hospital.',
      'Mugabe ruled Zimbabwe for 37 years after independence.',
      'Vladimir Putin said, "Many important dates in our history are tied to the name of Robert Mugabe."',
      'Ashton Bumhira said, "For my generation, he was a ruthless man who ruled by fear."',
    ].join(' ');
    const question = quoteAttribution(analyzeArticle(text), 1).find((c) =>
      c.prompt.includes('Many important dates'),
    );
    expect(question?.key).toBe('Vladimir Putin');
    expect(question?.distractors.map((d) => d.toLowerCase())).not.toContain('mugabe');
  });
});

describe('quoteStatement', () => {
  const text = [
    'Emmanuel Macron said, "Our house is burning. Literally. The Amazon rainforest produces much of our oxygen."',
    'Boris Johnson said, "We stand ready to provide whatever help we can to bring the fires under control."',
    'Ane Alencar said the dry season had "a lot of confusion [...] and smoke" this year.',
  ].join(' ');
  const statements = quoteStatement(analyzeArticle(text), 1);

  it('states who said the opening words of a quotation, and gives them to another speaker when false', () => {
    expect(statements.find((c) => c.truth && c.prompt.startsWith('Emmanuel Macron'))?.prompt).toBe(
      'Emmanuel Macron said: "Our house is burning. Literally."',
    );
    const swapped = statements.find((c) => !c.truth && c.prompt.includes('Our house is burning'));
    expect(swapped?.prompt.startsWith('Boris Johnson said:')).toBe(true);
    expect(swapped?.explanation).toContain(
      'gives these words to Emmanuel Macron, not Boris Johnson',
    );
  });

  it('never states a fragment of a quotation', () => {
    expect(statements.some((c) => c.prompt.includes('a lot of confusion'))).toBe(false);
  });
});

describe('clozeQuestion on a count the sentence lists out', () => {
  it.each([
    'On 8 July 1835 she married William King; the couple had three children, Byron (b. 1836), Anne (b. 1837) and Ralph (b. 1839).',
    'The satellite carries three main instruments: a multispectral imager, a microwave sounder that measures temperature and humidity, and a scatterometer.',
    'Three subspecies are usually recognised: the Asian sea otter of the Kuril Islands; the northern sea otter, found from the Aleutian Islands to Washington; and the southern sea otter of California.',
  ])('never blanks the count in "%s"', (sentence) => {
    const a = analyzeArticle(`${sentence} The mission was widely reported in the press that year.`);
    expect(clozeQuestion(a, 1).some((c) => c.key.toLowerCase() === 'three')).toBe(false);
  });

  it.each([
    'The river rises in the canton of Graubünden in south-eastern Switzerland, where two headstreams, the Vorderrhein and the Hinterrhein, meet near Reichenau, close to the village of Tamins.',
    'Mendel presented his results in two lectures to the Natural History Society of Brünn on 8 February and 8 March 1865.',
    'Marites Obando, a 34-year-old market vendor traveling home with her two sons, aged 7 and 11, said she had tied the younger boy to her wrist with the strap of a bag.',
  ])('never blanks a count that the names or dates after it give, in "%s"', (sentence) => {
    const a = analyzeArticle(`The mission was widely reported in the press that year. ${sentence}`);
    const keys = clozeQuestion(a, 1).map((c) => c.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('two');
  });

  it.each([
    'The genus contains two other species: Victoria cruziana, found farther south in the Paraná basin, and Victoria boliviana, described in 2022.',
    'It consists of two principal islands, Unguja, often itself called Zanzibar Island, and Pemba, together with many islets.',
  ])('never blanks a count whose names follow with words about each, in "%s"', (sentence) => {
    const a = analyzeArticle(`The mission was widely reported in the press that year. ${sentence}`);
    const keys = clozeQuestion(a, 1).map((c) => c.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('two');
  });

  it('never blanks either of two figures set "slightly ahead of" each other', () => {
    const a = analyzeArticle(
      'The mission was widely reported in the press that year. Revenue grew 11 percent to 46.2 billion taka, slightly ahead of the 45.5 billion taka forecast of four analysts.',
    );
    const keys = clozeQuestion(a, 1).map((c) => c.key);
    expect(keys).toContain('11');
    expect(keys).not.toContain('46.2');
    expect(keys).not.toContain('45.5');
  });

  it('never blanks the second of "two or three", which the first gives', () => {
    const a = analyzeArticle(
      'The mission was widely reported in the press that year. The female usually lays two or three eggs on a platform of sticks.',
    );
    expect(clozeQuestion(a, 1).map((c) => c.key)).not.toContain('three');
  });

  it('never blanks a count whose list a clause about it follows', () => {
    const a = analyzeArticle(
      "The mission was widely reported in the press that year. The concept came in 1884 from two senior engineers in Eiffel's firm, Maurice Koechlin and Émile Nouguier, who sketched a tall pylon made of four curved girders.",
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'two')).toBe(false);
  });

  it('still blanks a count whose sentence lists something else', () => {
    const a = analyzeArticle(
      'Two firefighters were treated for heat exhaustion at the hospital, and a 67-year-old man suffered burns to his arms. Crews fought the fire all night.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'Two')).toBe(true);
  });
});

describe('clozeQuestion on the place a body is named after', () => {
  it("blanks no campus after the body's name", () => {
    const a = analyzeArticle(
      'The mission was widely reported in the press that year. "He was brilliant," said University of California, San Diego\'s chancellor, Pradeep Khosla, in Los Angeles.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'San Diego')).toBe(false);
  });
});

describe('termCloze and words that stand for anything', () => {
  it('offers no "everything" as a term', () => {
    const a = analyzeArticle(
      [
        'The lander carried a drill and a rocket engine to the plains.',
        'For seven minutes the lander had to do everything by itself, and it did everything right.',
        'Everything worked, and the drill stayed folded until everything was checked.',
        'The rocket engine fired for the last 1,500 meters before the lander dropped onto its legs.',
        'Engineers said the drill and the lander were both working well.',
      ].join(' '),
    );
    const terms = termCloze(a);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect([t.key, ...t.distractors]).not.toContain('everything');
  });

  it('offers no noun so wide that it fits the blank too ("animals" for "populations")', () => {
    const a = analyzeArticle(
      [
        'The koala is found in woodlands of Queensland and Victoria, where populations were also introduced to islands.',
        'Koalas eat leaves, and the animals rest for most of the day between their meals of leaves.',
        'Other animals share the trees, and koala populations have fallen as forests were cleared for farms.',
        'Females carry their young in a pouch, and females with young stay in the same trees for months.',
        'Farms and roads now cut through the forests where the koalas once lived in large numbers.',
      ].join(' '),
    );
    const terms = termCloze(a);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect([t.key, ...t.distractors]).not.toContain('animals');
  });
});

describe('termCloze in an entry', () => {
  it('neither blanks nor offers the noun the entry opens by calling its subject ("bird")', () => {
    const a = analyzeArticle(
      [
        'Hoatzin',
        '',
        'The hoatzin (Opisthocomus hoazin) is a tropical bird of South America, notable for its leaf-eating diet and the claws of its chicks.',
        'The upperparts are dark brown, the throat and breast are buff, and the bird has a ragged crest.',
        'Food is broken down in a greatly enlarged crop, and the diet is mostly leaves.',
        'Chicks use their claws to climb, and each bird keeps its crest raised when alarmed.',
        'The crop makes the breast look swollen, and the chicks lose their claws as they grow.',
      ].join('\n'),
    );
    const terms = termCloze(a);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect([t.key, ...t.distractors]).not.toContain('bird');
  });
});

describe("termCloze in an article with few terms of the key's sort", () => {
  it('offers everyday nouns of the sort the article never uses ("blast": crash, landslide)', () => {
    const a = analyzeArticle(
      [
        'An explosion tore through a grain silo at the port early on Wednesday, killing three workers.',
        'Witnesses said the blast was heard across the city and shook windows.',
        'The blast happened at about 4:20 a.m. local time in the southern section of the port.',
        'Firefighters put out the fire by 8 a.m., and the wheat in the silo was lost.',
        'Workers said the conveyor had stopped twice that week before the silo was inspected.',
      ].join(' '),
    );
    const blast = termCloze(a).find((c) => c.key === 'blast' && c.prompt.includes('happened'));
    expect(blast?.distractors).toHaveLength(3);
    for (const d of blast?.distractors ?? []) {
      expect([
        'crash',
        'landslide',
        'earthquake',
        'collapse',
        'leak',
        'spill',
        'derailment',
        'stampede',
      ]).toContain(d);
    }
    expect(blast?.score).toBeGreaterThan(1);
  });
});

describe('termCloze: which words make a fair blank', () => {
  const whale = [
    'Blue Whale',
    '',
    'Blue whales feed almost exclusively on krill, small shrimp-like crustaceans.',
    'A whale may eat four tonnes of krill a day, and the krill gather in dense swarms.',
    'Individuals are thought to live for 80 to 90 years or more, and whales were hunted for years.',
    'The baleen plates filter the krill from the water, and the baleen grows all its life.',
    'Plankton drift in the water, and the plankton feed the krill and the fish.',
    'The fish and the krill rise to the surface at night, where the surface water is cold.',
    'A physicist and a biologist measured the sound, and the physicist recorded the calls.',
    'The whale was born in warm water; a calf is born after eleven months in warm water.',
    '"We have never seen krill this dense," said a biologist on the research ship.',
  ].join('\n');
  const terms = termCloze(analyzeArticle(whale));
  const keys = terms.map((c) => c.key);

  it('blanks no unit beside a figure ("for 80 to 90 _____")', () => {
    expect(keys).not.toContain('years');
    expect(keys).not.toContain('months');
  });

  it('blanks no word the entry\'s title gives ("The _____" under "Blue Whale")', () => {
    expect(keys.filter((k) => /^whales?$/.test(k))).toEqual([]);
  });

  it('blanks no noun a fixed phrase holds ("passed in _____ of it")', () => {
    const text = [
      'The planet passed in front of the star, and the star dimmed.',
      'Each planet dims its star when it moves in front of it, and the telescope sees the dip.',
      'The telescope watched the star for a year, and the planet crossed the star often.',
    ].join(' ');
    expect(termCloze(analyzeArticle(text)).map((c) => c.key)).not.toContain('front');
  });

  it('offers no word that names the entry ("wild _____" under "Pangolin")', () => {
    const text = [
      'Pangolin',
      '',
      'Pangolins are the most heavily trafficked wild mammals in the world.',
      'Pangolins and other mammals eat ants, and the ants live in large nests.',
      'Hunters sell the scales of pangolins, and the scales reach markets across Asia.',
      'Many mammals share the forests, and the nests of the ants are broken open by pangolins.',
    ].join('\n');
    const terms = termCloze(analyzeArticle(text));
    for (const c of terms) expect(c.distractors).not.toContain('pangolins');
  });

  it('offers no word that only ever describes a noun ("bony lobes"), nor a doing ("cooking")', () => {
    const text = [
      'Coelacanth',
      '',
      'Its paired fins are supported by bony lobes that move like the limbs of a walking animal.',
      'Much of its body rests on a notochord rather than a fully bony spine.',
      'The skull has a hinged joint that lets the head lift when it opens its mouth.',
      'Its mouth is wide, and the joint in its skull is unique among living fishes.',
      'Fishers used the fins for cooking, and the cooking fires drew crowds to the shore.',
      'Each spine and each joint was measured, and the body was kept in a museum.',
    ].join('\n');
    for (const c of termCloze(analyzeArticle(text))) {
      expect([c.key, ...c.distractors]).not.toContain('bony');
      expect([c.key, ...c.distractors]).not.toContain('cooking');
    }
  });

  it('reads no describing word as a term, and keeps a mass noun among count nouns weak', () => {
    const text = [
      'Welwitschia',
      '',
      'Welwitschia is dioecious, meaning that male and female cones are borne on separate plants.',
      'The female cones release winged seeds that are dispersed by wind.',
      'The leaves have a thick cuticle, and the plant uses photosynthesis that can help to reduce water loss.',
      'A study of its genome published in 2021 linked its longevity to a duplication of its genome.',
      'The genus is named after Welwitsch, and the genus has one species.',
      'Underground water is available in dry watercourses, and wind and sand wear the leaves.',
      'The cones appear on short stalks, and the plants need water.',
    ].join('\n');
    const terms = termCloze(analyzeArticle(text));
    for (const c of terms) expect([c.key, ...c.distractors]).not.toContain('female');
    const genome = terms.filter((c) => c.key === 'genome');
    expect(genome.length).toBeGreaterThan(0);
    for (const c of genome) if (c.distractors.includes('water')) expect(c.score).toBeLessThan(0.5);
  });

  it('blanks no subject that stands for whoever was named before ("The _____ will cut 720 jobs")', () => {
    const text = [
      'Harwood & Lane will close 11 department stores, the company said on Friday.',
      'The company will cut about 720 jobs as a result of the closures.',
      'The company said online sales rose, and the company kept its dividend.',
      'Analysts said the company faced strains, and the closures were overdue.',
    ].join(' ');
    const keys = termCloze(analyzeArticle(text)).map((c) => c.prompt);
    expect(keys.some((p) => /The _____ will cut/.test(p))).toBe(false);
  });

  it('reads no past form of a verb as a term ("born")', () => {
    for (const c of terms) expect([c.key, ...c.distractors]).not.toContain('born');
  });

  it('offers no one for a thing while things are left ("physicist" for "krill")', () => {
    const krill = terms.find((c) => c.key === 'krill');
    expect(krill?.distractors.length).toBeGreaterThan(0);
    expect(krill?.distractors).not.toContain('physicist');
  });

  it('keeps a blank on a quoted word only for a quiz that has nothing better', () => {
    const quoted = terms.filter((c) => c.prompt.includes('"We have never seen _____'));
    const plain = terms.filter((c) => c.key === 'krill' && !c.prompt.includes('"'));
    expect(plain.length).toBeGreaterThan(0);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q.score).toBeLessThan(plain[0]?.score ?? 0);
  });

  it('keeps a blank on a word for whoever was named before, or a change beside things, for last', () => {
    const text = [
      'The company will cut about 720 jobs as the company closes stores in the regions.',
      'Seismic monitors recorded a rise in tremor, and the tremor shook the volcano near the airport.',
      'The volcano sent ash over the airport, and the rise in ash closed the runway for a day.',
      'Flights left the runway at dawn, and the volcano quietened after the company sent buses.',
    ].join(' ');
    const blanks = termCloze(analyzeArticle(text));
    const company = blanks.filter((c) => c.key === 'company');
    const rise = blanks.filter((c) => c.key === 'rise');
    expect(company.length + rise.length).toBeGreaterThan(0);
    for (const c of [...company, ...rise]) expect(c.score).toBeLessThan(0.5);
  });
});

describe('clozeQuestion on key terms', () => {
  const a = analyzeArticle(
    [
      'The cheetah (Acinonyx jubatus) is a large cat native to Africa and central Iran, where few remain.',
      'Large-scale surveys of the cat count adults across its range every ten years.',
      'The surveys show the scale of the loss of the cat across Africa since the last count.',
      'A cheetah hunts prey by day, and the prey of the cat is mostly gazelles in most parts.',
      'Scientists think the jubatus subspecies of the cat survives in small numbers in the north.',
    ].join(' '),
  );
  const terms = termCloze(a);

  it('never blanks part of a hyphened word', () => {
    expect(terms.some((c) => c.prompt.includes('Large-_____'))).toBe(false);
  });

  it('never blanks the second word of a species name', () => {
    expect(terms.some((c) => c.key === 'jubatus')).toBe(false);
    expect(terms.length).toBeGreaterThan(0);
  });
});

describe('clozeQuestion on a country beside its people word', () => {
  it('asks the blank only when nothing better is left', () => {
    const a = analyzeArticle(
      'Lübeck and Bremen remain proud cities of Germany today; many German car prefixes still reflect the title. France and Denmark also traded there, and Sweden did too.',
    );
    const germany = clozeQuestion(a, 1).find((c) => c.key === 'Germany');
    const france = clozeQuestion(a, 1).find((c) => c.key === 'France');
    expect(germany && france && germany.score < france.score).toBe(true);
  });
});

describe('clozeQuestion on a place that takes "the"', () => {
  it('offers after "the" only places that take it too', () => {
    const a = analyzeArticle(
      [
        'The war had devastated large parts of the Holy Roman Empire and the lands around it.',
        'Sweden received Western Pomerania, and France gained lands in Alsace.',
        'Spain fought the Dutch Republic until the peace, and the Ottoman Empire watched.',
      ].join(' '),
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Holy Roman Empire');
    expect(blank?.distractors.length).toBeGreaterThan(0);
    for (const d of blank?.distractors ?? []) expect(d).toMatch(/Empire$|Republic$/);
  });
  it('offers where no "the" stands before the blank no place that takes one', () => {
    const a = analyzeArticle(
      'Second and third place went to Ababel Yeshaneh and Gelete Burka, both from Ethiopia, with times of 2:20:51 and 2:20:55. Kosgei of Kenya won in Chicago, in the United States, ahead of runners from Austria.',
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Ethiopia');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors).not.toContain('United States');
  });

  it('offers no land of a people the sentence names as the key\'s side ("the Scottish team … against _____")', () => {
    const a = analyzeArticle(
      'The Scottish team needed to win their last game against Italy to qualify for the playoffs. Canada, Switzerland, Scotland and Norway also played.',
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Italy');
    expect(blank?.distractors.length).toBeGreaterThan(1);
    expect(blank?.distractors).not.toContain('Scotland');
  });

  it('reads "the Americas" as a continent and offers no continent without "the" for it', () => {
    const a = analyzeArticle(
      'Dengue is one of the fastest-growing infectious diseases in the Americas, the agency said. Cases in Curitiba and Londrina rose sharply.',
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Americas');
    for (const d of blank?.distractors ?? [])
      expect(['Curitiba', 'Londrina', 'Europe', 'Asia']).not.toContain(d);
  });
});

describe('clozeQuestion on a day after a short month name', () => {
  it('never blanks the day of "Sept. 30"', () => {
    const a = analyzeArticle(
      'The companies said they hoped to complete the merger by Sept. 30. The deal values Austral at 1.24 trillion pesos.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === '30')).toBe(false);
  });
});

describe('clozeQuestion on a place that locates the one before it', () => {
  it('never blanks the state after a city and a comma', () => {
    const a = analyzeArticle(
      'By November 1896 electricity was being sent to Buffalo, New York, some 30 km away from Niagara Falls. Tesla worked in Paris, Budapest and Prague before that.',
    );
    expect(clozeQuestion(a, 1).some((c) => c.key === 'New York')).toBe(false);
  });
});

describe('clozeQuestion on the top of a range', () => {
  it('offers no option at or below the range bottom, written in words', () => {
    const a = analyzeArticle(
      'Females give birth every two to three years after a gestation of roughly 11 months. The calves grow fast in the warm waters.',
    );
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'three');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(blank?.distractors).not.toContain('two');
    expect(blank?.distractors).not.toContain('one');
  });
});

describe('clozeQuestion on a body whose name runs past a comma', () => {
  it('never blanks "University of California" before ", Los Angeles,"', () => {
    const a = analyzeArticle(
      'Earning a PhD in oceanography from the University of California, Los Angeles, Munk took up diving. The University of California later hired him, and Stanford University did not.',
    );
    const blanks = clozeQuestion(a, 1).filter((c) => c.key === 'University of California');
    expect(blanks.some((c) => c.prompt.includes('_____, Los Angeles'))).toBe(false);
  });
});

describe('resolveOpeningPronoun in an entry about one man', () => {
  const entry = [
    'Alhazen, known in Arabic as Abu Ali al-Hasan, was an Arab mathematician and astronomer of the medieval period.',
    'He was born around 965 in the city of Basra.',
    'He wrote on optics. In Cairo he served the caliph al-Hakim as an engineer.',
    'His best-known book dealt with light and vision.',
    'Scholars in Europe later read Alhazen in Latin translation.',
  ].join('\n\n');
  const a = analyzeArticle(entry);

  it('puts the one word the man is known by for "He", not his longer Arabic name', () => {
    expect(resolveOpeningPronoun(a, 1)?.text).toBe(
      'Alhazen was born around 965 in the city of Basra.',
    );
  });

  it('reads "he" as the entry\'s subject when the only other man is named after the pronoun', () => {
    expect(resolveOpeningPronoun(a, 3)?.text).toBe(
      'In Cairo Alhazen served the caliph al-Hakim as an engineer.',
    );
  });

  it('reads a paragraph\'s first "His" as the subject\'s when the paragraph names nobody else', () => {
    expect(resolveOpeningPronoun(a, 4)?.text).toBe(
      "Alhazen's best-known book dealt with light and vision.",
    );
  });
});

describe('a language after "composed works in"', () => {
  const text = [
    'The scholar wrote mainly in Arabic but also composed works in Persian, including a short summary of logic.',
    'European and Indian readers later studied his books, and Greek sources shaped his thought.',
    'Officials in the capital described the work in detail in 1999.',
  ].join(' ');
  const a = analyzeArticle(text);

  it('offers only peoples whose word names a language', () => {
    const blank = clozeQuestion(a, 1).find((c) => c.key === 'Persian');
    for (const option of blank?.distractors ?? []) expect(option).not.toMatch(/European|Indian/);
  });

  it('swaps the language only for another language in a false statement', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const prompts = statementQuestion(a, seed).map((c) => c.prompt);
      expect(prompts.some((p) => /works in (?:European|Indian)\b/.test(p))).toBe(false);
    }
  });
});

describe('numbers after "more than"', () => {
  it('offers only higher figures for "more than _____", since a lower one would be true too', () => {
    const text =
      'Officials met again on the following morning to review the plans. More than 2,000 plant species have been recorded on the mountain. Officials met again on the following morning to review the plans.';
    const blank = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === '2,000');
    expect(blank?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const option of blank?.distractors ?? [])
      expect(Number(option.replace(/,/g, ''))).toBeGreaterThan(2000);
  });
});

describe('awards', () => {
  it('reads "Nobel Prizes" as no body to swap for another', () => {
    const text =
      'She worked at the Radium Institute in Paris. She remains the only person to have received Nobel Prizes in two different sciences. The Curie Institute later grew out of her laboratory.';
    const entities = [...analyzeArticle(text).entities.values()];
    expect(entities.find((e) => e.name === 'Nobel Prizes')).toBeUndefined();
  });
});

describe('a blank the headline answers', () => {
  const text = [
    'Weekly walks lowered blood pressure, Dutch trial finds',
    '',
    'Older adults who walked in groups saw their blood pressure fall, researchers in Nijmegen said on Wednesday.',
    'The Dutch health ministry said it would review the results.',
    'Officials met again on the following morning to review the plans.',
  ].join('\n');

  it('asks no blank on the people the headline names', () => {
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('Dutch');
  });

  it('reads "Middle Eastern" as a people\'s word, not a place', () => {
    const a = analyzeArticle(
      'The firm seeks to expand in African and Middle Eastern markets, its chief said in Istanbul.',
    );
    const entity = [...a.entities.values()].find((e) => e.name === 'Middle Eastern');
    expect(entity?.type).toBe('group');
  });
});
