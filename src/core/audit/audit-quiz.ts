import { makeCheck, type AuditCheck } from './audit-check.ts';
import { auditSpecs as s } from './audit-specs.ts';
import {
  longestSolver,
  measureSolver,
  middleNumberSolver,
  oddOneOutSolver,
  overlapSolver,
} from './blind-solvers.ts';
import { measureEvidenceExact, measureKeyOutsideEvidence } from './measure-evidence.ts';
import {
  deliveredCounts,
  measureCountMet,
  measureCountsExplained,
  requestedCounts,
  type CountsAudit,
} from './measure-counts.ts';
import { measureDuplicateOptions, measureKeyLongest } from './measure-options.ts';
import { measureDuplicatePrompts, measureKeyInPrompt } from './measure-prompts.ts';
import {
  measureFalseVerbatim,
  measureNegationGuesser,
  measureTrueShare,
} from './measure-true-false.ts';
import type { MultipleChoiceQuestion, QuestionCounts, Quiz, TrueFalseQuestion } from '../types.ts';

/** The automatic checks of one quiz. */
export interface AuditReport {
  quizId: string;
  counts: CountsAudit;
  checks: AuditCheck[];
  /** False when any hard check fails. */
  ok: boolean;
}

/**
 * Computes every automatic check of QUESTION_QUALITY.md over a quiz. `requested` is what was asked
 * for; without it, the quiz's shortfall (or what it holds) stands in.
 *
 * @example
 * const report = auditQuiz(generateQuiz(text, { multipleChoice: 8, trueFalse: 6 }), { multipleChoice: 8, trueFalse: 6 });
 * report.ok; // true when no hard check fails
 */
export function auditQuiz(quiz: Quiz, requested?: QuestionCounts): AuditReport {
  const mc = quiz.questions.filter(
    (q): q is MultipleChoiceQuestion => q.type === 'multiple-choice',
  );
  const tf = quiz.questions.filter((q): q is TrueFalseQuestion => q.type === 'true-false');
  const counts = { requested: requestedCounts(quiz, requested), delivered: deliveredCounts(quiz) };
  const checks = [
    makeCheck(s.evidenceExact, measureEvidenceExact(quiz)),
    makeCheck(s.keyOutsideEvidence, measureKeyOutsideEvidence(mc)),
    makeCheck(s.keyInPrompt, measureKeyInPrompt(mc)),
    makeCheck(s.duplicateOptions, measureDuplicateOptions(mc)),
    makeCheck(s.duplicatePrompts, measureDuplicatePrompts(quiz.questions)),
    makeCheck(s.keyLongest, measureKeyLongest(mc)),
    makeCheck(s.solverLongest, measureSolver(mc, longestSolver)),
    makeCheck(s.solverOverlap, measureSolver(mc, overlapSolver)),
    makeCheck(s.solverOddOneOut, measureSolver(mc, oddOneOutSolver)),
    makeCheck(s.solverMiddleNumber, measureSolver(mc, middleNumberSolver)),
    makeCheck(s.trueShare, measureTrueShare(tf)),
    makeCheck(s.negationGuesser, measureNegationGuesser(tf)),
    makeCheck(s.falseVerbatim, measureFalseVerbatim(tf, quiz.source.text)),
    makeCheck(
      s.mcCountMet,
      measureCountMet(counts.delivered.multipleChoice, counts.requested.multipleChoice),
    ),
    makeCheck(
      s.tfCountMet,
      measureCountMet(counts.delivered.trueFalse, counts.requested.trueFalse),
    ),
    makeCheck(s.countsExplained, measureCountsExplained(quiz, counts)),
  ];
  return {
    quizId: quiz.id,
    counts,
    checks,
    ok: checks.every((c) => c.pass || c.severity === 'soft'),
  };
}
