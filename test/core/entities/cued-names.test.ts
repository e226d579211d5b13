import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { genderOf } from '../../../src/core/distractors/entity-distractors.ts';

const FILLER = 'Officials met again on the following morning to review the plans.';

const typeOf = (text: string, name: string): string | undefined =>
  [...analyzeArticle(text).entities.values()].find((e) => e.name === name)?.type;

describe('names the words around them type', () => {
  it('reads a name set off as "a 90-hectare farm" or after "the brokerage" as a body', () => {
    const text = `${FILLER} At Flores del Sabana, a 90-hectare farm in the town of Facatativa, about 1,400 workers cut roses. Mariana Restrepo, an economist at the Bogota brokerage Valores Andinos, said demand was solid. ${FILLER}`;
    expect(typeOf(text, 'Flores del Sabana')).toBe('organization');
    expect(typeOf(text, 'Valores Andinos')).toBe('organization');
  });

  const shaka = [
    'Shaka was a king of the Zulu people in southeastern Africa.',
    'His mother was Nandi, a daughter of a chief of the neighbouring Langeni.',
    'Nandi and her son were forced to leave the Zulu homestead.',
    'He is remembered for the rapid expansion of Zulu territory.',
    'They found refuge with the Mthethwa, a larger confederation ruled by Dingiswayo.',
    'When Senzangakhona died in 1816, Dingiswayo supported the claim.',
    'In 1828 he was killed at KwaDukuza by his half-brothers Dingane and Mhlangana, assisted by an attendant named Mbopha.',
    'Francis Farewell and Henry Fynn reached the coast in 1824.',
  ].join(' ');

  it.each(['Nandi', 'Dingiswayo', 'Senzangakhona', 'Dingane', 'Mhlangana', 'Mbopha'])(
    'reads "%s", a name the tagger does not know, as a person by what the entry says of it',
    (name) => {
      expect(typeOf(shaka, name)).toBe('person');
    },
  );

  it('leaves a place named after a preposition of place a place, not a person', () => {
    expect(typeOf(shaka, 'KwaDukuza')).not.toBe('person');
  });

  it('reads a people the entry names as a people everywhere, never as a place', () => {
    const zulu = [...analyzeArticle(shaka).entities.values()].filter((e) => e.name === 'Zulu');
    expect(zulu.map((e) => e.type)).toEqual(['group']);
  });

  it('reads the sex of a name from the word for kin beside it ("his mother was Nandi")', () => {
    const analysis = analyzeArticle(shaka);
    const nandi = [...analysis.entities.values()].find((e) => e.name === 'Nandi');
    expect(nandi && genderOf(analysis, nandi)).toBe('female');
  });

  it('reads the sex of each name in a list after a word for kin ("his half-brothers Dingane and Mhlangana")', () => {
    const analysis = analyzeArticle(shaka);
    const mhlangana = [...analysis.entities.values()].find((e) => e.name === 'Mhlangana');
    expect(mhlangana && genderOf(analysis, mhlangana)).toBe('male');
  });

  it('leaves a bare given name after a word for kin untyped ("his wife Mary")', () => {
    const text = `${FILLER} Walter Munk died on Friday. "We thought he would live forever," said his wife Mary. ${FILLER}`;
    expect(typeOf(text, 'Mary')).toBeUndefined();
  });

  it('finds every mention of a full name typed once ("Bi Sheng made characters")', () => {
    const text = `${FILLER} The earliest known movable type was invented by Bi Sheng, a commoner of the Song dynasty. According to the scholar Shen Kuo, Bi Sheng made characters from moistened clay. ${FILLER}`;
    const bi = [...analyzeArticle(text).entities.values()].find((e) => e.name === 'Bi Sheng');
    expect(bi?.mentions).toHaveLength(2);
  });

  it('reads "90 per cent" as a share', () => {
    const [q] = analyzeArticle(
      'About 90 per cent of the reptile species are endemic.',
    ).quantities.flat();
    expect(q?.kind).toBe('percent');
  });
});
