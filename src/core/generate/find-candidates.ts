import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import { clozeQuestion } from '../questions/cloze-question.ts';
import { quoteAttribution } from '../questions/quote-attribution.ts';
import { roleQuestion } from '../questions/role-question.ts';
import { statementChoice } from '../questions/statement-choice.ts';
import { statementQuestion } from '../questions/statement-question.ts';
import { subjectQuestion } from '../questions/subject-question.ts';
import { termCloze } from '../questions/term-cloze.ts';

/** The question families, best first. Each reads the analysis and proposes candidates. */
const FAMILIES = [
  quoteAttribution,
  roleQuestion,
  subjectQuestion,
  clozeQuestion,
  termCloze,
  statementQuestion,
  statementChoice,
] as const;

/** Every candidate question every family proposes for the article. */
export function findCandidates(analysis: Analysis, seed: number): Candidate[] {
  return FAMILIES.flatMap((family) => family(analysis, seed));
}
