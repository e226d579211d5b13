import { createRandom, type Random } from '../random.ts';
import type { MultipleChoiceQuestion, Question, Quiz } from '../types.ts';
import { PrintOptionsError } from './print-options-error.ts';
import type {
  KeyEntry,
  PrintChoice,
  PrintOptions,
  PrintQuestion,
  PrintVersion,
} from './print-types.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Draws per version before accepting a question order an earlier version already has. */
const DRAWS = 20;

function checkedVersions(versions: number): number {
  if (Number.isInteger(versions) && versions >= 1 && versions <= LETTERS.length) return versions;
  throw new PrintOptionsError(
    'versions',
    `versions must be a whole number from 1 to 26, not ${versions}`,
  );
}

function checkedSeed(seed: number): number {
  if (Number.isSafeInteger(seed) && seed >= 0) return seed;
  throw new PrintOptionsError('seed', `seed must be a whole number of 0 or more, not ${seed}`);
}

/**
 * The option order of one version. Numbers stay sorted, ascending or descending, so the list is
 * still easy to scan while the key's letter moves; any other options are shuffled.
 */
function orderChoices(question: MultipleChoiceQuestion, random: Random) {
  if (!question.tags.includes('number')) return random.shuffle(question.choices);
  return random.int(2) === 0 ? [...question.choices] : [...question.choices].reverse();
}

interface PrintedItem {
  printed: PrintQuestion;
  key: KeyEntry;
}

function printItem(question: Question, number: number, random: Random | null): PrintedItem {
  const base = { number, id: question.id, prompt: question.prompt };
  const entry = { number, questionId: question.id };
  switch (question.type) {
    case 'true-false': {
      const truth = question.answer ? 'True' : 'False';
      return {
        printed: { ...base, type: 'true-false' },
        key: { ...entry, answer: truth, text: truth },
      };
    }
    case 'multiple-choice': {
      const order = random === null ? question.choices : orderChoices(question, random);
      const choices = order.map((c, i): PrintChoice => ({ letter: LETTERS[i] ?? '?', ...c }));
      const keyed = choices.find((c) => c.id === question.answer);
      return {
        printed: { ...base, type: 'multiple-choice', choices },
        key: { ...entry, answer: keyed?.letter ?? '?', text: keyed?.text ?? '' },
      };
    }
  }
}

const orderKey = (questions: readonly Question[]): string => questions.map((q) => q.id).join(' ');

function drawOrder(quiz: Quiz, random: Random, earlier: readonly string[]): Question[] {
  let order = random.shuffle(quiz.questions);
  for (let draw = 1; draw < DRAWS && earlier.includes(orderKey(order)); draw++)
    order = random.shuffle(quiz.questions);
  return order;
}

function buildVersion(letter: string, order: Question[], random: Random | null): PrintVersion {
  const items = order.map((q, i) => printItem(q, i + 1, random));
  return { letter, questions: items.map((i) => i.printed), key: items.map((i) => i.key) };
}

/**
 * Lays a quiz out as printed versions A, B, C…, each with its own answer key. Version A keeps the
 * quiz's own order, so a single version prints the quiz as the teacher reviewed it; every later
 * version shuffles the questions and the options of each question, and takes a question order
 * no earlier version has whenever the quiz has enough questions for one. Keys name the question
 * ids, so the same question can be found in every version. Throws a PrintOptionsError for a
 * count of versions outside 1–26 or a negative seed.
 *
 * @example
 * const [a, b] = printVersions(quiz, { versions: 2, seed: 7 });
 * b.key[0]; // { number: 1, questionId: 'q4', answer: 'C', text: 'Warsaw' }
 */
export function printVersions(quiz: Quiz, options: PrintOptions = {}): PrintVersion[] {
  const count = checkedVersions(options.versions ?? 1);
  const random = createRandom(checkedSeed(options.seed ?? quiz.seed));
  const versions = [buildVersion('A', quiz.questions, null)];
  const orders = [orderKey(quiz.questions)];
  for (let v = 1; v < count; v++) {
    const order = drawOrder(quiz, random, orders);
    orders.push(orderKey(order));
    versions.push(buildVersion(LETTERS[v] ?? '?', order, random));
  }
  return versions;
}
