import { NUMBER_WORDS } from '../lexicon/number-words.ts';

const WORD_FOR = new Map(
  Object.entries(NUMBER_WORDS)
    .filter(([w]) => w !== 'dozen')
    .map(([w, v]) => [v, w]),
);

/** Writes a value the way the key was written: in words, with thousands separators, or plainly. */
export function formatLike(value: number, key: string): string | null {
  if (/^[a-z]+(?:-[a-z]+)?$/i.test(key)) {
    const word =
      WORD_FOR.get(value) ??
      (value > 20 && value < 100 && WORD_FOR.get(value - (value % 10)) && WORD_FOR.get(value % 10)
        ? `${WORD_FOR.get(value - (value % 10))}-${WORD_FOR.get(value % 10)}`
        : undefined);
    if (!word) return null;
    return /^[A-Z]/.test(key) ? word[0]?.toUpperCase() + word.slice(1) : word;
  }
  const decimals = key.includes('.') ? (key.split('.')[1]?.replace(/\D.*$/, '').length ?? 0) : 0;
  const fixed = value.toFixed(decimals);
  if (key.includes(','))
    return Number(fixed).toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  return fixed;
}

function roundLike(value: number, original: number): number {
  if (Number.isInteger(original) && original >= 1000 && original <= 2100) return Math.round(value);
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.abs(original) || 1)) - 1));
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Numeric distractors close to the key, in the key's form ("eight" → "six", "ten"; 28 → 24, 32, 36;
 * a year → nearby years), never equal to a value in `exclude`.
 */
export function numberDistractors(
  value: number,
  keyText: string,
  options: { count: number; exclude: readonly number[]; kind: string; seed: number },
): string[] {
  const isYear = options.kind === 'year';
  const steps = isYear
    ? [-3, 2, -6, 5, 1, -1, 8, -10]
    : value < 10
      ? [-2, 2, 1, -1, 3, 4, -3, 6]
      : [];
  const raw = steps.length
    ? steps.map((s) => value + s)
    : [0.75, 1.25, 0.5, 1.5, 2, 0.8, 1.2, 0.6, 1.4, 3].map((f) => roundLike(value * f, value));
  const start = options.seed % 2;
  const ordered = [...raw.slice(start), ...raw.slice(0, start)];
  const out: string[] = [];
  const used = new Set<number>([value, ...options.exclude]);
  for (const candidate of ordered) {
    if (out.length >= options.count || candidate <= 0 || used.has(candidate)) continue;
    if (!Number.isInteger(value) !== !Number.isInteger(candidate) && !keyText.includes('.'))
      continue;
    const text = formatLike(candidate, keyText);
    if (!text || text === keyText) continue;
    used.add(candidate);
    out.push(text);
  }
  return out;
}
