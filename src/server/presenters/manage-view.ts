import type { Choice, Question } from '../../index.ts';
import type { QuizStatistics } from '../domain/quiz-statistics.ts';
import type { Attempt, StoredQuiz } from '../store/store-types.ts';
import type { PageModel } from '../../render/view-engine.ts';
import { keyText } from './answer-text.ts';
import { statsView } from './stats-view.ts';

/** A download link of the teacher page. */
export interface ExportLink {
  format: string;
  label: string;
  description: string;
}

/** Everything the teacher page shows. */
export interface ManageInput {
  stored: StoredQuiz;
  base: string;
  attempts: Attempt[];
  stats: QuizStatistics;
  exports: ExportLink[];
  notice?: string;
}

function choiceView(questionId: string, choice: Choice, isKey: boolean) {
  const field = `choice-${choice.id}`;
  return {
    id: choice.id,
    text: choice.text,
    isKey,
    field,
    keyId: `key-${questionId}-${choice.id}`,
    textId: `${field}-${questionId}`,
  };
}

function questionView(question: Question, index: number, base: string) {
  const isMc = question.type === 'multiple-choice';
  return {
    number: index + 1,
    id: question.id,
    prompt: question.prompt,
    explanation: question.explanation,
    evidence: question.evidence.map((e) => e.text),
    key: keyText(question),
    isMultipleChoice: isMc,
    choices: isMc
      ? question.choices.map((c) => choiceView(question.id, c, c.id === question.answer))
      : [],
    truthOptions: [true, false].map((value) => ({
      value: String(value),
      label: value ? 'True' : 'False',
      inputId: `tf-${value}-${question.id}`,
      checked: question.answer === value,
    })),
    editAction: `${base}/questions/${question.id}`,
    deleteAction: `${base}/questions/${question.id}/delete`,
  };
}

const time = (ms: number | null): string =>
  ms === null ? '' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

/** The teacher page: answer key with edit forms, actions, attempts and statistics. */
export function manageView(input: ManageInput): PageModel {
  const { stored, base } = input;
  return {
    title: `Manage: ${stored.quiz.title}`,
    quizTitle: stored.quiz.title,
    published: stored.published,
    studentHref: `/quizzes/${stored.id}`,
    publishAction: `${base}/publish`,
    regenerateAction: `${base}/regenerate`,
    csvHref: `${base}/statistics.csv`,
    printAction: `${base}/print`,
    notice: input.notice ?? '',
    questions: stored.quiz.questions.map((q, i) => questionView(q, i, base)),
    attempts: input.attempts.map((a) => ({
      submitted: time(a.submittedAt),
      score: a.score ?? 0,
      total: a.total,
    })),
    stats: statsView(input.stats),
    exports: input.exports.map((link) => ({ ...link, href: `${base}/export/${link.format}` })),
    hasExports: input.exports.length > 0,
  };
}
