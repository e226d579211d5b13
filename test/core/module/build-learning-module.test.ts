import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLearningModule, type LearningModule } from '../../../src/index.ts';
import { allEvidence } from './module-evidence.ts';

function seed(name: string): string {
  return readFileSync(new URL(`../../../seeds/${name}.txt`, import.meta.url), 'utf8');
}

const seeds = [
  'russia-airstrikes-syria',
  'brightwater-bakery-expansion',
  'fenwick-rovers-cup-final',
  'marrowick-coral-reef',
];
const syriaText = seed('russia-airstrikes-syria');
const syria = buildLearningModule(syriaText);
const modules = new Map<string, [string, LearningModule]>(
  seeds.map((name) => [name, [seed(name), buildLearningModule(seed(name))]]),
);

function roleOf(module: LearningModule, name: string): string[] | undefined {
  return module.people.find((p) => p.name === name)?.roles;
}

describe('buildLearningModule on the Syria seed', () => {
  it('labels the module and gives its title', () => {
    expect(syria.format).toBe('quizgen/module@1');
    expect(syria.title).toMatch(/^Shortly after a unanimous parliamentary vote/);
  });

  it.each([
    ['John Kerry', 'U.S. Secretary of State'],
    ['Sergey Lavrov', 'Russian foreign minister'],
    ['Carter Ash', 'U.S. Defense Secretary'],
    ['Bashar al-Assad', 'Syrian President'],
  ])("lists %s in who's who as %s", (name, role) => {
    expect(roleOf(syria, name)).toEqual([role]);
  });

  it("keeps only people and organizations in who's who, not countries or nationalities", () => {
    const names = syria.people.map((p) => p.name);
    expect(names).not.toContain('Russia');
    expect(names).not.toContain('Russian');
    expect(syria.places.map((p) => p.name)).toEqual(['Russia', 'Syria', 'United States']);
  });

  it('says what each key number counts', () => {
    expect(syria.numbers.map((n) => n.figure)).toEqual([
      'eight ISIS positions',
      '28 people',
      '36 people',
    ]);
    expect(syria.numbers[1]?.phrase).toContain('Reports of casualties');
  });

  it('gives each quote to its speaker', () => {
    expect(syria.quotes.map((q) => [q.speaker, q.quote.slice(0, 20)])).toEqual([
      ['Carter Ash', 'I want to be careful'],
      ['Carter Ash', 'By supporting Assad '],
      ['Sergey Lavrov', 'get in touch and est'],
    ]);
  });

  it('keeps the key points in article order and in the article words', () => {
    const indexes = syria.keyPoints.map((k) => k.evidence.sentence);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(syria.keyPoints.length).toBeGreaterThanOrEqual(5);
    expect(syria.keyPoints[0]?.text).toBe(
      'Shortly after a unanimous parliamentary vote, Russia launched its first round of airstrikes in Syria on Wednesday.',
    );
  });

  it('makes role cards both ways round and never repeats a front', () => {
    const cards = syria.flashcards.map((c) => [c.front, c.back]);
    expect(cards).toContainEqual(['Who is the U.S. Secretary of State?', 'John Kerry']);
    expect(cards).toContainEqual(['Who is the Russian foreign minister?', 'Sergey Lavrov']);
    const fronts = syria.flashcards.map((c) => c.front.toLowerCase());
    expect(new Set(fronts).size).toBe(fronts.length);
  });
});

