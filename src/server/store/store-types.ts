import type { Question, QuestionCounts, Quiz } from '../../index.ts';

/** A quiz as the server keeps it: the current version of the teacher quiz and its state. */
export interface StoredQuiz {
  id: string;
  quiz: Quiz;
  published: boolean;
  version: number;
  counts: QuestionCounts;
  manageHash: string;
  createdAt: number;
}

/** The order one attempt shows: questions, and for multiple choice the options. */
export interface AttemptItem {
  questionId: string;
  choiceIds: string[];
}

/** A student's answer to one question: a choice id, `true`/`false`, or null when unanswered. */
export type AnswerValue = string | null;

/** One scored answer of a submitted attempt. */
export interface Response {
  questionId: string;
  answer: AnswerValue;
  correct: boolean;
}

/** An attempt: the version of the quiz it was started on, its order, and once submitted its score. */
export interface Attempt {
  id: string;
  quizId: string;
  version: number;
  order: AttemptItem[];
  startedAt: number;
  submittedAt: number | null;
  score: number | null;
  total: number;
  responses: Response[];
}

/** What a new quiz needs to be stored. */
export interface NewQuiz {
  quiz: Quiz;
  manageHash: string;
  counts: QuestionCounts;
  published: boolean;
  /** Set for quizzes made from `seeds/`, so that seeding runs once per file. */
  seedKey?: string;
}

/** A submitted attempt, with the version of the questions it was scored against. */
export interface SubmittedAttempt extends Attempt {
  questions: Question[];
}
