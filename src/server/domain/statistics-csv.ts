import type { QuizStatistics } from './quiz-statistics.ts';

const HEADER = [
  'question_id',
  'prompt',
  'attempts',
  'share_correct',
  'discrimination',
  'unanswered',
  'option_id',
  'option_text',
  'is_key',
  'option_count',
  'option_share',
];

/** Quotes a CSV field (RFC 4180); a leading = + - @ is prefixed so spreadsheets do not run it. */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const round = (x: number): string => x.toFixed(3);

/**
 * The statistics as CSV, one row per question and option, keyed by question id.
 *
 * @example
 * statisticsCsv(stats).split('\r\n')[0]; // 'question_id,prompt,attempts,…'
 */
export function statisticsCsv(stats: QuizStatistics): string {
  const rows = stats.questions.flatMap((q) =>
    q.options.map((o) => [
      q.questionId,
      q.prompt,
      q.attempts,
      round(q.shareCorrect),
      q.discrimination === null ? null : round(q.discrimination),
      q.unanswered,
      o.id,
      o.text,
      o.isKey,
      o.count,
      round(o.share),
    ]),
  );
  return [HEADER, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
