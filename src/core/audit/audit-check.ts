/** What a check's value must satisfy. Values are shares from 0 to 1. */
export type Threshold =
  | { kind: 'at-least'; value: number }
  | { kind: 'at-most'; value: number }
  | { kind: 'between'; min: number; max: number }
  /** At most the chance share plus `margin` (for blind solvers). */
  | { kind: 'near-chance'; margin: number };

/** A hard check failing makes the quiz unacceptable; a soft one is a warning. */
export type Severity = 'hard' | 'soft';

/** One automatic check of QUESTION_QUALITY.md, measured over one quiz (or summed over many). */
export interface AuditCheck {
  id: string;
  label: string;
  severity: Severity;
  /** How many items have the measured property (fractional for solvers that split ties). */
  count: number;
  /** How many items the check looked at. */
  total: number;
  /** For blind solvers: the count expected from random guessing; otherwise null. */
  chance: number | null;
  /** `count / total`, or null when there was nothing to measure. */
  value: number | null;
  threshold: Threshold;
  /** True when the value meets the threshold (or there was nothing to measure). */
  pass: boolean;
  /** Ids of the questions this check flags. */
  flagged: string[];
}

/** The raw measurement of a check, before its threshold is applied. */
export interface Measurement {
  count: number;
  total: number;
  chance?: number;
  flagged: string[];
}

/** The identity of a check: what it is called, how much it matters and what it must meet. */
export interface CheckSpec {
  id: string;
  label: string;
  severity: Severity;
  threshold: Threshold;
}

/**
 * Applies a threshold to a share. `chance` is the share expected from guessing (near-chance only).
 *
 * @example
 * meetsThreshold(0.3, { kind: 'at-most', value: 0.35 }, null); // true
 */
export function meetsThreshold(
  value: number | null,
  threshold: Threshold,
  chance: number | null,
): boolean {
  if (value === null) return true;
  const eps = 1e-9;
  switch (threshold.kind) {
    case 'at-least':
      return value >= threshold.value - eps;
    case 'at-most':
      return value <= threshold.value + eps;
    case 'between':
      return value >= threshold.min - eps && value <= threshold.max + eps;
    case 'near-chance':
      return value <= (chance ?? 0) + threshold.margin + eps;
  }
}

/** Builds a check from its spec and measurement, computing its value and verdict. */
export function makeCheck(spec: CheckSpec, m: Measurement): AuditCheck {
  const value = m.total > 0 ? m.count / m.total : null;
  const chanceShare = m.chance !== undefined && m.total > 0 ? m.chance / m.total : null;
  return {
    ...spec,
    count: m.count,
    total: m.total,
    chance: m.chance ?? null,
    value,
    pass: meetsThreshold(value, spec.threshold, chanceShare),
    flagged: m.flagged,
  };
}
