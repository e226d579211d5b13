import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type ServerProcess } from './support/server-process.ts';

interface Attempt {
  id: string;
  questions: { id: string; options: { value: string }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'quizgen-durability-'));
const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => stopServer(s, 'SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Answers that differ between attempts, so a mixed-up row would show. */
function answersFor(attempt: Attempt, n: number): Record<string, string> {
  return Object.fromEntries(
    attempt.questions.map((q, i) => [q.id, q.options[(n + i) % q.options.length]?.value ?? '']),
  );
}

/** What a submission acknowledges and the stored result must repeat. */
function pick(body: unknown): object {
  const { attemptId, score, total, unanswered, submittedAt } = body as Record<string, unknown>;
  return { attemptId, score, total, unanswered, submittedAt };
}

describe('durability', () => {
  it('keeps every acknowledged submission intact after the server is killed mid-stream', async () => {
    const db = join(dir, 'quizgen.db');
    const first = await startServer(db, { SUBMIT_RATE_LIMIT: '100000' });
    running.push(first);
    const { quizzes } = await json<{ quizzes: { id: string }[] }>(
      await fetch(`${first.url}/api/v1/quizzes`),
    );
    const quizId = quizzes[0]?.id ?? '';
    const attempts = await Promise.all(
      Array.from({ length: 300 }, async () =>
        json<Attempt>(
          await fetch(`${first.url}/api/v1/quizzes/${quizId}/attempts`, { method: 'POST' }),
        ),
      ),
    );
    const acknowledged = new Map<string, { answers: Record<string, string>; body: unknown }>();
    let killed = false;
    const submit = async (attempt: Attempt, n: number): Promise<void> => {
      const answers = answersFor(attempt, n);
      try {
        const res = await fetch(`${first.url}/api/v1/attempts/${attempt.id}/submission`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers }),
        });
        if (res.ok) acknowledged.set(attempt.id, { answers, body: pick(await res.json()) });
      } catch {
        // The server died under this request: it was never acknowledged.
      }
      if (!killed && acknowledged.size >= 60) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    };
    // Sixteen submissions in flight at a time, so that the kill lands in the middle of the stream.
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let n = next++; n < attempts.length; n = next++) await submit(attempts[n] as Attempt, n);
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await stopServer(first, 'SIGKILL');
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    expect(acknowledged.size).toBeLessThan(attempts.length);

    const second = await startServer(db);
    running.push(second);
    for (const [id, sent] of acknowledged) {
      const res = await fetch(`${second.url}/api/v1/attempts/${id}/result`);
      expect(res.status).toBe(200);
      const result = await json<{
        score: number;
        items: { questionId: string; answer: string | null }[];
      }>(res);
      expect(result).toMatchObject(sent.body as object);
      expect(Object.fromEntries(result.items.map((i) => [i.questionId, i.answer]))).toEqual(
        sent.answers,
      );
    }
    await stopServer(second);
  }, 60_000);
});
