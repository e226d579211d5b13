import type { QuestionStat, QuizStatistics } from '../domain/quiz-statistics.ts';

/** Width in SVG user units of a full bar. */
const BAR = 160;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function questionStatView(stat: QuestionStat, number: number) {
  return {
    number,
    questionId: stat.questionId,
    prompt: stat.prompt,
    shareCorrect: percent(stat.shareCorrect),
    discrimination: stat.discrimination === null ? 'n/a' : stat.discrimination.toFixed(2),
    unanswered: stat.unanswered,
    chartHeight: stat.options.length * 22,
    chartLabel: `Option choice rates for question ${number}`,
    options: stat.options.map((o, i) => ({
      text: o.text,
      barClass: o.isKey ? 'bar bar-key' : 'bar',
      count: o.count,
      share: percent(o.share),
      y: i * 22,
      textY: i * 22 + 14,
      width: Math.max(1, Math.round(o.share * BAR)),
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
