import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { validateQuiz } from '../../src/index.ts';
import { seedBytes } from './articles.ts';
import { createMemoryIo, type MemoryIo } from './memory-io.ts';

const files = {
  'in/first.txt': seedBytes,
  'in/broken.txt': new Uint8Array([0, 1, 2, 3]),
  'other/first.txt': seedBytes,
};
const paths = ['in/first.txt', 'in/broken.txt', 'other/first.txt'];

function decode(io: MemoryIo, path: string): string {
  return new TextDecoder().decode(io.files.get(path));
}

describe('quizgen generate --out-dir', () => {
  it('writes one valid quiz file per good article and reports the bad one without stopping', async () => {
    const io = createMemoryIo({ files });
    expect(await main(['generate', ...paths, '--out-dir', 'out', '--format', 'json'], io)).toBe(1);
    for (const name of ['out/first.quiz.json', 'out/first-2.quiz.json']) {
      expect(validateQuiz(JSON.parse(decode(io, name))).valid).toBe(true);
    }
    expect(io.files.has('out/broken.quiz.json')).toBe(false);
    expect(io.stderr()).toBe('quizgen: in/broken.txt: looks like a binary file, not text\n');
  });

  it('sums up articles, questions, shortfalls, failures and time', async () => {
    const io = createMemoryIo({ files });
    await main(['generate', ...paths, '--out-dir', 'out', '--format', 'json'], io);
    const questions = ['out/first.quiz.json', 'out/first-2.quiz.json']
      .map((p) => (JSON.parse(decode(io, p)) as { questions: unknown[] }).questions.length)
      .reduce((a, b) => a + b, 0);
    expect(io.stdout()).toMatch(
      new RegExp(
        `^3 article\\(s\\): 2 quiz file\\(s\\) written, ${questions} question\\(s\\), \\d+ shortfall\\(s\\), 1 failure\\(s\\) in \\d+\\.\\d\\d s\\n$`,
      ),
    );
  });

  it('exits 0 and writes readable text quizzes when every article is good', async () => {
    const io = createMemoryIo({ files });
    expect(await main(['generate', 'in/first.txt', '--out-dir', 'out'], io)).toBe(0);
    expect(decode(io, 'out/first.quiz.txt')).toContain('Answer key');
    expect(io.stderr()).toBe('');
  });

  it('draws a progress bar on a terminal and none otherwise', async () => {
    const tty = createMemoryIo({ files, isTTY: true });
    const pipe = createMemoryIo({ files, isTTY: false });
    await main(['generate', 'in/first.txt', 'other/first.txt', '--out-dir', 'out'], tty);
    await main(['generate', 'in/first.txt', 'other/first.txt', '--out-dir', 'out'], pipe);
    expect(tty.stderr()).toContain('] 1/2 other/first.txt');
    expect(tty.stderr()).toMatch(/\[#{12}-{12}\]/);
    expect(pipe.stderr()).toBe('');
  });

  it('refuses standard input in a batch with exit code 2', async () => {
    const io = createMemoryIo({ files });
    expect(await main(['generate', 'in/first.txt', '-', '--out-dir', 'out'], io)).toBe(2);
    expect(io.stderr()).toContain('--out-dir takes files');
  });
});
