import { MONTHS, WEEKDAYS } from '../lexicon/common-words.ts';

/** A date expression in a normalized sentence. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /** 'weekday' | 'month' | 'month-day' | 'full-date' | 'month-year' | 'century' | 'decade'. */
  subtype: string;
}

const M = MONTHS.join('|');
const PATTERNS: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\b(?:${M}) \d{1,2}(?:st|nd|rd|th)?, \d{4}\b`, 'g'), 'full-date'],
  [new RegExp(String.raw`\b\d{1,2} (?:${M}) \d{4}\b`, 'g'), 'full-date'],
  [new RegExp(String.raw`\b(?:${M}) \d{4}\b`, 'g'), 'month-year'],
  [new RegExp(String.raw`\b(?:${M}) \d{1,2}(?:st|nd|rd|th)?\b`, 'g'), 'month-day'],
  [new RegExp(String.raw`\b\d{1,2} (?:${M})\b`, 'g'), 'month-day'],
  [new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\b`, 'g'), 'weekday'],
  [new RegExp(String.raw`\b(?:${M})\b`, 'g'), 'month'],
  [/\b\d{1,2}(?:st|nd|rd|th) century\b/g, 'century'],
  [/\b\d{3}0s\b/g, 'decade'],
];

/** Finds dates (weekdays, months, full dates, centuries, decades), the longest match first. */
export function extractDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, subtype] of PATTERNS) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // "May" alone is a month only when a date word follows or precedes it.
      if (
        subtype === 'month' &&
        m[0] === 'May' &&
        !/\b(?:in|of|since|until|by|early|late|mid-?)\s$/i.test(sentence.slice(0, start))
      )
        continue;
      taken.push([start, end]);
      found.push({ start, end, text: m[0], subtype });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
