import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import { applyGates } from '../../../src/core/gates/apply-gates.ts';
import type { Candidate } from '../../../src/core/questions/candidate.ts';

const text =
  'Anna Berg opened the festival in Lyon on Friday. ' +
  'In 2019 Anna Berg opened the festival in Paris on Friday. ' +
  'Tickets sold out within two hours of going on sale.';
const analysis = analyzeArticle(text);

function cloze(distractors: string[]): Candidate {
  return {
    family: 'cloze',
    type: 'multiple-choice',
    prompt: 'Fill in the blank: Anna Berg opened the festival in _____ on Friday.',
    key: 'Lyon',
    truth: true,
    distractors,
    sentences: [0],
    answer: 'place:lyon',
    answerType: 'place',
    numeric: false,
    forbidden: ['lyon'],
    explanation: 'The article says so.',
    score: 1,
    difficulty: 0.5,
  };
}

describe('applyGates', () => {
  it('drops a blank that a wrong option also fills truthfully somewhere in the article', () => {
    const { kept, removed } = applyGates([cloze(['Paris', 'Berlin'])], analysis);
    expect(kept).toHaveLength(0);
    expect(removed['distractor-supported']).toBe(1);
  });

  it('keeps a blank whose wrong options the article never states', () => {
    const { kept } = applyGates([cloze(['Berlin', 'Madrid'])], analysis);
    expect(kept).toHaveLength(1);
  });

  it('drops a "false" statement that the article makes inside a longer sentence', () => {
    const statement: Candidate = {
      ...cloze([]),
      family: 'statement',
      type: 'true-false',
      prompt: 'Anna Berg opened the festival in Paris on Friday.',
      key: '',
      truth: false,
      answer: 'place:lyon@0',
    };
    const { removed } = applyGates([statement], analysis);
    expect(removed['false-statement-in-text']).toBe(1);
  });

  it.each([
    ['Fill in the blank: He opened the festival in _____ on Friday.', 0],
    ['Fill in the blank: This was the first festival in _____ on a Friday.', 0],
    ['Fill in the blank: These festivals opened in _____ on Friday.', 1],
  ])('keeps "%s" only when its opening word names what it points to', (prompt, kept) => {
    const result = applyGates([{ ...cloze(['Berlin', 'Madrid']), prompt }], analysis);
    expect(result.kept).toHaveLength(kept);
  });
});

describe('applyGates on a key that starts a word of the prompt', () => {
  it('drops a blank whose prompt names the key as the start of a longer word', () => {
    const text =
      "Russia's airstrikes began on Wednesday. Regardless of Russian's motives, the strikes were a dangerous move by Russia.";
    const a = analyzeArticle(text);
    const giveaway: Candidate = {
      ...cloze(['Syria', 'Turkey']),
      prompt:
        "Fill in the blank: Regardless of Russian's motives, the strikes were a dangerous move by _____.",
      key: 'Russia',
      sentences: [1],
      forbidden: ['russia'],
    };
    expect(applyGates([giveaway], a).removed['key-in-prompt']).toBe(1);
  });

  it('drops a how-many question whose noun starts with the number', () => {
    const text = 'The sevengill shark has seven gills. It lives in kelp forests off the coast.';
    const a = analyzeArticle(text);
    const giveaway: Candidate = {
      ...cloze(['six', 'eight']),
      family: 'how-many',
      prompt: 'How many gills does the sevengill shark have?',
      key: 'seven',
      forbidden: [],
      answerType: 'number',
    };
    expect(applyGates([giveaway], a).kept).toHaveLength(0);
  });
});

