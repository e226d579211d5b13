import { MONTHS } from '../lexicon/common-words.ts';

const YEAR = /\b(1\d{3}|20\d{2}|2100)\b/;
const DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/;

/**
 * A sortable key (yyyymmdd, zeros for parts not given) for a date that names its year ("March
 * 2025", "4 July 1976", "1962"); null for one that cannot be placed alone ("Wednesday", "12 June").
 */
export function dateSortKey(text: string): number | null {
  const year = YEAR.exec(text)?.[1];
  if (year === undefined) return null;
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(text)) + 1;
  const rest = text.replace(YEAR, '');
  const day = month > 0 ? Number(DAY.exec(rest)?.[1] ?? 0) : 0;
  return Number(year) * 10000 + month * 100 + day;
}
