import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { toStudentQuiz, type AuditReport } from '../../src/index.ts';
import { mc, quizOf } from '../core/audit/build-quiz.ts';
import { createMemoryIo } from './memory-io.ts';

const fair = quizOf([
  mc('q1', 'Who founded the Harbor Rowing Club?', ['Maria Lopez', 'Dana Webber', 'Ostra Linde']),
  mc('q2', 'How many regional titles did the club win?', ['14', '12', '16']),
]);
const leaky = quizOf([
  mc('q1', 'Which Lopez founded the club?', ['Maria Lopez', 'Dana Webber', 'Ostra Linde']),
]);

function ioWith(value: unknown) {
  return createMemoryIo({ files: { 'quiz.json': JSON.stringify(value) } });
}

describe('quizgen audit', () => {
  it('prints every check with its value and target, and exits 0 when no hard check fails', async () => {
    const io = ioWith(fair);
    expect(await main(['audit', 'quiz.json'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^Evidence spans exact +100\.0% \(2\/2\) +100% +ok$/m);
    expect(io.stdout()).toMatch(/^Blind solver: longest option .*chance 33\.3%/m);
    expect(io.stdout()).toContain('All hard checks pass.');
  });

  it('exits 1 and names the question when the key is stated in the prompt', async () => {
    const io = ioWith(leaky);
    expect(await main(['audit', 'quiz.json'], io)).toBe(1);
    expect(io.stdout()).toMatch(/^MC key or alias in the prompt +100\.0% \(1\/1\) +0 +FAIL$/m);
    expect(io.stdout()).toContain('MC key or alias in the prompt: q1');
  });

  it('writes the report as JSON with --format json', async () => {
    const io = ioWith(leaky);
    await main(['audit', 'quiz.json', '--format', 'json'], io);
    const report = JSON.parse(io.stdout()) as AuditReport;
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'key-in-prompt')?.flagged).toEqual(['q1']);
  });

  it.each([
    ['text that is not JSON', 'not json {', 'quiz.json: is not JSON'],
    [
      'JSON that is not a quiz',
      JSON.stringify({ hello: 'world' }),
      'quiz.json: not a valid quizgen quiz',
    ],
    ['the student form', JSON.stringify(toStudentQuiz(fair)), 'quiz.json: is the student form'],
  ])('refuses %s with exit code 1', async (_what, content, message) => {
    const io = createMemoryIo({ files: { 'quiz.json': content } });
    expect(await main(['audit', 'quiz.json'], io)).toBe(1);
    expect(io.stderr()).toContain(message);
    expect(io.stdout()).toBe('');
  });

  it('refuses a missing quiz file with exit code 1 and no file with exit code 2', async () => {
    const missing = createMemoryIo();
    expect(await main(['audit', 'nope.json'], missing)).toBe(1);
    expect(await main(['audit'], createMemoryIo())).toBe(2);
  });
});
