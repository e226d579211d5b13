import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import { clozeQuestion } from '../questions/cloze-question.ts';
import { quoteAttribution } from '../questions/quote-attribution.ts';
import { quoteStatement } from '../questions/quote-statement.ts';
import { roleQuestion } from '../questions/role-question.ts';
import { statementChoice } from '../questions/statement-choice.ts';
import { statementQuestion } from '../questions/statement-question.ts';
import { subjectQuestion } from '../questions/subject-question.ts';
import { termCloze } from '../questions/term-cloze.ts';
import { whQuestion } from '../questions/wh-question.ts';
import { whichTrue } from '../questions/which-true.ts';

/** The families that need nothing but the analysis, best first. */
const FAMILIES = [
  quoteAttribution,
  roleQuestion,
  subjectQuestion,
  whQuestion,
  clozeQuestion,
  termCloze,
] as const;

/**
 * Every candidate question every family proposes for the article. True/false statements are made
 * once and shared with the statement-choice family, which builds its options from them; statements
 * of who said what stand apart.
 */
export function findCandidates(analysis: Analysis, seed: number): Candidate[] {
  const statements = statementQuestion(analysis, seed);
  return [
    ...FAMILIES.flatMap((family) => family(analysis, seed)),
    ...statements,
    ...quoteStatement(analysis, seed),
    ...statementChoice(analysis, seed, statements),
    ...whichTrue(analysis, statements),
  ];
}
