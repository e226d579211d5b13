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
const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);

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

function printTable(rows: Row[]): void {
  const base = rows[0] as Row;
  console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION} s each\n`);
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
    const rows = [
      await run('hello-world (bare Express)', { url: `http://127.0.0.1:${target.helloPort}/` }),
      await run('student quiz page (GET /attempts/:id)', { url: `${app}/attempts/bench-view` }),
      await run('submission (POST /api/v1/attempts/:id/submission)', submissions(target)),
    ];
    printTable(rows);
    const submitted = rows[2] as Row;
    if (submitted.rps * DURATION > target.attempts)
      console.log('\nnote: attempts ran out; later submissions were repeats (no write).');
  } finally {
    stop();
  }
}

await main();
