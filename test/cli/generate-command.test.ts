import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { generateQuiz, validateQuiz, type Quiz } from '../../src/index.ts';
import { germanText, plainText, seedBytes, seedText } from './articles.ts';
import { createMemoryIo } from './memory-io.ts';

const seed = { files: { 'story.txt': seedBytes } };

describe('quizgen generate', () => {
  it('prints quiz JSON that validates against the schema and keeps the article as its source', async () => {
    const io = createMemoryIo(seed);
    expect(
      await main(['generate', 'story.txt', '--format', 'json', '--mc', '3', '--tf', '2'], io),
    ).toBe(0);
    const quiz = JSON.parse(io.stdout()) as Quiz;
    expect(validateQuiz(quiz)).toEqual({ valid: true, errors: [] });
    expect(quiz.source.text).toBe(seedText);
    expect(quiz.questions.length).toBeGreaterThan(0);
  });

  it('gives the same quiz for the same seed and honours --seed in the output', async () => {
    const runs = await Promise.all(
      [0, 1].map(async () => {
        const io = createMemoryIo(seed);
        await main(['generate', 'story.txt', '--format', 'json', '--seed', '7'], io);
        return io.stdout();
      }),
    );
    expect(runs[0]).toBe(runs[1]);
    expect((JSON.parse(runs[0] ?? '') as Quiz).seed).toBe(7);
  });

  it('prints a readable quiz with numbered questions, lettered options and an answer key', async () => {
    const io = createMemoryIo(seed);
    expect(await main(['generate', 'story.txt'], io)).toBe(0);
    const json = createMemoryIo(seed);
    await main(['generate', 'story.txt', '--format', 'json'], json);
    const quiz = JSON.parse(json.stdout()) as Quiz;
    const text = io.stdout();
    const [questions, key] = text.split('Answer key');
    expect(questions).toContain(`1. ${quiz.questions[0]?.prompt}`);
    expect(questions).toMatch(/^ {3}A\. /m);
    quiz.questions.forEach((q, i) => {
      const line = key?.split('\n').find((l) => l.startsWith(`${i + 1}. `)) ?? '';
      if (q.type === 'true-false') expect(line).toBe(`${i + 1}. ${q.answer ? 'True' : 'False'}`);
      else expect(line).toContain(q.choices.find((c) => c.id === q.answer)?.text ?? '?');
    });
    expect(key).toContain(quiz.questions[0]?.explanation);
  });

  it('reads the article from standard input with "-"', async () => {
    const io = createMemoryIo({ stdin: seedBytes });
    expect(await main(['generate', '-', '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(io.stdout()) as Quiz).source.text).toBe(seedText);
  });

  it('says on stderr why the quiz is short, or nothing when it is not', async () => {
    const io = createMemoryIo(seed);
    expect(
      await main(['generate', 'story.txt', '--format', 'json', '--mc', '50', '--tf', '50'], io),
    ).toBe(0);
    const quiz = JSON.parse(io.stdout()) as Quiz;
    const expected = quiz.shortfall === null ? '' : `quizgen: note: ${quiz.shortfall.message}\n`;
    expect(io.stderr()).toBe(expected);
  });

  it.each([
    ['a missing file', {}, 'gone.txt', 'gone.txt: no such file'],
    ['a folder', { dirs: ['articles'] }, 'articles', 'articles: is a directory'],
    ['an empty file', { files: { 'e.txt': '' } }, 'e.txt', 'e.txt: The article is empty'],
    [
      'a whitespace-only file',
      { files: { 'w.txt': ' \n\t\n' } },
      'w.txt',
      'w.txt: The article is empty',
    ],
    [
      'a binary file',
      { files: { 'b.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) } },
      'b.txt',
      'b.txt: looks like a binary file',
    ],
    [
      'invalid UTF-8',
      { files: { 'l.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]) } },
      'l.txt',
      'l.txt: is not UTF-8 text',
    ],
    [
      'a text too short for any question',
      { files: { 's.txt': 'Hello there.' } },
      's.txt',
      's.txt: ',
    ],
    [
      'a German article',
      { files: { 'de.txt': germanText } },
      'de.txt',
      'de.txt: The article does not seem to be in English',
    ],
  ])('refuses %s with exit code 1 and one line on stderr', async (_what, setup, path, message) => {
    const io = createMemoryIo(setup);
    expect(await main(['generate', path], io)).toBe(1);
    expect(io.stderr()).toMatch(
      new RegExp(`^quizgen: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\n$`),
    );
    expect(io.stdout()).toBe('');
  });

  it.each([
    [['--mc', 'ten'], '--mc must be a whole number'],
    [['--tf=-1'], '--tf must be a whole number'],
    [['--mc', '2.5'], '--mc must be a whole number'],
    [['--mc', '51'], '--mc must be a whole number from 0 to 50'],
    [['--seed', '1e3'], '--seed must be a whole number'],
    [['--mc', '0', '--tf', '0'], 'ask for at least one question'],
    [['--format', 'xml'], '--format must be text or json'],
    [['other.txt'], 'several articles need --out-dir'],
  ])('rejects the flags %j with exit code 2 before reading anything', async (flags, message) => {
    const io = createMemoryIo(seed);
    expect(await main(['generate', 'story.txt', ...flags], io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stdout()).toBe('');
  });

  it('refuses an English article that yields no question of the kinds asked for, with exit code 1', async () => {
    expect(generateQuiz(plainText, { multipleChoice: 3, trueFalse: 0 }).questions).toHaveLength(0);
    const io = createMemoryIo({ files: { 'plain.txt': plainText } });
    expect(await main(['generate', 'plain.txt', '--mc', '3', '--tf', '0'], io)).toBe(1);
    expect(io.stderr()).toMatch(
      /^quizgen: plain\.txt: too short or too plain to make any question/,
    );
    expect(io.stdout()).toBe('');
  });
});
