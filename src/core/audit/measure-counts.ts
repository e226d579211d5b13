import type { Measurement } from './audit-check.ts';
import type { QuestionCounts, Quiz } from '../types.ts';

/** The counts a quiz was asked for and the counts it holds. */
export interface CountsAudit {
  requested: QuestionCounts;
  delivered: QuestionCounts;
}

/** Counts the questions of each type in a quiz. */
export function deliveredCounts(quiz: Quiz): QuestionCounts {
  const multipleChoice = quiz.questions.filter((q) => q.type === 'multiple-choice').length;
  return { multipleChoice, trueFalse: quiz.questions.length - multipleChoice };
}

/** The counts asked for: as given, else as the shortfall records them, else what was delivered. */
export function requestedCounts(quiz: Quiz, requested?: QuestionCounts): QuestionCounts {
  return requested ?? quiz.shortfall?.requested ?? deliveredCounts(quiz);
}

/** One (count 1 of total 1) when `delivered` meets `wanted`, for summing over articles. */
export function measureCountMet(delivered: number, wanted: number): Measurement {
  return { count: delivered >= wanted ? 1 : 0, total: 1, flagged: [] };
}

/**
 * One when the quiz holds exactly the requested counts, or holds fewer and its shortfall says so
 * with the true delivered counts; zero for a silent shortfall or a surplus.
 */
export function measureCountsExplained(quiz: Quiz, counts: CountsAudit): Measurement {
  const { requested, delivered } = counts;
  const exact =
    delivered.multipleChoice === requested.multipleChoice &&
    delivered.trueFalse === requested.trueFalse;
  const fewer =
    delivered.multipleChoice <= requested.multipleChoice &&
    delivered.trueFalse <= requested.trueFalse;
  const recorded = quiz.shortfall?.delivered;
  const explained =
    fewer &&
    recorded !== undefined &&
    recorded.multipleChoice === delivered.multipleChoice &&
    recorded.trueFalse === delivered.trueFalse;
  return { count: exact || explained ? 1 : 0, total: 1, flagged: [] };
}
