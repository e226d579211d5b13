import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import type { Random } from '../random.ts';

interface Usage {
  answers: Set<string>;
  sentences: Set<number>;
  paragraphs: Map<number, number>;
  families: Map<string, number>;
}

function effectiveScore(c: Candidate, usage: Usage, analysis: Analysis): number {
  const paragraph = analysis.segmented.sentences[c.sentences[0] ?? 0]?.paragraph ?? 0;
  const lead = paragraph === 0 ? 0.2 : 0;
  return c.score + lead - 0.7 * (usage.paragraphs.get(paragraph) ?? 0) - 0.5 * (usage.families.get(c.family) ?? 0);
}

function allowed(c: Candidate, usage: Usage): boolean {
  if (usage.answers.has(c.answer)) return false;
  return !c.sentences.some((s) => usage.sentences.has(s));
}

function take(c: Candidate, usage: Usage, analysis: Analysis): void {
  usage.answers.add(c.answer);
  for (const s of c.sentences) usage.sentences.add(s);
  const paragraph = analysis.segmented.sentences[c.sentences[0] ?? 0]?.paragraph ?? 0;
  usage.paragraphs.set(paragraph, (usage.paragraphs.get(paragraph) ?? 0) + 1);
  usage.families.set(c.family, (usage.families.get(c.family) ?? 0) + 1);
}

function pick(pool: readonly Candidate[], count: number, usage: Usage, analysis: Analysis): Candidate[] {
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

/**
 * Ranks and selects: at most one question per answer and per sentence, spread over the paragraphs,
 * families mixed, and true/false statements half true and half false.
 */
export function selectQuestions(candidates: readonly Candidate[], counts: { multipleChoice: number; trueFalse: number }, analysis: Analysis, random: Random): Candidate[] {
  const jittered = random.shuffle(candidates).map((c) => ({ ...c, score: c.score + random.next() * 0.05 }));
  const usage: Usage = { answers: new Set(), sentences: new Set(), paragraphs: new Map(), families: new Map() };
  const mc = pick(jittered.filter((c) => c.type === 'multiple-choice'), counts.multipleChoice, usage, analysis);
  usage.paragraphs.clear();
  usage.families.clear();
  const wantTrue = Math.floor(counts.trueFalse / 2) + (counts.trueFalse % 2 === 1 && random.next() < 0.5 ? 1 : 0);
  const trueOnes = pick(jittered.filter((c) => c.type === 'true-false' && c.truth), wantTrue, usage, analysis);
  const falseOnes = pick(jittered.filter((c) => c.type === 'true-false' && !c.truth), counts.trueFalse - trueOnes.length, usage, analysis);
  const moreTrue = pick(jittered.filter((c) => c.type === 'true-false' && c.truth), counts.trueFalse - trueOnes.length - falseOnes.length, usage, analysis);
  const tf = random.shuffle([...trueOnes, ...falseOnes, ...moreTrue]);
  return [...mc, ...tf];
}
