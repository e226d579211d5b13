import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/analyze-article.ts';
import type { Candidate } from '../../../src/core/questions/candidate.ts';
import { createRandom } from '../../../src/core/random.ts';
import { selectQuestions } from '../../../src/core/select/select-questions.ts';

const analysis = analyzeArticle(
  'The council approved 40 new homes for the village on Monday evening. The builder will employ 60 workers on the site.',
);

function candidate(overrides: Partial<Candidate>): Candidate {
  return {
    family: 'statement',
    type: 'true-false',
    prompt: 'The council approved 45 new homes for the village on Monday evening.',
    key: '',
    truth: false,
    distractors: [],
    sentences: [0],
    answer: 'number@0',
    answerType: 'statement',
    numeric: false,
    forbidden: [],
    explanation: 'False.',
    score: 2,
    difficulty: 0.4,
    ...overrides,
  };
}

describe('selectQuestions', () => {
  it('never puts a true/false statement on a sentence a "which statement" question lists', () => {
    const listing = candidate({
      family: 'statement-choice',
      type: 'multiple-choice',
      prompt: 'Which statement matches paragraph 1 of the article?',
      key: 'The council approved 40 new homes for the village on Monday evening.',
      truth: true,
      distractors: [
        'The council approved 45 new homes for the village on Monday evening.',
        'The council approved 40 new homes for the village on Friday evening.',
      ],
      answer: 'statement-choice@0',
    });
    const statement = candidate({
      prompt: 'The council approved 40 new homes for the village on Friday evening.',
    });
    const chosen = selectQuestions(
      [listing, statement],
      { multipleChoice: 1, trueFalse: 1 },
      analysis,
      createRandom(1),
    );
    expect(chosen).toHaveLength(1);
  });

  it('never asks a figure that another question shows with the word it counts', () => {
    const blank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt:
        'Fill in the blank: The council approved _____ new homes for the village on Monday evening.',
      key: '40',
      truth: true,
      distractors: ['30', '50', '60'],
      answer: 'number:40',
      answerType: 'number',
      numeric: true,
    });
    const quote = candidate({
      family: 'quote-attribution',
      type: 'multiple-choice',
      prompt: 'Who said: "40 new homes will change the village"?',
      key: 'Ann Lee',
      truth: true,
      distractors: ['Bo Park', 'Cy Moss'],
      sentences: [1],
      answer: 'person:ann',
      answerType: 'person',
      score: 3,
    });
    const chosen = selectQuestions(
      [blank, quote],
      { multipleChoice: 2, trueFalse: 0 },
      analysis,
      createRandom(1),
    );
    expect(chosen).toHaveLength(1);
  });

  it('keeps "which of these is true?" for when nothing else is left', () => {
    const cloze = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: 'Fill in the blank: The builder will employ _____ workers on the site.',
      key: '60',
      truth: true,
      distractors: ['45', '75'],
      sentences: [1],
      answer: 'number:1:22',
      answerType: 'number',
      score: 0.1,
    });
    const whichTrue = candidate({
      family: 'which-true',
      type: 'multiple-choice',
      prompt: 'Which of these statements is true, according to the article?',
      key: 'The council approved 40 new homes for the village on Monday evening.',
      truth: true,
      distractors: [
        'The builder will employ 75 workers on the site.',
        'The builder will employ 45 workers on the site.',
      ],
      sentences: [0, 1],
      answer: 'which-true@0',
      score: 3,
    });
    const [first] = selectQuestions(
      [whichTrue, cloze],
      { multipleChoice: 1, trueFalse: 0 },
      analysis,
      createRandom(1),
    );
    expect(first?.family).toBe('cloze');
  });
});

describe('selectQuestions with a statement and a blank on one sentence', () => {
  const blank = candidate({
    family: 'cloze',
    type: 'multiple-choice',
    prompt:
      'Fill in the blank: The council approved _____ new homes for the village on Monday evening.',
    key: '40',
    truth: true,
    distractors: ['30', '45', '50'],
    answer: 'number:40',
    answerType: 'number',
    numeric: true,
    forbidden: ['40'],
    score: 3,
  });

  it('never asks a changed number a blank on the same sentence asks for', () => {
    const changedNumber = candidate({ changed: '40' });
    const chosen = selectQuestions(
      [blank, changedNumber],
      { multipleChoice: 1, trueFalse: 1 },
      analysis,
      createRandom(1),
    );
    expect(chosen.map((c) => c.family)).toEqual(['cloze']);
  });
});

