import { UsageError } from './usage-error.ts';

/** Limits of a whole-number flag. */
export interface NumberOptionLimits {
  min: number;
  max: number;
  command: string;
}

/**
 * Parses a whole-number flag value ("8"), or returns undefined when the flag was not given.
 * Throws a UsageError for anything else ("8.5", "-1", "ten", "1e3", out of range).
 *
 * @example
 * parseNumberOption('--mc', '8', { min: 0, max: 50, command: 'generate' }); // 8
 */
export function parseNumberOption(
  flag: string,
  value: string | undefined,
  limits: NumberOptionLimits,
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < limits.min || n > limits.max) {
    throw new UsageError(
      `${flag} must be a whole number from ${limits.min} to ${limits.max}, not "${value}"`,
      {
        command: limits.command,
      },
    );
  }
  return n;
}
