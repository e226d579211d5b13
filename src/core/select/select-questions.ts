import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import type { Random } from '../random.ts';
import { askSameFact, listsStatements, shareWordRun } from './conflicts.ts';
import { pick } from './pick.ts';
import { newUsage, type Usage } from './usage.ts';

type Slot = 'mc' | 'true' | 'false';

/** Alternates true and false picks in proportion, false first, so both get some of the best sentences. */
function schedule(wantTrue: number, wantFalse: number): ('true' | 'false')[] {
  const slots: ('true' | 'false')[] = [];
  let trues = 0;
  let falses = 0;
  while (trues + falses < wantTrue + wantFalse) {
    const falseShare = wantFalse === 0 ? Infinity : falses / wantFalse;
    const trueShare = wantTrue === 0 ? Infinity : trues / wantTrue;
    if (falseShare <= trueShare) falses += 1;
    else trues += 1;
    slots.push(falseShare <= trueShare ? 'false' : 'true');
  }
  return slots;
}

type Chosen = Record<Slot, Candidate[]>;

/**
 * Below this score a question is one its family keeps only when nothing better is left: a weak
 * blank on a plain word (0.3), "which of these is true?" (0.4), a blank whose options are poor.
 */
const WEAK_SCORE = 0.5;

/** The multiple-choice passes after the first, each used only while questions are missing. */
function fillMultipleChoice(
  jittered: readonly Candidate[],
  chosen: Chosen,
  want: number,
  usage: Usage,
  analysis: Analysis,
): void {
  const missing = (): number => want - chosen.mc.length;
  const byFamily = (family: Candidate['family']) => jittered.filter((c) => c.family === family);
  chosen.mc.push(...pick(byFamily('statement-choice'), missing(), usage, analysis));
  if (missing() > 0) {
    // Ask about an answer a second time, but only in another family and about another fact.
    const asked = new Map(chosen.mc.map((c) => [c.answer, c]));
    const elsewhere = (c: Candidate): boolean => {
      const first = asked.get(c.answer);
      return (
        first !== undefined &&
        first.family !== c.family &&
        !shareWordRun(first.prompt, c.prompt, 4) &&
        !askSameFact(first.prompt, c.prompt)
      );
    };
    const second = jittered
      .filter((c) => c.type === 'multiple-choice' && !listsStatements(c) && c.answerType !== 'term')
      .filter((c) => elsewhere(c) && !chosen.mc.includes(c))
      .map((c) => ({ ...c, answer: `${c.answer}#2` }));
    chosen.mc.push(...pick(second, missing(), usage, analysis));
  }
  // Then a blank on a key term, then "which of these is true?" over several sentences.
  chosen.mc.push(
    ...pick(
      jittered.filter((c) => c.answerType === 'term'),
      missing(),
      usage,
      analysis,
    ),
  );
  chosen.mc.push(...pick(byFamily('which-true'), missing(), usage, analysis));
}

/**
 * When true/false statements are picked: before any multiple-choice question ('first'), before
 * every multiple-choice question but the main families' non-blank ones ('before-blanks'), after the
 * main families ('after-main'), or after every multiple-choice pass ('last').
 */
type StatementTurn = 'first' | 'before-blanks' | 'after-main' | 'last';