describe('selectQuestions with a statement a blank on its sentence gives away', () => {
  const dayBlank = candidate({
    family: 'cloze',
    type: 'multiple-choice',
    prompt:
      'Fill in the blank: The council approved 40 new homes for the village on _____ evening.',
    key: 'Monday',
    truth: true,
    distractors: ['Tuesday', 'Friday', 'Sunday'],
    answer: 'date:monday',
    answerType: 'date',
    forbidden: ['monday'],
    score: 3,
  });
  const pick = (statement: Candidate): string[] =>
    selectQuestions(
      [dayBlank, statement],
      { multipleChoice: 1, trueFalse: 1 },
      analysis,
      createRandom(1),
    ).map((c) => c.family);

  it('asks no true statement the prompt of a blank shows whole', () => {
    const shown = candidate({
      prompt: 'The council approved 40 new homes for the village.',
      truth: true,
      answer: 'fact@0',
      explanation: 'True.',
    });
    expect(pick(shown)).toEqual(['cloze']);
  });

  it('asks no false statement whose changed words the prompt of a blank shows', () => {
    const changed = candidate({
      prompt: 'The council approved 45 new homes for the village.',
      changed: '40',
    });
    expect(pick(changed)).toEqual(['cloze']);
  });
});

describe('selectQuestions asking about an answer twice', () => {
  it("never asks about the same answer again in a blank that repeats the first question's words", () => {
    const quote = candidate({
      family: 'quote-attribution',
      type: 'multiple-choice',
      prompt: 'Who said: "We are go for launch"?',
      key: 'Alan Shepard',
      truth: true,
      distractors: ['Doug Hurley', 'Bob Behnken'],
      sentences: [0, 1],
      answer: 'person:alan shepard',
      answerType: 'person',
      score: 3,
    });
    const blank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: 'Fill in the blank: The pilot quoted _____ before launch: "We are go for launch".',
      key: 'Alan Shepard',
      truth: true,
      distractors: ['Doug Hurley', 'Bob Behnken'],
      sentences: [1],
      answer: 'person:alan shepard',
      answerType: 'person',
      score: 2,
    });
    const chosen = selectQuestions(
      [quote, blank],
      { multipleChoice: 2, trueFalse: 0 },
      analysis,
      createRandom(1),
    );
    expect(chosen).toHaveLength(1);
  });
});

describe('selectQuestions with negated statements', () => {
  it('takes at most one negated statement for four statements asked', () => {
    const text = [
      'The council approved the plan on Monday evening after a long debate.',
      'The builder was paid in full by the end of the summer season.',
      'The village school was closed for repairs during the spring term.',
      'The mayor has signed the order for the new road to the harbour.',
    ].join(' ');
    const a = analyzeArticle(text);
    const negated = a.segmented.sentences.map((s, i) =>
      candidate({
        prompt: s.normalized.replace(/ (was|has) /, ' $1 not '),
        sentences: [i],
        answer: `negation@${i}`,
      }),
    );
    const chosen = selectQuestions(
      negated,
      { multipleChoice: 0, trueFalse: 4 },
      a,
      createRandom(1),
    );
    expect(chosen).toHaveLength(1);
  });
});

describe('selectQuestions when short of questions', () => {
  it('does not ask the same number twice in two wordings of one sentence', () => {
    const text =
      'The animals were transported more than 500 miles by truck. The herd arrived on Wednesday morning.';
    const a = analyzeArticle(text);
    const base = {
      type: 'multiple-choice' as const,
      key: '500',
      truth: true,
      distractors: ['250', '630', '750'],
      sentences: [0],
      answer: 'number:0:36',
      answerType: 'number',
      numeric: true,
      forbidden: [],
      explanation: 'The article says so.',
      difficulty: 0.5,
    };
    const chosen = selectQuestions(
      [
        {
          ...base,
          family: 'how-many',
          prompt: 'About how many miles were the animals transported?',
          score: 3,
        },
        {
          ...base,
          family: 'cloze',
          prompt: 'Fill in the blank: The animals were transported more than _____ miles by truck.',
          score: 2,
        },
      ],
      { multipleChoice: 2, trueFalse: 0 },
      a,
      createRandom(1),
    );
    expect(chosen).toHaveLength(1);
  });
});

