/**
 * The target process of `npm run bench:server`: a bare Express hello-world and the quiz app on a
 * temporary SQLite file (WAL, synchronous = FULL, as in production), with attempts ready to submit.
 * Prints one JSON line with the ports and ids, then serves until killed.
 */
import express from 'express';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { shuffleOrder } from '../server/domain/shuffle-order.ts';
import { seedQuizzes } from '../server/seed-quizzes.ts';
import { createStore } from '../server/store/create-store.ts';

const ATTEMPTS = Number(process.env['BENCH_ATTEMPTS'] ?? 150_000);

const hello = express();
hello.get('/', (_req, res) => void res.send('Hello World!'));

const store = createStore(join(mkdtempSync(join(tmpdir(), 'quizgen-bench-')), 'bench.db'));
const seedText = readFileSync(
  new URL('../../seeds/russia-airstrikes-syria.txt', import.meta.url),
  'utf8',
);
seedQuizzes(store, [{ name: 'bench.txt', text: seedText }]);
const stored = store.quizzes.listPublished()[0];
if (!stored) throw new Error('the seed article gave no quiz');
const prepare = (id: string): void =>
  void store.attempts.insert({
    id,
    quizId: stored.id,
    version: 1,
    order: shuffleOrder(stored.quiz),
  });
prepare('bench-view');
store.transaction(() => {
  for (let i = 0; i < ATTEMPTS; i++) prepare(`bench-${i}`);
});

const answers = Object.fromEntries(stored.quiz.questions.map((q) => [q.id, String(q.answer)]));
const unlimited = { limit: 1e9, windowMs: 60_000 };
const app = createApp({ store, rateLimits: { create: unlimited, submit: unlimited } });
const helloServer = hello.listen(0, '127.0.0.1', () => {
  const appServer = app.listen(0, '127.0.0.1', () => {
    const port = (s: typeof helloServer): number => (s.address() as AddressInfo).port;
    console.log(
      JSON.stringify({
        helloPort: port(helloServer),
        appPort: port(appServer),
        attempts: ATTEMPTS,
        answers,
      }),
    );
  });
});
