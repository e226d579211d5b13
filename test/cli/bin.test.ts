import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateQuiz } from '../../src/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['src/cli/bin.js', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

describe('the installed quizgen command (src/cli/bin.js)', () => {
  it('generates a schema-valid quiz from a seed article as a real process', async () => {
    const result = await run([
      'generate',
      'seeds/russia-airstrikes-syria.txt',
      '--format',
      'json',
      '--mc',
      '2',
      '--tf',
      '1',
    ]);
    expect(result.code).toBe(0);
    expect(validateQuiz(JSON.parse(result.stdout)).valid).toBe(true);
  });

  it('sets exit code 1 and prints one line for a missing file', async () => {
    const result = await run(['generate', 'no/such/article.txt']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'quizgen: no/such/article.txt: no such file\n',
    });
  });
});
