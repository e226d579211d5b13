/**
 * `npm run bench:server`: autocannon against a bare Express hello-world, the student quiz page
 * (an attempt's question form) and a submission with its SQLite write, all in one run, with
 * req/s and p50/p99 latency as ratios to hello-world. Not a test: it prints a table.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CONNECTIONS = 50;
const DURATION = Number(process.env['BENCH_DURATION'] ?? 5);
/** Targets run interleaved, round after round, so that a shared machine's load drifts fairly. */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

interface Target {
  helloPort: number;
  appPort: number;
  attempts: number;
  answers: Record<string, string>;
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function startTarget(): Promise<{ target: Target; stop: () => void }> {
  const script = fileURLToPath(new URL('./server-target.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', resolve),
  );
  return { target: JSON.parse(line) as Target, stop: () => void child.kill('SIGTERM') };
}

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function submissions(target: Target): autocannon.Options {
  let next = 0;
  const body = JSON.stringify({ answers: target.answers });
  return {
    url: `http://127.0.0.1:${target.appPort}`,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/attempts/bench-${next++ % target.attempts}/submission`,
        }),
      },
    ],
  };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** One row per target from its rounds: median req/s and latencies, errors summed. */
function combine(rounds: Row[]): Row {
  const sum = (pick: (r: Row) => number): number => rounds.reduce((n, r) => n + pick(r), 0);
  return {
    name: rounds[0]?.name ?? '',
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
  };
}

function printTable(rows: Row[]): void {
  const base = rows[0] as Row;
  const runs = `${ROUNDS} interleaved rounds of ${DURATION} s per target, medians`;
  console.log(`\nautocannon, ${CONNECTIONS} connections, ${runs}\n`);
  console.log('| target | req/s | ratio | p50 ms | p99 ms | p99 ratio | errors | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const cells = [
      r.name,
      r.rps.toFixed(0),
      (r.rps / base.rps).toFixed(2),
      r.p50,
      r.p99,
      (r.p99 / Math.max(1, base.p99)).toFixed(2),
      r.errors,
      r.non2xx,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

async function main(): Promise<void> {
  const { target, stop } = await startTarget();
  try {
    const app = `http://127.0.0.1:${target.appPort}`;
    await run('warm-up', { url: app + '/attempts/bench-view', duration: 2 });
    // One options object for every round: its counter moves on, so each submission is a first write.
    const submission = submissions(target);
    const targets: [string, () => autocannon.Options][] = [
      ['hello-world (bare Express)', () => ({ url: `http://127.0.0.1:${target.helloPort}/` })],
      ['student quiz page (GET /attempts/:id)', () => ({ url: `${app}/attempts/bench-view` })],
      ['submission (POST /api/v1/attempts/:id/submission)', () => submission],
    ];
    const results: Row[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [name, options]] of targets.entries())
        results[i]?.push(await run(name, options()));
    }
    const rows = results.map(combine);
    printTable(rows);
    const submitted = rows[2] as Row;
    if (submitted.rps * DURATION * ROUNDS > target.attempts)
      console.log('\nnote: attempts ran out; later submissions were repeats (no write).');
  } finally {
    stop();
  }
}

await main();
