import { analyzeArticle } from '../analyze/analyze-article.ts';
import { assembleQuestion } from '../assemble/assemble-question.ts';
import { applyGates } from '../gates/apply-gates.ts';
import { createRandom, hashText } from '../random.ts';
import { selectQuestions } from '../select/select-questions.ts';
import { articleTitle } from '../text/article-title.ts';
import type { QuestionCounts, Quiz, Shortfall } from '../types.ts';
import { findCandidates } from './find-candidates.ts';
import { describeShortfall } from './describe-shortfall.ts';

/** Options of generateQuiz; every field is optional. */
export interface GenerateOptions {
  /** Multiple-choice questions wanted (0–50). Default 6. */
  multipleChoice?: number;
  /** True/false questions wanted (0–50). Default 4. */
  trueFalse?: number;
  /** Seed of every random choice; the same text, options and seed give the same quiz. Default 1. */
  seed?: number;
  /** Title to use instead of the one found in the text. */
  title?: string;
}

const clampCount = (n: number | undefined, fallback: number): number =>
  Math.max(0, Math.min(50, Math.floor(Number.isFinite(n) ? (n as number) : fallback)));

/** A seeded, balanced assignment of key positions (0–3) across the quiz. */
function keyPositions(count: number, seed: number): number[] {
  const random = createRandom(seed ^ 0x5bd1e995);
  const positions: number[] = [];
  while (positions.length < count) positions.push(...random.shuffle([0, 1, 2, 3]));
  return positions;
}

/**
 * Generates a quiz from an article: multiple-choice and true/false questions, each tied to the
 * sentences that prove its answer. Never throws on messy text: when fewer questions can be made than
 * asked, the quiz says why in `shortfall`.
 *
 * @example
 * const quiz = generateQuiz(articleText, { multipleChoice: 8, trueFalse: 6, seed: 1 });
 * quiz.questions[0].prompt; // "Who said: "…"?"
 */
export function generateQuiz(text: string, options: GenerateOptions = {}): Quiz {
  const input = typeof text === 'string' ? text : '';
  const seed = Number.isInteger(options.seed) ? (options.seed as number) : 1;
  const requested: QuestionCounts = {
    multipleChoice: clampCount(options.multipleChoice, 6),
    trueFalse: clampCount(options.trueFalse, 4),
  };
  const analysis = analyzeArticle(input);
  const candidates = findCandidates(analysis, seed);
  const { kept, removed } = applyGates(candidates, analysis);
  const selected = selectQuestions(kept, requested, analysis, createRandom(seed));
  const positions = keyPositions(selected.length, seed);
  const questions = selected.map((c, i) => assembleQuestion(c, i, positions[i] ?? 0, analysis));
  const delivered: QuestionCounts = {
    multipleChoice: questions.filter((q) => q.type === 'multiple-choice').length,
    trueFalse: questions.filter((q) => q.type === 'true-false').length,
  };
  const candidateCounts: QuestionCounts = {
    multipleChoice: candidates.filter((c) => c.type === 'multiple-choice').length,
    trueFalse: candidates.filter((c) => c.type === 'true-false').length,
  };
  const shortfall: Shortfall | null = describeShortfall(
    requested,
    delivered,
    candidateCounts,
    removed,
  );
  const title = articleTitle(analysis.segmented, options.title);
  return {
    format: 'quizgen/quiz@1',
    id: `qz-${hashText(`${input}\u0000${requested.multipleChoice}/${requested.trueFalse}/${seed}`)}`,
    title,
    seed,
    source: { title, text: input },
    questions,
    shortfall,
  };
}
