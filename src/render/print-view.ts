import type { PrintQuestion, PrintVersion, Quiz } from '../index.ts';
import type { PageModel } from './view-engine.ts';

/** What the print page is built from. */
export interface PrintViewInput {
  quiz: Quiz;
  /** The versions printVersions laid out. */
  versions: PrintVersion[];
  /** The seed they were shuffled with, to tell the teacher how to get them again. */
  seed: number;
  /** Where the stylesheet is: a path on the server, or a `data:` URL in a file of its own. */
  stylesheetHref: string;
  /** A link back to where the page came from; none in a file of its own. */
  backHref?: string;
}

function instructions(quiz: Quiz): string {
  const has = (type: string) => quiz.questions.some((q) => q.type === type);
  const choose = 'Circle the letter of the best answer.';
  if (!has('true-false')) return choose;
  if (!has('multiple-choice')) return 'Tick True or False for each statement.';
  return `${choose} For a statement, tick True or False.`;
}

function versionSummary(quiz: Quiz, versions: PrintVersion[]): string {
  const count = quiz.questions.length;
  const questions = `${count} question${count === 1 ? '' : 's'}`;
  if (versions.length === 1) return `One version of ${questions}.`;
  const last = versions[versions.length - 1]?.letter ?? '';
  return `${versions.length} versions (A–${last}) of ${questions}, shuffled apart.`;
}

/** Options this short sit two to a row (A B, then C D), which saves a third of the paper. */
const SHORT_OPTION = 34;

function questionView(question: PrintQuestion) {
  const choices = question.type === 'multiple-choice' ? question.choices : [];
  const short = choices.every((c) => c.text.length <= SHORT_OPTION);
  return {
    number: question.number,
    prompt: question.prompt,
    isMultipleChoice: question.type === 'multiple-choice',
    // A statement keeps its True and False boxes on its own line, at the right.
    itemClass: question.type === 'true-false' ? 'item item-statement' : 'item',
    choices,
    choicesClass: short ? 'choices choices-two' : 'choices',
  };
}

function versionView(version: PrintVersion, quiz: Quiz) {
  return {
    letter: version.letter,
    quizTitle: quiz.title,
    instructions: instructions(quiz),
    questions: version.questions.map(questionView),
    key: version.key.map((entry) => ({
      ...entry,
      // The letter already says True or False; the option column stays for choices.
      text: entry.answer === entry.text ? '' : entry.text,
    })),
  };
}

/** The print page: every version on sheets of its own, then the answer keys. */
export function printView(input: PrintViewInput): PageModel {
  const { quiz, versions } = input;
  return {
    title: `${quiz.title} — printable quiz`,
    quizTitle: quiz.title,
    stylesheetHref: input.stylesheetHref,
    backHref: input.backHref ?? '',
    versionSummary: versionSummary(quiz, versions),
    seedNote: `Shuffled with seed ${input.seed}: the same seed prints the same versions again.`,
    versions: versions.map((v) => versionView(v, quiz)),
  };
}