describe('selectQuestions on a short article', () => {
  it('moves a question to another sentence when that leaves room for a statement', () => {
    const howMany = candidate({
      family: 'how-many',
      type: 'multiple-choice',
      prompt: 'How many new homes did the council approve for the village?',
      key: '40',
      truth: true,
      distractors: ['30', '45', '50'],
      answer: 'number:0:21',
      answerType: 'number',
      numeric: true,
      score: 3,
    });
    const blank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: 'Fill in the blank: The builder will employ _____ workers on the site.',
      key: '60',
      truth: true,
      distractors: ['45', '75', '90'],
      sentences: [1],
      answer: 'number:1:22',
      answerType: 'number',
      numeric: true,
      score: 1,
    });
    const statement = candidate({
      prompt: 'The council approved 40 new homes for the village on Monday evening.',
      truth: true,
      answer: 'true@0',
    });
    const chosen = selectQuestions(
      [howMany, blank, statement],
      { multipleChoice: 1, trueFalse: 1 },
      analysis,
      createRandom(1),
    );
    expect(chosen.map((c) => c.family).sort()).toEqual(['cloze', 'statement']);
  });
});

describe('selectQuestions with a weak blank to spare', () => {
  it('takes statements later when that spares the quiz a weak blank', () => {
    const blank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt:
        'Fill in the blank: The council approved _____ new homes for the village on Monday evening.',
      key: '40',
      truth: true,
      distractors: ['30', '45', '50'],
      answer: 'number:0:21',
      answerType: 'number',
      numeric: true,
      score: 2.2,
    });
    const weakBlank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: 'Fill in the blank: The builder will employ 60 _____ on the site.',
      key: 'workers',
      truth: true,
      distractors: ['homes', 'village', 'evening'],
      sentences: [1],
      answer: 'term:workers',
      answerType: 'term',
      score: 0.3,
    });
    const statements = [
      candidate({
        prompt: 'The council approved 40 new homes for the village on Monday evening.',
        truth: true,
        answer: 'fact@0',
        score: 2.5,
      }),
      candidate({ changed: '40', score: 2.5 }),
      candidate({
        prompt: 'The builder will employ 60 workers on the site.',
        truth: true,
        sentences: [1],
        answer: 'fact@1',
        score: 1.5,
      }),
      candidate({
        prompt: 'The builder will employ 75 workers on the site.',
        sentences: [1],
        answer: 'number@1',
        changed: '60',
        score: 1.5,
      }),
    ];
    for (const seed of [1, 2, 3, 4]) {
      const chosen = selectQuestions(
        [blank, weakBlank, ...statements],
        { multipleChoice: 1, trueFalse: 1 },
        analysis,
        createRandom(seed),
      );
      expect(chosen).toHaveLength(2);
      expect(chosen.map((c) => c.answerType)).not.toContain('term');
    }
  });
});

describe('selectQuestions weighing a weak blank against a statement', () => {
  it('makes a statement fewer rather than ask a weak blank in place of a sound one', () => {
    const three = analyzeArticle(
      'The council approved 40 new homes for the village on Monday evening. The builder will employ 60 workers on the site. Work on the site should start in the spring, officials said.',
    );
    const sound = (sentence: number, key: string, prompt: string): Candidate =>
      candidate({
        family: 'cloze',
        type: 'multiple-choice',
        prompt,
        key,
        truth: true,
        distractors: ['30', '45', '50'],
        sentences: [sentence],
        answer: `number:${sentence}`,
        answerType: 'number',
        numeric: true,
        score: 2.2,
      });
    const blanks = [
      sound(
        0,
        '40',
        'Fill in the blank: The council approved _____ new homes for the village on Monday evening.',
      ),
      sound(1, '60', 'Fill in the blank: The builder will employ _____ workers on the site.'),
    ];
    const weakBlank = candidate({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: 'Fill in the blank: Work on the site should start in the _____, officials said.',
      key: 'spring',
      truth: true,
      distractors: ['homes', 'village', 'evening'],
      sentences: [2],
      answer: 'term:spring',
      answerType: 'term',
      score: 0.3,
    });
    const statements = [
      candidate({
        prompt: 'The council approved 40 new homes for the village on Monday evening.',
        truth: true,
        answer: 'fact@0',
        score: 2.5,
      }),
      candidate({
        prompt: 'The builder will employ 75 workers on the site.',
        sentences: [1],
        answer: 'number@1',
        changed: '60',
        score: 2.5,
      }),
    ];
    for (const seed of [1, 2, 3, 4]) {
      const chosen = selectQuestions(
        [...blanks, weakBlank, ...statements],
        { multipleChoice: 2, trueFalse: 2 },
        three,
        createRandom(seed),
      );
      expect(chosen.filter((c) => c.type === 'multiple-choice')).toHaveLength(2);
      expect(chosen.map((c) => c.answerType)).not.toContain('term');
    }
  });
});
