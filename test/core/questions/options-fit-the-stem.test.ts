import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { clozeQuestion } from '../../../src/core/questions/cloze-question.ts';
import { roleQuestion } from '../../../src/core/questions/role-question.ts';
import { statementQuestion } from '../../../src/core/questions/statement-question.ts';

const FILLER = 'Officials met again on the following morning to review the plans.';

describe('options that fit what the stem says of the key', () => {
  const sinkhole = [
    FILLER,
    'The victims were named by police as Marta Cojtí, 44, a market vendor, and her son Esteban, 15.',
    '"We cannot let families go back," said Lucía Barrios, a spokeswoman for the agency.',
    '"We reported it three times," said Héctor Ajú, 58, a taxi driver who lives nearby.',
    'Mayor Ana Quiroa visited the site on Tuesday and promised an inquiry.',
    FILLER,
  ].join(' ');

  it('offers no man for a blank followed by "and her son"', () => {
    const cloze = clozeQuestion(analyzeArticle(sinkhole), 1).find((c) => c.key === 'Marta Cojtí');
    expect(cloze?.distractors.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(cloze?.distractors).not.toContain('Héctor Ajú');
  });

  it('offers nobody without a role for "who is the French explorer?"', () => {
    const text = `${FILLER} The French explorer Jacques Cartier visited the site in 1535. A settlement was founded in 1608 by Samuel de Champlain, who built a trading post. In 1663 Bishop François de Laval founded a seminary. British troops under General James Wolfe took the city in 1759. ${FILLER}`;
    const role = roleQuestion(analyzeArticle(text), 1).find((c) => c.key === 'Jacques Cartier');
    expect(role?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(role?.distractors).not.toContain('Samuel de Champlain');
  });

  it("offers no man for a spokeswoman, nor for a winner of the women's division", () => {
    const text = `${FILLER} Gasimov's coach, Rovshan Aliyev, said the team would rest for ten days. Ticket sales reached about 21,000, said Leyla Huseynova, a spokeswoman for the federation. Mongolia took three golds, won by Tsogt Erdenebat at under-100 kg and Oyunbileg Naranbaatar in the women's under-78 kg division. Elnur Gasimov won the home crowd over. The bronze went to Aigerim Bekova of Kazakhstan. ${FILLER}`;
    const clozes = clozeQuestion(analyzeArticle(text), 1);
    for (const key of ['Leyla Huseynova', 'Oyunbileg Naranbaatar']) {
      const cloze = clozes.find((c) => c.key === key);
      expect(cloze?.distractors.length ?? 0).toBeGreaterThanOrEqual(2);
      for (const man of ['Rovshan Aliyev', 'Elnur Gasimov'])
        expect(cloze?.distractors).not.toContain(man);
    }
  });

  it('offers only languages for "the name stinkbird in _____"', () => {
    const text = `${FILLER} The odour has earned the bird the name stinkbird in English, and its meat is rarely eaten. German and Belgian scientists studied it, and Greek words gave the genus its name. ${FILLER}`;
    const cloze = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'English');
    expect(cloze?.distractors.length).toBe(3);
    expect(cloze?.distractors).not.toContain('Belgian');
  });

  it('offers nobody without a role for "who is the Congress leader?"', () => {
    const text = `${FILLER} The campaign was led by Mohandas K. Gandhi in 1930. Jawaharlal Nehru was imprisoned in April. On 21 May the poet and Congress leader Sarojini Naidu led a raid on the salt works. The American journalist Webb Miller described the beatings, and the viceroy, Lord Irwin, met Gandhi later. ${FILLER}`;
    const role = roleQuestion(analyzeArticle(text), 1).find((c) => c.key === 'Sarojini Naidu');
    expect(role?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of role?.distractors ?? [])
      expect(['Mohandas K. Gandhi', 'Jawaharlal Nehru']).not.toContain(d);
  });

  it('offers no queen for "who is the English botanist?", nor a genus as anyone', () => {
    const text = `${FILLER} The plant was first described by the German botanist Eduard Friedrich Poeppig in 1832. In 1837 the English botanist John Lindley, working from material sent by the explorer Robert Schomburgk, named it Victoria regia in honour of the young Queen Victoria. The genus Victoria contains two other species, Victoria cruziana and Victoria boliviana. ${FILLER}`;
    const a = analyzeArticle(text);
    const options = roleQuestion(a, 1).flatMap((c) => [c.key, ...c.distractors]);
    expect(options).toContain('John Lindley');
    expect(options).not.toContain('Victoria');
    expect(
      [...a.entities.values()].filter((e) => e.name === 'Victoria').map((e) => e.type),
    ).toEqual(['person']);
  });

  it('offers no continent that is not tropical for "tropical _____"', () => {
    const text = `${FILLER} The water lily is native to the rivers and floodplains of tropical South America. ${FILLER}`;
    const cloze = clozeQuestion(analyzeArticle(text), 1).find((c) => c.key === 'South America');
    expect(cloze?.distractors.length).toBe(3);
    expect(cloze?.distractors).not.toContain('Europe');
    expect(cloze?.distractors).not.toContain('Antarctica');
  });

  it('never swaps a band\'s name where it ends a person\'s ("Eddie" Van Halen)', () => {
    const text = `${FILLER} Edward Lodewijk "Eddie" Van Halen, lead guitarist of US rock band Van Halen, died on Tuesday at age 65. In an interview with Rolling Stone, the singer praised his playing. Van Halen sold over 10 million copies of its debut album. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /"Eddie" (?!Van Halen)/.test(p))).toBe(false);
  });

  it('offers no man for "his mother _____" and no woman for "his half-brother _____"', () => {
    const text = `${FILLER} His mother was Nandi, a daughter of a chief. His sister, Nomcoba, stayed with her, and his aunt Mkabayi ruled a homestead nearby. In 1816 his half-brother Sigujana was killed, and Dingiswayo supported his claim. After the death of his mother Nandi in October 1827, Shaka ordered a long period of mourning. Francis Farewell and Henry Fynn reached the coast in 1824. ${FILLER}`;
    const clozes = clozeQuestion(analyzeArticle(text), 1);
    const mother = clozes.find((c) => c.key === 'Nandi' && c.prompt.includes('his mother _____'));
    expect(mother?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(mother?.distractors).not.toContain('Sigujana');
    expect(mother?.distractors).not.toContain('Henry Fynn');
    const joined = clozeQuestion(
      analyzeArticle(
        `${FILLER} His mother was Nandi, a daughter of a chief. In 1828 he was killed by his half-brothers Dingane and Mhlangana, assisted by an attendant named Mbopha. When Senzangakhona died in 1816, the claim passed on. For years they fought Zwide, ruler of the Ndwandwe. Their brother Mpande fled across the Tugela River in 1839. ${FILLER}`,
      ),
      1,
    ).find((c) => c.key === 'Mhlangana');
    expect(joined?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(joined?.distractors).not.toContain('Nandi');
    // Dead since 1816, the father killed no one in 1828.
    expect(joined?.distractors).not.toContain('Senzangakhona');
    const brother = clozes.find((c) => c.key === 'Sigujana');
    expect(brother?.distractors.length).toBeGreaterThanOrEqual(2);
    expect(brother?.distractors).not.toContain('Nandi');
    expect(brother?.distractors).not.toContain('Nomcoba');
  });

  it('swaps no other place into a list of islands ("the islands of A, B and C")', () => {
    const text = `${FILLER} The archipelago also includes the islands of Abd al Kuri, Samhah and Darsah, together with several rocky islets. In 1967 the island became part of South Yemen. Traders came from Egypt and India. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /islands of (?!Abd al Kuri, Samhah and Darsah)/.test(p))).toBe(
      false,
    );
  });

  it('blanks no work someone owns by name ("in his Dream Pool Essays")', () => {
    const text = `${FILLER} According to the scholar Shen Kuo, who described the process in his Dream Pool Essays of 1088, Bi Sheng made characters from clay. The National Library of France holds the only copy, and UNESCO listed it in 2001. ${FILLER}`;
    const keys = clozeQuestion(analyzeArticle(text), 1).map((c) => c.key);
    expect(keys).not.toContain('Dream Pool Essays');
  });

  it('offers other days of the same month for a day and month, none past the end of a range', () => {
    const protest = `${FILLER} Protesters demand an inquiry into police violence against protesters on June 12, and the release of those arrested. ${FILLER}`;
    const june = clozeQuestion(analyzeArticle(protest), 1).find((c) => c.key === 'June 12');
    expect(june?.distractors.length).toBe(3);
    for (const d of june?.distractors ?? []) expect(d).toMatch(/^June \d{1,2}$/);
    const festival = `${FILLER} From March 15 to 17, the city played host to the festival, an annual event for artists and their fans. ${FILLER}`;
    const march = clozeQuestion(analyzeArticle(festival), 1).find((c) => c.key === 'March 15');
    expect(march?.distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of march?.distractors ?? []) expect(Number(d.split(' ')[1])).toBeLessThan(17);
  });

  it('swaps no body of another kind into a known kind ("died at Gleneagles Hospital")', () => {
    const text = `${FILLER} Mugabe was treated in Singapore for months. Mugabe died at Gleneagles Hospital in the morning, the ministry said. The Movement for Democratic Change won a majority in 2008, and Tsvangirai led the Movement for Democratic Change for years. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /died at (?!Gleneagles Hospital)/.test(p))).toBe(false);
  });

  it('swaps no name glued to a prefix by a hyphen ("charities such as al-Haramain")', () => {
    const text = `${FILLER} Saudi Arabia spent billions spreading its teaching through religious charities such as al-Haramain Foundation. OPEC raised the price of oil in 1973, and OPEC ministers met in Vienna. ${FILLER}`;
    const prompts = statementQuestion(analyzeArticle(text), 1).map((c) => c.prompt);
    expect(prompts.some((p) => /al-(?!Haramain)/.test(p))).toBe(false);
  });

  it('neither blanks nor swaps a continent that a people of it places ("the Zulu people in southeastern _____")', () => {
    const text = `${FILLER} Shaka was a king of the Zulu people in southeastern Africa who built a powerful state. Traders from Europe and Asia later reached the coast of Africa. ${FILLER}`;
    const analysis = analyzeArticle(text);
    const blanks = clozeQuestion(analysis, 1).filter((c) => c.prompt.includes('Zulu people'));
    expect(blanks.map((c) => c.key)).not.toContain('Africa');
    const prompts = statementQuestion(analysis, 1).map((c) => c.prompt);
    expect(prompts.some((p) => /southeastern (?!Africa)/.test(p))).toBe(false);
  });
});
