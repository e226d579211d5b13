import type { Question, Quiz } from '../../index.ts';
import type { Attempt } from '../store/store-types.ts';

/** How often one option was chosen. */
export interface OptionStat {
  /** A choice id, or `true` / `false`. */
  id: string;
  text: string;
  isKey: boolean;
  count: number;
  /** count / answers of this question (0 when none). */
  share: number;
}

/** Item statistics of one question over the submitted attempts. */
export interface QuestionStat {
  questionId: string;
  prompt: string;
  attempts: number;
  unanswered: number;
  /** Share of attempts that answered correctly (difficulty index p). */
  shareCorrect: number;
  /** Upper-minus-lower index: share correct in the top 27% by total score minus the bottom 27%. */
  discrimination: number | null;
  options: OptionStat[];
}

/** Statistics of a quiz. */
export interface QuizStatistics {
  attempts: number;
  meanScore: number;
  questions: QuestionStat[];
}

function optionsOf(question: Question): { id: string; text: string; isKey: boolean }[] {
  if (question.type === 'multiple-choice') {
    return question.choices.map((c) => ({
      id: c.id,
      text: c.text,
      isKey: c.id === question.answer,
    }));
  }
  return [true, false].map((v) => ({
    id: String(v),
    text: v ? 'True' : 'False',
    isKey: question.answer === v,
  }));
}

const correctOn = (attempt: Attempt, questionId: string): boolean =>
  attempt.responses.some((r) => r.questionId === questionId && r.correct);

function discrimination(ranked: Attempt[], questionId: string): number | null {
  const size = Math.ceil(ranked.length * 0.27);
  if (ranked.length < 2 || size * 2 > ranked.length) return null;
  const share = (group: Attempt[]): number =>
    group.filter((a) => correctOn(a, questionId)).length / group.length;
  return share(ranked.slice(0, size)) - share(ranked.slice(-size));
}

function questionStat(question: Question, attempts: Attempt[], ranked: Attempt[]): QuestionStat {
  const answers = attempts.map(
    (a) => a.responses.find((r) => r.questionId === question.id)?.answer ?? null,
  );
  const n = attempts.length;
  const ratio = (count: number): number => (n === 0 ? 0 : count / n);
  const options = optionsOf(question).map((o) => {
    const count = answers.filter((a) => a === o.id).length;
    return { ...o, count, share: ratio(count) };
  });
  return {
    questionId: question.id,
    prompt: question.prompt,
    attempts: n,
    unanswered: answers.filter((a) => a === null).length,
    shareCorrect: ratio(attempts.filter((a) => correctOn(a, question.id)).length),
    discrimination: discrimination(ranked, question.id),
    options,
  };
}

/**
 * Per-question statistics of the current questions over every submitted attempt that saw them.
 *
 * @example
 * quizStatistics(quiz, attempts).questions[0].shareCorrect; // 0.75
 */
export function quizStatistics(quiz: Quiz, attempts: Attempt[]): QuizStatistics {
  const ranked = [...attempts].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const questions = quiz.questions.map((q) => {
    const seen = attempts.filter((a) => a.order.some((item) => item.questionId === q.id));
    return questionStat(
      q,
      seen,
      ranked.filter((a) => seen.includes(a)),
    );
  });
  const meanScore =
    attempts.length === 0
      ? 0
      : attempts.reduce((sum, a) => sum + (a.score ?? 0), 0) / attempts.length;
  return { attempts: attempts.length, meanScore, questions };
}
