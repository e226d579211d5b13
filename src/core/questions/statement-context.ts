import type { Analysis } from '../analyze/analysis-types.ts';

/** Where a position of the sentence lands in the statement, or null when it was left out. */
export type Position = (sentenceIndex: number) => number | null;

/** What the builders of false versions read: sentence `i`, its statement `text`, and the mapping. */
export interface StatementContext {
  analysis: Analysis;
  i: number;
  text: string;
  at: Position;
  seed: number;
}
