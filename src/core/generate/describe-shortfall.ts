import type { QuestionCounts, Shortfall } from '../types.ts';

const GATE_WORDS: Record<string, string> = {
  'too-few-options': 'too few plausible options',
  'key-not-in-evidence': 'answer not found in its sentence',
  'key-in-prompt': 'answer given away by the question',
  'duplicate-options': 'repeated options',
  'unresolved-pronoun': 'unclear pronoun',
  'distractor-supported': 'a wrong option the article also supports',
  'false-statement-in-text': 'a "false" statement the article actually makes',
  'options-of-another-kind': 'wrong options that differ in kind from the answer',
};

/** Explains, in one sentence a teacher can read, why fewer questions came out than were asked. */
export function describeShortfall(
  requested: QuestionCounts,
  delivered: QuestionCounts,
  candidates: QuestionCounts,
  removedByGate: Record<string, number>,
): Shortfall | null {
  if (
    delivered.multipleChoice >= requested.multipleChoice &&
    delivered.trueFalse >= requested.trueFalse
  )
    return null;
  const removed = Object.entries(removedByGate)
    .sort((a, b) => b[1] - a[1])
    .map(([gate, n]) => `${n} for ${GATE_WORDS[gate] ?? gate}`);
  const message =
    `Made ${delivered.multipleChoice} of ${requested.multipleChoice} multiple-choice and ${delivered.trueFalse} of ${requested.trueFalse} true/false questions: ` +
    `the article offered ${candidates.multipleChoice + candidates.trueFalse} candidate questions` +
    (removed.length ? `, and checks removed ${removed.join(', ')}.` : '.') +
    ' A longer article with more names, numbers and quotations gives more questions.';
  return { requested, delivered, removedByGate: { ...removedByGate }, candidates, message };
}
