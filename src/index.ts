/**
 * quizgen: turns an article into grounded multiple-choice and true/false questions.
 * The one entry point of the core library; adapters (CLI, server) import from here only.
 */
export type * from './core/types.ts';
export { generateQuiz, type GenerateOptions } from './core/generate/generate-quiz.ts';
export { segmentArticle } from './core/text/segment-article.ts';
export { normalizeText, type NormalizedText } from './core/text/normalize-text.ts';
export { checkArticle, type ArticleCheck } from './core/text/check-article.ts';
export { toStudentQuiz } from './core/quiz/to-student-quiz.ts';
export { validateQuiz, type QuizValidation } from './core/quiz/validate-quiz.ts';
export { auditQuiz, type AuditReport } from './core/audit/audit-quiz.ts';
export type { AuditCheck, Severity, Threshold } from './core/audit/audit-check.ts';
export { describeThreshold } from './core/audit/describe-threshold.ts';
export {
  summarizeAudits,
  evalGate,
  type CorpusCheck,
  type CorpusSummary,
  type GateRule,
} from './core/audit/summarize-audits.ts';
export {
  matchHumanAnswers,
  type HumanMatch,
  type HumanQuestion,
} from './core/audit/match-human-answers.ts';
export { answersMatch } from './core/audit/answers-match.ts';
export { exportQuiz, type ExportFile, type ExportOptions } from './core/export/export-quiz.ts';
export {
  exportFormats,
  isExportFormat,
  type ExportFormat,
  type ExportFormatInfo,
} from './core/export/export-formats.ts';
export { UnknownExportFormatError } from './core/export/unknown-export-format-error.ts';
export { quizToFlashcards } from './core/export/quiz-to-flashcards.ts';
export { toFlashcardsTsv, type Flashcard } from './core/export/to-flashcards-tsv.ts';
export { sumHumanMatches } from './core/audit/match-human-answers.ts';
export {
  evaluateCorpus,
  type ArticleResult,
  type CorpusArticle,
  type CorpusEvaluation,
  type EvaluateOptions,
} from './core/audit/evaluate-corpus.ts';
export { printVersions } from './core/print/print-versions.ts';
export { PrintOptionsError } from './core/print/print-options-error.ts';
export type * from './core/print/print-types.ts';
export { buildLearningModule, type ModuleOptions } from './core/module/build-learning-module.ts';
export { moduleToMarkdown, sentenceAnchor } from './core/module/module-to-markdown.ts';
export type * from './core/module/module-types.ts';
