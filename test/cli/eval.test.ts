import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval/run-eval.ts';
import { generateQuiz, type HumanQuestion, type MultipleChoiceQuestion } from '../../src/index.ts';
import { germanText, seedText } from './articles.ts';
import { createMemoryIo } from './memory-io.ts';

const quiz = generateQuiz(seedText, { multipleChoice: 8, trueFalse: 6, seed: 1 });
const mcs = quiz.questions.filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice');

/** Human questions whose answers are exactly our keys, where our evidence states them. */
function humansFromKeys(): HumanQuestion[] {
  return mcs.flatMap((q) => {
    const key = q.choices.find((c) => c.id === q.answer)?.text ?? '';
    const span = q.evidence.find((e) => e.text.includes(key));
    if (span === undefined) return [];
    const start = span.start + span.text.indexOf(key);
    return [
      { question: `About ${key}?`, answer: key, start, end: start + key.length, alternatives: [] },
    ];
  });
}

const humans = humansFromKeys();
const unasked = { question: 'What is this?', answer: 'zzzz', start: 0, end: 4, alternatives: [] };
const corpus = {
  'corpus/a.txt': seedText,
  'corpus/a.questions.json': JSON.stringify({ questions: [...humans, unasked] }),
  'corpus/notes.md': 'not an article',
};

interface EvalJson {
  articles: number;
  pass: boolean;
  checks: { id: string; value: number | null }[];
  human: { keys: number; keysMatched: number; answers: number; answersAsked: number };
  refused: { name: string }[];
}

async function evalJson(files: Record<string, string>): Promise<EvalJson> {
  const io = createMemoryIo({ files });
  await runEval(['corpus', '--json'], io);
  return JSON.parse(io.stdout()) as EvalJson;
}

describe('npm run eval', () => {
  it('prints one row per audit check with its target, then the gate verdict', async () => {
    const io = createMemoryIo({ files: corpus });
    expect(await runEval(['corpus'], io)).toBe(0);
    const out = io.stdout();
    for (const label of [
      'Evidence spans exact',
      'MC key strictly longest option',
      'True/false: share true',
      'MC count met',
    ]) {
      expect(out).toMatch(new RegExp(`^${label.replace(/[/()]/g, '.')} .+$`, 'm'));
    }
    expect(out).toContain('Eval of corpus: 1 articles');
    expect(out).toMatch(/^Quality gate: (pass|FAIL \(.+\))$/m);
  });

  it('counts our keys that match human answers, and the human answers we ask about', async () => {
    const figures = await evalJson(corpus);
    expect(humans.length).toBeGreaterThan(0);
    expect(figures.human).toEqual({
      keys: mcs.length,
      keysMatched: humans.length,
      answers: humans.length + 1,
      answersAsked: humans.length,
    });
  });

  it('fails --check when an article is refused, since its counts are not met', async () => {
    const files = { ...corpus, 'corpus/b.txt': germanText };
    const io = createMemoryIo({ files });
    expect(await runEval(['corpus', '--check'], io)).toBe(1);
    expect(io.stdout()).toMatch(/^MC count met +50\.0% \(1\/2\) +≥ 95% +gate +FAIL$/m);
    expect(io.stdout()).toContain('refused b.txt: The article does not seem to be in English');
    expect(await runEval(['corpus'], createMemoryIo({ files }))).toBe(0);
  });

  it('passes --check exactly when every gated check passes', async () => {
    const figures = await evalJson(corpus);
    expect(await runEval(['corpus', '--check'], createMemoryIo({ files: corpus }))).toBe(
      figures.pass ? 0 : 1,
    );
    expect(figures.checks.find((c) => c.id === 'evidence-exact')?.value).toBe(1);
  });

  it('prints every question with its options and starred key with --verbose', async () => {
    const io = createMemoryIo({ files: corpus });
    await runEval(['corpus', '--verbose'], io);
    for (const q of quiz.questions) expect(io.stdout()).toContain(q.prompt);
    const first = mcs[0];
    const key = first?.choices.findIndex((c) => c.id === first.answer) ?? -1;
    expect(io.stdout()).toContain(
      `*${String.fromCharCode(65 + key)}. ${first?.choices[key]?.text}`,
    );
  });

  it.each([
    [[], 2, 'name one folder'],
    [['missing'], 1, 'missing: is not a folder'],
    [['corpus', '--fast'], 2, "Unknown option '--fast'"],
  ])('refuses %j with exit code %i', async (argv, code, message) => {
    const io = createMemoryIo({ files: corpus });
    io.listDir = async (path) => {
      if (path !== 'corpus') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return Object.keys(corpus).map((p) => p.slice('corpus/'.length));
    };
    expect(await runEval(argv, io)).toBe(code);
    expect(io.stderr()).toContain(message);
  });

  it('refuses a folder without any .txt article', async () => {
    const io = createMemoryIo({ files: { 'corpus/readme.md': 'hello' } });
    expect(await runEval(['corpus'], io)).toBe(1);
    expect(io.stderr()).toContain('corpus: holds no .txt article');
  });
});
