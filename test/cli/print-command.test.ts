import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { generateQuiz } from '../../src/index.ts';
import { mc, quizOf, tf } from '../core/audit/build-quiz.ts';
import { readPrintPage } from '../render/read-print-page.ts';
import { seedText } from './articles.ts';
import { createMemoryIo } from './memory-io.ts';

const quiz = quizOf([
  mc('q1', 'Who founded the Harbor Rowing Club?', ['Maria Lopez', 'Dan Webb', 'Ostra Linde']),
  mc('q2', 'How many boats does the boathouse hold?', ['40', '14', '1998']),
  tf('q3', 'The club entered the national league before 2010.', false, 'national league'),
]);
const setup = { files: { 'quiz.json': JSON.stringify(quiz), 'article.txt': seedText } };

/** The stylesheet a printed file carries in its data: URL. */
function embeddedCss(html: string): string {
  const base64 = /href="data:text\/css;base64,([^"]+)"/.exec(html)?.[1] ?? '';
  return Buffer.from(base64.replaceAll('&#x3D;', '='), 'base64').toString('utf8');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('quizgen print', () => {
  it('prints an article as a quiz in the versions asked for, as generate would make it', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['print', 'article.txt', '--versions', '3', '--mc', '4'], io)).toBe(0);
    const made = generateQuiz(seedText, { multipleChoice: 4 });
    const versions = readPrintPage(io.stdout());
    expect(versions.map((v) => v.letter)).toEqual(['A', 'B', 'C']);
    expect(versions[0]?.items.map((i) => i.prompt)).toEqual(made.questions.map((q) => q.prompt));
  });

  it('prints a quiz JSON file with keys that match the quiz', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['print', 'quiz.json', '--versions', '2', '--seed', '5'], io)).toBe(0);
    for (const version of readPrintPage(io.stdout())) {
      const rows = new Map(version.key.map((row) => [row.questionId, row]));
      const founder = version.items.find((i) => i.number === rows.get('q1')?.number);
      expect(founder?.options.get(rows.get('q1')?.answer ?? '')).toBe('Maria Lopez');
      expect(rows.get('q3')?.answer).toBe('False');
    }
  });

  it('reads a quiz JSON from standard input', async () => {
    const io = createMemoryIo({ stdin: JSON.stringify(quiz) });
    expect(await main(['print', '-'], io)).toBe(0);
    expect(readPrintPage(io.stdout())[0]?.title).toBe('Harbor Rowing Club');
  });

  it('writes one file that needs nothing beside it, with the page size asked for', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['print', 'quiz.json', '--paper', 'letter'], io)).toBe(0);
    expect(io.stdout()).not.toMatch(/(src|href)="(\/|http)/);
    expect(embeddedCss(io.stdout())).toContain('break-inside: avoid');
    expect(embeddedCss(io.stdout())).toContain('size: letter');
  });

  it.each([['0'], ['27'], ['abc'], ['2.5']])(
    'refuses --versions %s as a usage error',
    async (versions) => {
      const io = createMemoryIo(setup);
      expect(await main(['print', 'quiz.json', '--versions', versions], io)).toBe(2);
      expect(io.stderr()).toContain('--versions must be a whole number from 1 to 26');
      expect(io.stdout()).toBe('');
    },
  );

  it('refuses an unknown paper and --mc for a quiz JSON file as usage errors', async () => {
    const paper = createMemoryIo(setup);
    expect(await main(['print', 'quiz.json', '--paper', 'a5'], paper)).toBe(2);
    expect(paper.stderr()).toContain('--paper must be a4 or letter');
    const counts = createMemoryIo(setup);
    expect(await main(['print', 'quiz.json', '--mc', '3'], counts)).toBe(2);
    expect(counts.stderr()).toContain('not a quiz JSON file');
  });

  it('reports a JSON file that is not a quiz with exit code 1', async () => {
    const io = createMemoryIo({ files: { 'bad.json': '{"format": "quizgen/quiz@1"}' } });
    expect(await main(['print', 'bad.json'], io)).toBe(1);
    expect(io.stderr()).toContain('bad.json: not a valid quizgen quiz');
  });

  it('says how to get Chromium when --pdf finds none, and writes nothing', async () => {
    vi.stubEnv('QUIZGEN_CHROMIUM', '/nowhere/chromium');
    const io = createMemoryIo({ ...setup, dirs: ['out'] });
    expect(await main(['print', 'quiz.json', '--pdf', 'out/quiz.pdf'], io)).toBe(1);
    expect(io.stderr()).toContain('--pdf needs Chromium');
    expect(io.stderr()).toContain('/nowhere/chromium');
    expect(io.stderr()).toContain('apt-get install chromium');
    expect(io.stderr()).toContain('QUIZGEN_CHROMIUM');
    expect(io.files.has('out/quiz.pdf')).toBe(false);
  });

  it('is listed in the general help and explains its flags in its own', async () => {
    const general = createMemoryIo();
    await main(['--help'], general);
    expect(general.stdout()).toContain('quizgen print');
    const own = createMemoryIo();
    expect(await main(['print', '--help'], own)).toBe(0);
    for (const flag of ['--versions', '--seed', '--paper', '--pdf', 'QUIZGEN_CHROMIUM'])
      expect(own.stdout()).toContain(flag);
  });
});
