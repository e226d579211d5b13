import { meetsThreshold, type AuditCheck, type Threshold } from './audit-check.ts';
import type { AuditReport } from './audit-quiz.ts';

/** A corpus-level threshold that fails the quality gate (`npm run eval -- --check`). */
export interface GateRule {
  id: string;
  threshold: Threshold;
}

/** The quality gate of the eval: the check id and the share it must meet over the corpus. */
export const evalGate: readonly GateRule[] = [
  { id: 'evidence-exact', threshold: { kind: 'at-least', value: 1 } },
  { id: 'key-outside-evidence', threshold: { kind: 'at-most', value: 0 } },
  { id: 'key-in-prompt', threshold: { kind: 'at-most', value: 0 } },
  { id: 'duplicate-options', threshold: { kind: 'at-most', value: 0 } },
  { id: 'mc-count-met', threshold: { kind: 'at-least', value: 0.95 } },
  { id: 'key-longest', threshold: { kind: 'at-most', value: 0.35 } },
  { id: 'tf-true-share', threshold: { kind: 'between', min: 0.4, max: 0.6 } },
  { id: 'negation-guesser', threshold: { kind: 'at-most', value: 0.6 } },
];

/** One check summed over a corpus; `gated` when the quality gate enforces its threshold. */
export interface CorpusCheck extends AuditCheck {
  gated: boolean;
}

/** The checks of many quizzes, summed. */
export interface CorpusSummary {
  articles: number;
  checks: CorpusCheck[];
  /** False when a gated check fails. */
  pass: boolean;
}

function sumCheck(
  reports: AuditReport[],
  first: AuditCheck,
  rule: GateRule | undefined,
): CorpusCheck {
  const same = reports.flatMap((r) =>
    r.checks.filter((c) => c.id === first.id).map((c) => ({ c, quiz: r.quizId })),
  );
  const count = same.reduce((n, { c }) => n + c.count, 0);
  const total = same.reduce((n, { c }) => n + c.total, 0);
  const chance = first.chance === null ? null : same.reduce((n, { c }) => n + (c.chance ?? 0), 0);
  const value = total > 0 ? count / total : null;
  const threshold = rule?.threshold ?? first.threshold;
  const chanceShare = chance !== null && total > 0 ? chance / total : null;
  return {
    ...first,
    count,
    total,
    chance,
    value,
    threshold,
    pass: meetsThreshold(value, threshold, chanceShare),
    flagged: same.flatMap(({ c, quiz }) => c.flagged.map((id) => `${quiz}#${id}`)),
    gated: rule !== undefined,
  };
}

/**
 * Sums the audits of many quizzes check by check (counts over counts, so large quizzes weigh more)
 * and applies the gate's corpus thresholds where it has one.
 *
 * @example
 * summarizeAudits(reports).pass; // false when a gated check fails
 */
export function summarizeAudits(
  reports: AuditReport[],
  gate: readonly GateRule[] = evalGate,
): CorpusSummary {
  const firsts = reports[0]?.checks ?? [];
  const checks = firsts.map((c) =>
    sumCheck(
      reports,
      c,
      gate.find((g) => g.id === c.id),
    ),
  );
  return { articles: reports.length, checks, pass: checks.every((c) => c.pass || !c.gated) };
}
