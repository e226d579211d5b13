import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import type { Random } from '../random.ts';

interface Usage {
  answers: Set<string>;
  /** Sentences a true/false statement already rests on. */
  sentences: Set<number>;
  promptSet: Set<string>;
  /** Chosen questions by the sentences they rest on. */
  bySentence: Map<number, Candidate[]>;
  paragraphs: Map<number, number>;
  families: Map<string, number>;
}

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

function keyForms(c: Candidate): string[] {
  return c.type === 'multiple-choice' ? [c.key.toLowerCase(), ...c.forbidden] : [];
}

function showsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!/\w/.test(text[at - 1] ?? ' ') && !/\w/.test(text[at + word.length] ?? ' ')) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** True when either question's prompt shows the other's key. */
function shownText(c: Candidate): string {
  const options =
    c.type === 'multiple-choice' && c.answerType === 'statement'
      ? ` ${c.key} ${c.distractors.join(' ')}`
      : '';
  return `${c.prompt}${options}`.toLowerCase();
}

function revealEachOther(a: Candidate, b: Candidate): boolean {
  const pa = shownText(a);
  const pb = shownText(b);
  return keyForms(a).some((k) => showsWord(pb, k)) || keyForms(b).some((k) => showsWord(pa, k));
}

const listsStatements = (c: Candidate): boolean =>
  c.type === 'multiple-choice' && c.answerType === 'statement';

/**
 * True for a true/false statement and a "which statement" question on the same sentence: the
 * options of the one would show the other, true or changed.
 */
function statementsMeet(a: Candidate, b: Candidate): boolean {
  return (
    (a.type === 'true-false' && listsStatements(b)) ||
    (b.type === 'true-false' && listsStatements(a))
  );
}

/**
 * True for a false statement that changes the very text a multiple-choice question asks for:
 * "killed seven girls" (false) beside "killed _____ girls" asks one fact twice.
 */
function testSameSlot(a: Candidate, b: Candidate): boolean {
  const [statement, question] = a.type === 'true-false' ? [a, b] : [b, a];
  const changed = statement.changed;
  if (changed === undefined || question.type !== 'multiple-choice') return false;
  return keyForms(question).some((k) => k.includes(changed) || changed.includes(k));
}

/**
 * A candidate is allowed when its answer is new and, where it shares a sentence with questions
 * already chosen, neither shows the other's key (two statements never share a sentence).
 */
function allowed(c: Candidate, usage: Usage): boolean {
  if (usage.answers.has(c.answer) || usage.promptSet.has(c.prompt)) return false;
  if (c.type === 'true-false' && usage.sentences.has(c.sentences[0] ?? -1)) return false;
  return c.sentences.every((s) =>
    (usage.bySentence.get(s) ?? []).every(
      (other) =>
        !revealEachOther(c, other) &&
        !(other.family === c.family && other.family !== 'cloze') &&
        !statementsMeet(c, other) &&
        !testSameSlot(c, other),
    ),
  );
}

function take(c: Candidate, usage: Usage, analysis: Analysis): void {
  usage.answers.add(c.answer);
  usage.promptSet.add(c.prompt);
  if (c.type === 'true-false') usage.sentences.add(c.sentences[0] ?? -1);
  for (const s of c.sentences) usage.bySentence.set(s, [...(usage.bySentence.get(s) ?? []), c]);
  const paragraph = analysis.segmented.sentences[c.sentences[0] ?? 0]?.paragraph ?? 0;
  usage.paragraphs.set(paragraph, (usage.paragraphs.get(paragraph) ?? 0) + 1);
  usage.families.set(c.family, (usage.families.get(c.family) ?? 0) + 1);
}

function pick(
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

const FRAME_WORDS = new Set(['fill', 'blank', 'about', 'many', 'much', 'which', 'what', 'said']);

/** Words of four letters or more, without the words every question frame uses. */
function contentWords(prompt: string): Set<string> {
  const words = prompt.toLowerCase().match(/[\p{L}\d']{4,}/gu) ?? [];
  return new Set(words.filter((w) => !FRAME_WORDS.has(w)));
}

/** True when two prompts share half the words of the shorter one: the same fact asked twice. */
function askSameFact(a: string, b: string): boolean {
  const [wa, wb] = [contentWords(a), contentWords(b)];
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= Math.max(2, Math.min(wa.size, wb.size) / 2);
}

function newUsage(): Usage {
  return {
    answers: new Set(),
    sentences: new Set(),
    bySentence: new Map(),
    promptSet: new Set(),
    paragraphs: new Map(),
    families: new Map(),
  };
}

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
    // Ask about an answer a second time, but only in another family and sentence.
    const asked = new Map(chosen.mc.map((c) => [c.answer, c]));
    const elsewhere = (c: Candidate): boolean => {
      const first = asked.get(c.answer);
      return (
        first !== undefined && first.family !== c.family && !askSameFact(first.prompt, c.prompt)
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
 * When true/false statements are picked: before every multiple-choice question but the main
 * families' non-blank ones ('before-blanks'), after the main families ('after-main'), or after
 * every multiple-choice pass ('last').
 */
type StatementTurn = 'before-blanks' | 'after-main' | 'last';

/** One selection, with the statements picked at the given turn. */
function plan(
  jittered: readonly Candidate[],
  counts: { multipleChoice: number; trueFalse: number },
  wantTrue: number,
  analysis: Analysis,
  turn: StatementTurn,
): Chosen {
  const usage = newUsage();
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
 * families mixed, and true/false statements half true and half false. Statements get their
 * sentences before the fallback multiple-choice families, unless picking every multiple-choice
 * question first is worth more (one multiple-choice question for two statements).
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
  // A multiple-choice question counts as two true/false statements, for the reading it takes and
  // the distractors it needs; the full multiple-choice count comes first.
  const worth = (c: Chosen): number =>
    (c.mc.length >= counts.multipleChoice ? 1000 : 0) +
    2 * c.mc.length +
    c.true.length +
    c.false.length;
  let chosen = plan(jittered, counts, wantTrue, analysis, 'before-blanks');
  for (const turn of ['after-main', 'last'] as const) {
    if (
      chosen.mc.length >= counts.multipleChoice &&
      chosen.true.length + chosen.false.length >= counts.trueFalse
    )
      break;
    const other = plan(jittered, counts, wantTrue, analysis, turn);
    if (worth(other) > worth(chosen)) chosen = other;
  }
  return [...chosen.mc, ...random.shuffle([...chosen.true, ...chosen.false])];
}
