import type { Candidate } from '../questions/candidate.ts';
import { isNegation, type Usage } from './usage.ts';

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

/** What a question shows, lower-cased: its prompt, and its options when they are statements. */
function shownText(c: Candidate): string {
  const known = shownTexts.get(c);
  if (known !== undefined) return known;
  const options =
    c.type === 'multiple-choice' && c.answerType === 'statement'
      ? ` ${c.key} ${c.distractors.join(' ')}`
      : '';
  const shown = `${c.prompt}${options}`.toLowerCase();
  shownTexts.set(c, shown);
  return shown;
}

/** What each candidate shows, worked out once: selection asks it again and again. */
const shownTexts = new WeakMap<Candidate, string>();

/** True when either question's prompt shows the other's key. */
function revealEachOther(a: Candidate, b: Candidate): boolean {
  const pa = shownText(a);
  const pb = shownText(b);
  return keyForms(a).some((k) => showsWord(pb, k)) || keyForms(b).some((k) => showsWord(pa, k));
}

/** True for a multiple-choice question whose options are statements ("which of these is true?"). */
export const listsStatements = (c: Candidate): boolean =>
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
 * True for a true/false statement whose answer a multiple-choice prompt on its sentence shows: the
 * prompt holds the whole true statement ("… was the Sikh Khalsa army, which he reorganised along
 * _____ lines" beside "… was the Sikh Khalsa army."), or the words a false one changed ("in 1837"
 * beside "in 1839").
 */
function statementShown(a: Candidate, b: Candidate): boolean {
  const [statement, question] = a.type === 'true-false' ? [a, b] : [b, a];
  if (statement.type !== 'true-false' || question.type !== 'multiple-choice') return false;
  const shown = shownText(question).replace(/^fill in the blank: /, '');
  if (!statement.truth)
    return statement.changed !== undefined && showsWord(shown, statement.changed);
  return shown.includes(statement.prompt.toLowerCase().replace(/[.!?]+$/, ''));
}

const FRAME_WORDS = new Set(['fill', 'blank', 'about', 'many', 'much', 'which', 'what', 'said']);

/** Words of four letters or more, without the words every question frame uses. */
function contentWords(prompt: string): Set<string> {
  const words = prompt.toLowerCase().match(/[\p{L}\d']{4,}/gu) ?? [];
  return new Set(words.filter((w) => !FRAME_WORDS.has(w)));
}

/**
 * True when two prompts share a run of `length` words: "Who said: "SpaceX we're go for launch …"?"
 * and a blank on the sentence that quotes it ask one fact twice.
 */
export function shareWordRun(a: string, b: string, length: number): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d']+/gu) ?? [];
  const runs = (list: string[]): Set<string> =>
    new Set(
      list
        .slice(0, Math.max(0, list.length - length + 1))
        .map((_, i) => list.slice(i, i + length).join(' ')),
    );
  const theirs = runs(words(b));
  return [...runs(words(a))].some((r) => theirs.has(r));
}

/** True when two prompts share half the words of the shorter one: the same fact asked twice. */
export function askSameFact(a: string, b: string): boolean {
  const [wa, wb] = [contentWords(a), contentWords(b)];
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= Math.max(2, Math.min(wa.size, wb.size) / 2);
}

/** "six months" of "after _____ months" (six): a figure's key with the word it counts. */
function countedPhrase(c: Candidate): string | null {
  if (c.type !== 'multiple-choice' || c.answerType !== 'number') return null;
  const known = countedPhrases.get(c);
  if (known !== undefined) return known;
  const at = c.prompt.indexOf('_____');
  const word = /^ ([a-z]{3,})\b/.exec(c.prompt.slice(at + 5))?.[1];
  const phrase = at < 0 || word === undefined ? null : `${c.key} ${word}`.toLowerCase();
  countedPhrases.set(c, phrase);
  return phrase;
}

const countedPhrases = new WeakMap<Candidate, string | null>();

/**
 * True when one question shows the figure another asks, with the word it counts: a quote "Six
 * months is a short time" beside "lower blood pressure after _____ months".
 */
function showsFigure(a: Candidate, b: Candidate): boolean {
  const [pa, pb] = [countedPhrase(a), countedPhrase(b)];
  return (
    (pa !== null && showsWord(shownText(b), pa)) || (pb !== null && showsWord(shownText(a), pb))
  );
}

/**
 * A candidate is allowed when its answer is new and, where it shares a sentence with questions
 * already chosen, neither shows the other's key (two statements never share a sentence).
 */
export function allowed(c: Candidate, usage: Usage): boolean {
  if (usage.answers.has(c.answer) || usage.promptSet.has(c.prompt)) return false;
  if (c.type === 'true-false' && usage.sentences.has(c.sentences[0] ?? -1)) return false;
  if (isNegation(c) && usage.negations >= usage.negationCap) return false;
  // A sentence that only names who "he" is ("Ibn Battuta was …" for "He was born …") is evidence
  // beside the question's own sentence: two statements may both lean on it.
  const ownSentence = (x: Candidate, s: number): boolean => x.sentences[0] === s;
  for (const chosen of usage.bySentence.values())
    if (chosen.some((other) => showsFigure(c, other))) return false;
  return c.sentences.every((s) =>
    (usage.bySentence.get(s) ?? []).every(
      (other) =>
        !revealEachOther(c, other) &&
        !(
          other.family === c.family &&
          other.family !== 'cloze' &&
          (ownSentence(c, s) || ownSentence(other, s))
        ) &&
        !statementsMeet(c, other) &&
        !statementShown(c, other) &&
        !testSameSlot(c, other),
    ),
  );
}
