import { generateQuiz } from '../generate/generate-quiz.ts';
import { checkArticle } from '../text/check-article.ts';
import type { QuestionCounts, Quiz } from '../types.ts';
import { auditQuiz, type AuditReport } from './audit-quiz.ts';
import {
  matchHumanAnswers,
  sumHumanMatches,
  type HumanMatch,
  type HumanQuestion,
} from './match-human-answers.ts';
import {
  evalGate,
  summarizeAudits,
  type CorpusSummary,
  type GateRule,
} from './summarize-audits.ts';

/** One article of an eval corpus, with the human questions about it when there are any. */
export interface CorpusArticle {
  name: string;
  text: string;
  humans: HumanQuestion[] | null;
}

/** Options of evaluateCorpus; every field is optional. */
export interface EvaluateOptions {
  /** Questions asked for per article. Default 8 multiple-choice and 6 true/false. */
  requested?: QuestionCounts;
  /** Default 1. */
  seed?: number;
  /** Default evalGate. */
  gate?: readonly GateRule[];
}

/** What the eval found for one article. */
export interface ArticleResult {
  name: string;
  /** Null when the article was refused (the reason is in `error`). */
  quiz: Quiz | null;
  error: string | null;
  report: AuditReport;
  human: HumanMatch | null;
}

/** The eval of a corpus: per article, the summed checks, and the human-answer comparison. */
export interface CorpusEvaluation {
  results: ArticleResult[];
  summary: CorpusSummary;
  /** Summed over the articles that have human questions; null when none has. */
  human: HumanMatch | null;
}

function emptyQuiz(article: CorpusArticle, seed: number): Quiz {
  const source = { title: article.name, text: article.text };
  return {
    format: 'quizgen/quiz@1',
    id: article.name,
    title: article.name,
    seed,
    source,
    questions: [],
    shortfall: null,
  };
}

function evaluateArticle(
  article: CorpusArticle,
  requested: QuestionCounts,
  seed: number,
): ArticleResult {
  const check = checkArticle(article.text);
  const quiz = check.ok ? generateQuiz(article.text, { ...requested, seed }) : null;
  const report = {
    ...auditQuiz(quiz ?? emptyQuiz(article, seed), requested),
    quizId: article.name,
  };
  const human =
    quiz !== null && article.humans !== null ? matchHumanAnswers(quiz, article.humans) : null;
  return { name: article.name, quiz, error: check.ok ? null : check.message, report, human };
}

/**
 * Generates a quiz for every article, audits each against the requested counts, sums the checks
 * over the corpus under the gate, and compares keys with human answers where there are any. A
 * refused article counts as delivering nothing.
 *
 * @example
 * evaluateCorpus(articles).summary.pass; // false when a gated check fails
 */
export function evaluateCorpus(
  articles: CorpusArticle[],
  options: EvaluateOptions = {},
): CorpusEvaluation {
  const requested = options.requested ?? { multipleChoice: 8, trueFalse: 6 };
  const results = articles.map((a) => evaluateArticle(a, requested, options.seed ?? 1));
  const matches = results.flatMap((r) => (r.human === null ? [] : [r.human]));
  return {
    results,
    summary: summarizeAudits(
      results.map((r) => r.report),
      options.gate ?? evalGate,
    ),
    human: matches.length > 0 ? sumHumanMatches(matches) : null,
  };
}