/** One selection, with the statements picked at the given turn. */
function plan(
  jittered: readonly Candidate[],
  counts: { multipleChoice: number; trueFalse: number },
  wantTrue: number,
  analysis: Analysis,
  turn: StatementTurn,
): Chosen {
  const usage = newUsage(counts.trueFalse);
  const main = jittered.filter(
    (c) => c.type === 'multiple-choice' && !listsStatements(c) && c.answerType !== 'term',
  );
  const pools: Record<Slot, Candidate[]> = {
    mc: main,
    true: jittered.filter((c) => c.type === 'true-false' && c.truth),
    false: jittered.filter((c) => c.type === 'true-false' && !c.truth),
  };
  const chosen: Chosen = { mc: [], true: [], false: [] };
  const statements = (): void => {
    for (const slot of schedule(wantTrue, counts.trueFalse - wantTrue))
      chosen[slot].push(...pick(pools[slot], 1, usage, analysis));
  };
  if (turn === 'first') statements();
  if (turn === 'before-blanks') {
    const unblanked = main.filter((c) => c.family !== 'cloze');
    chosen.mc.push(...pick(unblanked, counts.multipleChoice, usage, analysis));
    statements();
  }
  chosen.mc.push(...pick(main, counts.multipleChoice - chosen.mc.length, usage, analysis));
  if (turn === 'after-main') statements();
  fillMultipleChoice(jittered, chosen, counts.multipleChoice, usage, analysis);
  if (turn === 'last') statements();
  // Keep the statements balanced: at most one more true than false, even if that means fewer.
  const falseCount = chosen.false.length;
  if (falseCount < counts.trueFalse - wantTrue) chosen.true.splice(falseCount + 1);
  return chosen;
}

/**
 * Ranks and selects: at most one question per answer and per sentence, spread over the paragraphs,
 * families mixed, and true/false statements half true and half false. Statements are picked at
 * three turns (before blanks, after the main families, last); the selection that meets the
 * multiple-choice count and then makes the most questions wins, then the one with fewer weak
 * blanks, then the one whose questions score higher. When it still makes too few statements, the
 * most statements picked first that leave the multiple-choice count whole are taken.
 */
export function selectQuestions(
  candidates: readonly Candidate[],
  counts: { multipleChoice: number; trueFalse: number },
  analysis: Analysis,
  random: Random,
): Candidate[] {
  const jittered = random
    .shuffle(candidates)
    .map((c) => ({ ...c, score: c.score + random.next() * 0.05 }));
  const wantTrue =
    Math.floor(counts.trueFalse / 2) + (counts.trueFalse % 2 === 1 && random.next() < 0.5 ? 1 : 0);
  const weak = (c: Chosen): number => c.mc.filter((q) => q.score < WEAK_SCORE).length;
  // The full multiple-choice count comes first; then a multiple-choice question counts as two
  // true/false statements, for the reading it takes and the distractors it needs, but a weak blank
  // only as one: two statements more are not worth two weak blanks in place of sound ones.
  const worth = (c: Chosen): number => 2 * c.mc.length - weak(c) + c.true.length + c.false.length;
  const meetsMc = (c: Chosen): boolean => c.mc.length >= counts.multipleChoice;
  // Among selections that make as many questions, the one with fewer weak blanks, then the one
  // whose questions score higher overall.
  const total = (c: Chosen): number =>
    [...c.mc, ...c.true, ...c.false].reduce((t, q) => t + q.score, 0);
  const better = (a: Chosen, b: Chosen): boolean =>
    meetsMc(a) !== meetsMc(b)
      ? meetsMc(a)
      : worth(a) !== worth(b)
        ? worth(a) > worth(b)
        : weak(a) !== weak(b)
          ? weak(a) < weak(b)
          : total(a) > total(b);
  let chosen = plan(jittered, counts, wantTrue, analysis, 'before-blanks');
  for (const turn of ['after-main', 'last'] as const) {
    const other = plan(jittered, counts, wantTrue, analysis, turn);
    if (better(other, chosen)) chosen = other;
  }
  const made = chosen.true.length + chosen.false.length;
  for (let k = counts.trueFalse; k > made && meetsMc(chosen); k -= 1) {
    const fewer = { ...counts, trueFalse: k };
    const other = plan(jittered, fewer, Math.ceil(k / 2), analysis, 'first');
    if (
      meetsMc(other) &&
      other.true.length + other.false.length > made &&
      worth(other) > worth(chosen)
    ) {
      chosen = other;
      break;
    }
  }
  return [...chosen.mc, ...random.shuffle([...chosen.true, ...chosen.false])];
}
