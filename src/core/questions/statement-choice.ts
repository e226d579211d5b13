import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { statementQuestion } from './statement-question.ts';

/**
 * "Which statement matches the article?": one true sentence against false versions of it with a
 * name or number changed, so every option has the same length and shape. Used where the article has
 * too few names of one kind for other families. `statements` are the true/false candidates already
 * made with this seed, so they are not made twice.
 */
export function statementChoice(
  analysis: Analysis,
  seed: number,
  statements?: readonly Candidate[],
): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  const variants = [
    statements ?? statementQuestion(analysis, seed),
    statementQuestion(analysis, seed + 7919),
    statementQuestion(analysis, seed + 2 * 7919),
  ];
  for (const list of variants) {
    for (const c of list) {
      const list = bySentence.get(c.sentences[0] ?? -1) ?? [];
      if (!list.some((o) => o.prompt === c.prompt)) list.push(c);
      bySentence.set(c.sentences[0] ?? -1, list);
    }
  }
  const out: Candidate[] = [];
  for (const [i, list] of bySentence) {
    const truth = list.find((c) => c.truth);
    const swaps = list.filter((c) => !c.truth && !c.answer.startsWith('negation@'));
    // A negated version may fill in as a third option, never as the only wrong one.
    const falses =
      swaps.length >= 1
        ? [...swaps, ...list.filter((c) => !c.truth && c.answer.startsWith('negation@'))]
        : [];
    if (!truth || falses.length < 2 || truth.prompt.split(/\s+/).length > 30) continue;
    out.push({
      family: 'statement-choice',
      type: 'multiple-choice',
      prompt: `Which statement matches paragraph ${(analysis.segmented.sentences[i]?.paragraph ?? 0) + 1} of the article?`,
      key: truth.prompt,
      truth: true,
      distractors: falses.slice(0, 3).map((c) => c.prompt),
      sentences: [i],
      answer: `statement-choice@${i}`,
      answerType: 'statement',
      numeric: false,
      forbidden: [],
      explanation: truth.explanation.replace(/^True\. /, ''),
      score: 1.0,
      difficulty: 0.5,
    });
  }
  return out;
}
