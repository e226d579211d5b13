import { describeThreshold, type AuditCheck, type AuditReport } from '../../index.ts';
import { renderTable } from './render-table.ts';

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** A check's value as a share with its counts ("37.5% (3/8)", "41.7% (3.3/8; chance 33.3%)"). */
export function formatCheckValue(check: AuditCheck): string {
  if (check.value === null) return 'n/a';
  const chance = check.chance === null ? '' : `; chance ${percent(check.chance / check.total)}`;
  return `${percent(check.value)} (${amount(check.count)}/${check.total}${chance})`;
}

/** The verdict of a check for tables: ok, FAIL (hard) or warn (soft). */
export function formatVerdict(check: AuditCheck): string {
  if (check.pass) return 'ok';
  return check.severity === 'hard' ? 'FAIL' : 'warn';
}

/** The rows of an audit table: check, value, target, result. */
export function auditRows(checks: AuditCheck[]): string[][] {
  return checks.map((c) => [
    c.label,
    formatCheckValue(c),
    describeThreshold(c.threshold),
    formatVerdict(c),
  ]);
}

/**
 * An audit report as text: a line of counts, the table of checks, the questions each failing check
 * flags, and a verdict.
 */
export function renderAudit(report: AuditReport): string {
  const { requested, delivered } = report.counts;
  const head = `Audit of ${report.quizId}: ${delivered.multipleChoice} multiple-choice (asked ${requested.multipleChoice}), ${delivered.trueFalse} true/false (asked ${requested.trueFalse})\n\n`;
  const table = renderTable(['check', 'value', 'target', 'result'], auditRows(report.checks));
  const flagged = report.checks
    .filter((c) => !c.pass && c.flagged.length > 0)
    .map((c) => `${c.label}: ${c.flagged.join(', ')}\n`);
  const hardFails = report.checks.filter((c) => !c.pass && c.severity === 'hard').length;
  const verdict = report.ok ? 'All hard checks pass.\n' : `${hardFails} hard check(s) fail.\n`;
  return [
    head,
    table,
    flagged.length > 0 ? `\nFlagged questions\n${flagged.join('')}` : '',
    '\n',
    verdict,
  ].join('');
}