describe('applyGates on pronouns', () => {
  it('drops a blank whose prompt opens with a pronoun after a one-word lead-in', () => {
    const text =
      'Ultimately, he began producing films in 2004. Nobody expected it to happen so soon.';
    const a = analyzeArticle(text);
    const dangling: Candidate = {
      ...cloze(['1998', '2009']),
      prompt: 'Fill in the blank: Ultimately, he began producing films in _____.',
      key: '2004',
      forbidden: [],
    };
    expect(applyGates([dangling], a).removed['unresolved-pronoun']).toBe(1);
  });

  it('keeps a blank whose key, put back, leans on an earlier sentence only as a last resort', () => {
    const text =
      'Researchers followed children at 24 schools in Seoul. Half of the schools added outdoor lessons.';
    const a = analyzeArticle(text);
    const share: Candidate = {
      ...cloze(['academies', 'clinics']),
      prompt: 'Fill in the blank: Half of the _____ added outdoor lessons.',
      key: 'schools',
      forbidden: [],
    };
    const [kept] = applyGates([share], a).kept;
    expect(kept?.score).toBeLessThan(0.5);
    const plain = {
      ...share,
      prompt: 'Fill in the blank: Researchers followed children at 24 _____.',
    };
    expect(applyGates([plain], a).kept[0]?.score).toBe(1);
  });

  it('keeps a blank after "this" or "these" only as a last resort', () => {
    const text =
      'Skin and mucus stop most germs. If a pathogen breaches these barriers, the innate immune system responds.';
    const a = analyzeArticle(text);
    const pointed: Candidate = {
      ...cloze(['organs', 'cells']),
      prompt:
        'Fill in the blank: If a pathogen breaches these _____, the innate immune system responds.',
      sentences: [1],
      key: 'barriers',
      forbidden: [],
    };
    expect(applyGates([pointed], a).kept[0]?.score).toBeLessThan(0.5);
  });

  it('drops a blank whose subject is a bare "Both"', () => {
    const text = 'Both earned nine delegates in the primary. Nobody expected it to happen so soon.';
    const a = analyzeArticle(text);
    const dangling: Candidate = {
      ...cloze(['seven', 'ten']),
      prompt: 'Fill in the blank: Both earned _____ delegates in the primary.',
      key: 'nine',
      forbidden: [],
    };
    expect(applyGates([dangling], a).removed['unresolved-pronoun']).toBe(1);
  });

  const court = [
    'Justice Helena Barros wrote for the majority of the court.',
    'In a dissent, Justice Rodrigo Mattos argued that Congress should decide.',
    'Three other justices joined his opinion.',
  ].join(' ');
  const joined = (text: string, prompt: string): Candidate => ({
    ...cloze(['Two', 'Four']),
    prompt,
    key: 'Three',
    forbidden: [],
    sentences: [analyzeArticle(text).segmented.sentences.length - 1],
  });

  it('drops a blank whose "his" comes before anyone its sentence names', () => {
    const prompt = 'Fill in the blank: _____ other justices joined his opinion.';
    const a = analyzeArticle(court);
    expect(applyGates([joined(court, prompt)], a).removed['unresolved-pronoun']).toBe(1);
  });

  it('keeps such a blank when the sentence names the man first, or the article is about one man', () => {
    const named = court.replace('Three other', 'Mattos said three other');
    const prompt = 'Fill in the blank: Mattos said _____ other justices joined his opinion.';
    const a = analyzeArticle(named);
    expect(applyGates([joined(named, prompt)], a).kept).toHaveLength(1);
    const about = [
      'Rodrigo Mattos was born in Recife, and he studied law in Sao Paulo.',
      'He joined the court in 2015, and his rulings drew praise.',
      'Three other justices joined his opinion.',
    ].join(' ');
    const b = analyzeArticle(about);
    const again = 'Fill in the blank: _____ other justices joined his opinion.';
    expect(applyGates([joined(about, again)], b).kept).toHaveLength(1);
  });
});

describe('applyGates on options of another kind', () => {
  const text = [
    'Nancy Pelosi said her plans for the new term will begin with easier issues.',
    'Donald Trump and Kevin McCarthy met the press on Friday afternoon.',
    'Mickey Hart played the drums at the ceremony in Washington.',
  ].join(' ');
  const a = analyzeArticle(text);
  const pelosi = [...a.entities.values()].find((e) => e.name === 'Nancy Pelosi');

  it('drops a question whose "her" leaves only one woman among the options', () => {
    const giveaway: Candidate = {
      ...cloze(['Donald Trump', 'Kevin McCarthy', 'Mickey Hart']),
      family: 'subject',
      prompt: 'Who said her plans for the new term will begin with easier issues?',
      key: 'Nancy Pelosi',
      answer: pelosi?.id ?? '',
      answerType: 'person',
      forbidden: ['nancy pelosi', 'pelosi'],
    };
    expect(applyGates([giveaway], a).removed['options-of-another-kind']).toBe(1);
  });

  it("drops it too when the key's own name does not tell her sex", () => {
    const study = analyzeArticle(
      'Professor Amara Okafor said her team plans a follow-up study next year. Donald Trump and Kevin McCarthy met the press on Friday. Mickey Hart played the drums in Washington.',
    );
    const okafor = [...study.entities.values()].find((e) => e.name === 'Amara Okafor');
    const giveaway: Candidate = {
      ...cloze(['Donald Trump', 'Kevin McCarthy', 'Mickey Hart']),
      family: 'subject',
      prompt: 'Who said her team plans a follow-up study next year?',
      key: 'Amara Okafor',
      answer: okafor?.id ?? '',
      answerType: 'person',
      forbidden: ['amara okafor', 'okafor'],
    };
    expect(okafor).toBeDefined();
    expect(applyGates([giveaway], study).removed['options-of-another-kind']).toBe(1);
  });

  it('drops an organization question whose wrong options are all of another kind', () => {
    const study = analyzeArticle(
      'Scientists from the University of Miami and the University of Cape Town published a study in Scientific Reports on Wednesday. Nobody expected it.',
    );
    const journal = [...study.entities.values()].find((e) => e.name === 'Scientific Reports');
    const giveaway: Candidate = {
      ...cloze(['University of Miami', 'University of Cape Town']),
      prompt: 'Fill in the blank: Scientists published a study in _____ on Wednesday.',
      key: 'Scientific Reports',
      answer: journal?.id ?? '',
      answerType: 'organization',
      forbidden: ['scientific reports'],
    };
    expect(journal).toBeDefined();
    expect(applyGates([giveaway], study).removed['options-of-another-kind']).toBe(1);
  });
});
