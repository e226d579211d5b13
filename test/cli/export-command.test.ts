import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { exportFormats, exportQuiz } from '../../src/index.ts';
import { mc, quizOf } from '../core/audit/build-quiz.ts';
import { createMemoryIo } from './memory-io.ts';

const quiz = quizOf([
  mc('q1', 'Who founded the Harbor Rowing Club?', ['Maria Lopez', 'Dana Webber', 'Ostra Linde']),
]);
const setup = { files: { 'quiz.json': JSON.stringify(quiz) }, dirs: ['out'] };

describe('quizgen export', () => {
  it.each(['gift', 'aiken', 'csv', 'moodle-xml'])(
    'prints the %s export of the quiz on stdout',
    async (format) => {
      const io = createMemoryIo(setup);
      expect(await main(['export', 'quiz.json', '--format', format], io)).toBe(0);
      expect(io.stdout()).toBe(exportQuiz(quiz, format as 'gift').body);
      expect(io.stdout()).toContain('Maria Lopez');
    },
  );

  it('writes a binary QTI package to --out and says so on stderr', async () => {
    const io = createMemoryIo(setup);
    expect(
      await main(['export', 'quiz.json', '--format', 'qti', '--out', 'out/quiz.zip'], io),
    ).toBe(0);
    const zip = io.files.get('out/quiz.zip');
    expect([...(zip ?? []).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(io.stderr()).toContain('wrote 1 item(s) as qti to out/quiz.zip');
  });

  it('refuses to write a zip to the terminal', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['export', 'quiz.json', '--format', 'qti'], io)).toBe(2);
    expect(io.stderr()).toContain('--out');
    expect(io.stdoutBytes()).toHaveLength(0);
  });

  it('lists the known formats when the format is missing or unknown', async () => {
    for (const flags of [[], ['--format', 'docx']]) {
      const io = createMemoryIo(setup);
      expect(await main(['export', 'quiz.json', ...flags], io)).toBe(2);
      for (const f of exportFormats) expect(io.stderr()).toContain(f.format);
    }
  });

  it('explains every format in its help', async () => {
    const io = createMemoryIo();
    await main(['export', '--help'], io);
    for (const f of exportFormats) expect(io.stdout()).toContain(f.description);
  });

  it('reports a folder that does not exist for --out with exit code 1', async () => {
    const io = createMemoryIo(setup);
    expect(
      await main(['export', 'quiz.json', '--format', 'gift', '--out', 'missing/q.txt'], io),
    ).toBe(1);
    expect(io.stderr()).toContain('missing/q.txt: cannot be written');
  });
});
