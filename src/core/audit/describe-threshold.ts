import type { Threshold } from './audit-check.ts';

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * A short reading of a threshold for tables.
 *
 * @example
 * describeThreshold({ kind: 'between', min: 0.4, max: 0.6 }); // '40%–60%'
 */
export function describeThreshold(threshold: Threshold): string {
  switch (threshold.kind) {
    case 'at-least':
      return threshold.value >= 1 ? '100%' : `≥ ${percent(threshold.value)}`;
    case 'at-most':
      return threshold.value <= 0 ? '0' : `≤ ${percent(threshold.value)}`;
    case 'between':
      return `${percent(threshold.min)}–${percent(threshold.max)}`;
    case 'near-chance':
      return `≤ chance + ${Math.round(threshold.margin * 100)} pts`;
  }
}
