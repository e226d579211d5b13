import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import { allowed } from './conflicts.ts';
import { take, type Usage } from './usage.ts';

function effectiveScore(c: Candidate, usage: Usage, analysis: Analysis): number {
  const paragraph = analysis.segmented.sentences[c.sentences[0] ?? 0]?.paragraph ?? 0;
  const lead = paragraph === 0 ? 0.2 : 0;
  return (
    c.score +
    lead -
    0.7 * (usage.paragraphs.get(paragraph) ?? 0) -
    0.5 * (usage.families.get(c.family) ?? 0)
  );
}

/** Picks up to `count` allowed candidates from the pool, best effective score first, recording each. */
export function pick(
  pool: readonly Candidate[],
  count: number,
  usage: Usage,
  analysis: Analysis,
): Candidate[] {
  const chosen: Candidate[] = [];
  const left = [...pool];
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    left.forEach((c, i) => {
      if (!allowed(c, usage)) return;
      const score = effectiveScore(c, usage, analysis);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) break;
    const [c] = left.splice(best, 1) as [Candidate];
    take(c, usage, analysis);
    chosen.push(c);
  }
  return chosen;
}
