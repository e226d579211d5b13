import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { seedQuizzes, type SeedArticle } from './seed-quizzes.ts';
import { createStore } from './store/create-store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readSeeds(dir: string): SeedArticle[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function envNumber(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : Number(value);
}

/** Starts the server: opens and migrates the database, seeds it on first start, listens on PORT. */
function main(): void {
  const port = envNumber('PORT') ?? 3000;
  const databasePath = process.env['DATABASE_PATH'] ?? join(root, 'data', 'quizgen.db');
  if (databasePath !== ':memory:') mkdirSync(dirname(resolve(databasePath)), { recursive: true });
  const store = createStore(databasePath);
  for (const seed of seedQuizzes(store, readSeeds(join(root, 'seeds')))) {
    const where = seed.managePath
      ? ` — manage link (shown once): http://localhost:${port}${seed.managePath}`
      : '';
    console.log(
      `seed ${seed.name}: ${seed.status}${seed.detail ? ` (${seed.detail})` : ''}${where}`,
    );
  }
  const submitLimit = envNumber('SUBMIT_RATE_LIMIT');
  const rateLimits =
    submitLimit === undefined ? {} : { submit: { limit: submitLimit, windowMs: 60_000 } };
  const server = createApp({ store, rateLimits }).listen(port, () => {
    console.log(`quizgen listening on http://localhost:${port}`);
  });
  const stop = (): void => void server.close(() => store.close());
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