describe('buildLearningModule on every seed', () => {
  it.each(seeds)('gives exact evidence for every item of %s', (name) => {
    const [text, module] = modules.get(name) ?? ['', syria];
    for (const [where, e] of allEvidence(module)) {
      expect(text.slice(e.start, e.end), where).toBe(e.text);
      expect(e.text.length, where).toBeGreaterThan(0);
    }
  });

  it.each(seeds)('fills every section of %s and caps the flashcards at 20', (name) => {
    const [, module] = modules.get(name) ?? ['', syria];
    for (const list of [module.keyPoints, module.people, module.numbers, module.quotes])
      expect(list.length).toBeGreaterThan(0);
    expect(module.flashcards.length).toBeLessThanOrEqual(20);
  });

  it.each([
    ['marrowick-coral-reef', 'Elena Varga', 'the marine biologist who led the expedition'],
    ['marrowick-coral-reef', 'Tomas J. Ridley', "head of the institute's genetics laboratory"],
    ['marrowick-coral-reef', 'Brenlow Ocean Trust', 'a charity that supports coastal research'],
    ['fenwick-rovers-cup-final', 'Hannah Brightwell', 'Rovers manager'],
    ['brightwater-bakery-expansion', 'Priya Nandakumar', 'Chief Executive'],
  ])('reads from %s that %s is %s', (name, who, role) => {
    const [, module] = modules.get(name) ?? ['', syria];
    expect(roleOf(module, who)).toContain(role);
  });

  it('leaves titles and initials read as names out of who\'s who ("Dr", "Tomas J")', () => {
    const [, module] = modules.get('marrowick-coral-reef') ?? ['', syria];
    const names = module.people.map((p) => p.name);
    expect(names).not.toContain('Dr');
    expect(names).not.toContain('Prof');
    expect(names).not.toContain('Tomas J');
  });

  it('gives a quote after "said Dr. Elena Varga" to Elena Varga and reads on into her next sentence', () => {
    const [, module] = modules.get('marrowick-coral-reef') ?? ['', syria];
    const first = module.quotes[0];
    expect(first?.speaker).toBe('Elena Varga');
    expect(first?.quote).toBe(
      'We expected a few scattered colonies - what we found was a living wall. Some of the coral mounds are taller than a two-storey house.',
    );
  });

  it('keeps a number with its unit and leaves out bare numbers and clock times', () => {
    const [, bakery] = modules.get('brightwater-bakery-expansion') ?? ['', syria];
    const [, cup] = modules.get('fenwick-rovers-cup-final') ?? ['', syria];
    const figures = [...bakery.numbers, ...cup.numbers].map((n) => n.figure);
    expect(figures).toContain('18 percent');
    expect(figures).toContain('48 million dollars');
    expect(figures).toContain('18,400 fans');
    expect(figures).not.toContain('9.4 million');
    expect(figures.some((f) => /^4\b/.test(f) || f === '12')).toBe(false);
  });
});

describe('buildLearningModule on short texts', () => {
  it.each([
    ['an empty text', ''],
    [
      'a text without names or quotes',
      'It rained all day. The river rose slowly and the fields were wet by evening.',
    ],
  ])('returns empty sections for %s without throwing', (_name, text) => {
    const module = buildLearningModule(text);
    expect(module.quotes).toEqual([]);
    expect(module.people).toEqual([]);
    expect(module.flashcards.every((c) => c.front !== '')).toBe(true);
  });

  it('lists dates chronologically when every one names its year', () => {
    const text =
      'The museum opened in March 2001 after a long wait. Its new wing was finished in 1998 by local builders. The roof was repaired in June 2010 after a storm.';
    const module = buildLearningModule(text);
    expect(module.datesOrder).toBe('chronological');
    expect(module.dates.map((d) => d.date)).toEqual(['1998', 'March 2001', 'June 2010']);
  });

  it('keeps dates in article order when one cannot be placed', () => {
    const text =
      'The museum opened on Tuesday after a long wait. Its new wing was finished in 1998 by local builders.';
    const module = buildLearningModule(text);
    expect(module.datesOrder).toBe('article');
    expect(module.dates.map((d) => d.date)).toEqual(['Tuesday', '1998']);
  });

  it('uses a given title over the one in the text', () => {
    expect(buildLearningModule(syriaText, { title: 'Airstrikes' }).title).toBe('Airstrikes');
  });
});
