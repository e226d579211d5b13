const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/** Date lines as news articles print them under the title. */
const DATE_LINES: readonly RegExp[] = [
  /^\d{4}-\d{2}-\d{2}$/,
  new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+\\d{4}$`, 'i'),
  new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+\\d{4}$`, 'i'),
];

/** True when a whole (trimmed) line is a date: "2019-01-04", "January 4, 2019", "4 Jan. 2019". */
export function isDateLine(line: string): boolean {
  return line.length <= 40 && DATE_LINES.some((pattern) => pattern.test(line));
}
