import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT } from '../fixtures/export-cases.ts';

/** The official QTI 2.1 / IMS CP schemas, beside the checkout (CI has ../shared next to it). */
export const QTI_SCHEMA_DIR = resolve(REPO_ROOT, '../shared/schemas/qti21');

/** Separates values in one xmllint call (a character no test text contains). */
const SEP = '\u241E';

/** The outcome of one xmllint run. */
export interface XmllintRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs xmllint with the arguments; never reaches the network. */
export function xmllint(args: readonly string[]): XmllintRun {
  const run = spawnSync('xmllint', ['--nonet', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) {
    throw new Error(
      `xmllint could not be run (${run.error.message}); install it with: apt-get install -y libxml2-utils`,
    );
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Fails with a clear message when xmllint is missing. */
export function requireXmllint(): void {
  xmllint(['--version']);
}

/** Fails with a clear message when xmllint or the QTI schema folder is missing. */
export function requireQtiChecker(): void {
  requireXmllint();
  const entry = join(QTI_SCHEMA_DIR, 'imsqti_v2p1.xsd');
  if (!existsSync(entry) || !existsSync(join(QTI_SCHEMA_DIR, 'imscp_v1p1.xsd'))) {
    throw new Error(
      `The QTI 2.1 schemas are missing: expected ${entry} (../shared/schemas/qti21 beside the repo).`,
    );
  }
}

/** Writes files (path → text) under a new temporary folder and returns the folder. */
export function writeTempFiles(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizgen-export-'));
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

/** The string values of XPath 1.0 expressions over one file, read by xmllint in one run. */
export function xpathStrings(file: string, expressions: readonly string[]): string[] {
  const parts = expressions.map((e) => `string(${e})`).join(`, '${SEP}', `);
  const run = xmllint(['--xpath', `concat(${parts}, '${SEP}')`, file]);
  if (run.status !== 0) throw new Error(`xmllint --xpath failed on ${file}: ${run.stderr}`);
  // Everything after the final separator is the newline xmllint prints after a result.
  return run.stdout.split(SEP).slice(0, expressions.length);
}
