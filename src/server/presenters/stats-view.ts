import type { QuestionStat, QuizStatistics } from '../domain/quiz-statistics.ts';

/** Width in SVG user units of a full bar. */
const BAR = 150;
/** Height in SVG user units of one option row. */
const ROW = 28;

const shorten = (text: string): string => (text.length > 22 ? `${text.slice(0, 21)}…` : text);

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function questionStatView(stat: QuestionStat, number: number) {
  return {
    number,
    questionId: stat.questionId,
    prompt: stat.prompt,
    shareCorrect: percent(stat.shareCorrect),
    discrimination: stat.discrimination === null ? 'n/a' : stat.discrimination.toFixed(2),
    unanswered: stat.unanswered,
    chartHeight: stat.options.length * ROW,
    chartLabel: `Option choice rates for question ${number}`,
    options: stat.options.map((o, i) => ({
      text: o.text,
      shortText: o.isKey ? `✓ ${shorten(o.text)}` : shorten(o.text),
      barClass: o.isKey ? 'bar bar-key' : 'bar',
      count: o.count,
      share: percent(o.share),
      y: i * ROW + 2,
      textY: i * ROW + 18,
      width: Math.round(o.share * BAR),
    })),
  };
}

/** View model of the statistics section: numbers plus bar geometry for inline SVG charts. */
export function statsView(stats: QuizStatistics) {
  return {
    attempts: stats.attempts,
    hasAttempts: stats.attempts > 0,
    meanScore: stats.meanScore.toFixed(1),
    questions: stats.questions.map((q, i) => questionStatView(q, i + 1)),
  };
}
