import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { falseStatements } from './false-statements.ts';
import { groundAntecedent, resolveOpeningPronoun } from './resolve-opening-pronoun.ts';
import { inArticleVoice } from './sentence-tools.ts';
import { says, statementCandidate } from './statement-candidate.ts';
import type { StatementContext } from './statement-context.ts';
import { statementOf } from './statement-text.ts';

const NEGATION = /\b(?:not|never|no)\b|n't\b/;

/** The statement itself: true, and worth a little more when it holds a negation. */
function trueStatement({ i, text }: StatementContext, sentence: Sentence): Candidate {
  const truthful = statementCandidate(i, {
    prompt: text,
    truth: true,
    explanation: `True. ${says(sentence)}`,
    answer: `fact@${i}`,
  });
  truthful.score += NEGATION.test(text) ? 0.3 : 0;
  return truthful;
}

/**
 * True/false statements from plain sentences: the sentence itself (true), or the same sentence with a
 * same-type name swapped, a number changed, or (sparingly) its negation flipped (false).
 */
export function statementQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!inArticleVoice(analysis, i)) return;
    const resolved = resolveOpeningPronoun(analysis, i);
    const statement = statementOf(analysis, i, resolved);
    if (!statement) return;
    const context: StatementContext = { analysis, i, ...statement, seed };
    const made = [trueStatement(context, sentence), ...falseStatements(context)];
    if (resolved) groundAntecedent(analysis, made, resolved.antecedentSentence);
    out.push(...made);
  });
  return out;
}
