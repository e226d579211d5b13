/** What printVersions takes besides the quiz; every field is optional. */
export interface PrintOptions {
  /** How many versions to print, 1 to 26 (A to Z). Default 1. */
  versions?: number;
  /** Seed of the shuffles: the same quiz and seed give the same versions. Default: the quiz's seed. */
  seed?: number;
}

/** One option of a printed multiple-choice question, under the letter it is printed with. */
export interface PrintChoice {
  /** `A` to `E`, in print order. */
  letter: string;
  /** The choice id in the quiz. */
  id: string;
  text: string;
}

interface PrintQuestionBase {
  /** The number printed before the question, from 1. */
  number: number;
  /** The question id in the quiz: the same question has the same id in every version. */
  id: string;
  prompt: string;
}

/** A multiple-choice question as one version prints it. */
export interface PrintMultipleChoice extends PrintQuestionBase {
  type: 'multiple-choice';
  choices: PrintChoice[];
}

/** A true/false statement as one version prints it. */
export interface PrintTrueFalse extends PrintQuestionBase {
  type: 'true-false';
}

export type PrintQuestion = PrintMultipleChoice | PrintTrueFalse;

/** One line of a version's answer key. */
export interface KeyEntry {
  /** The printed question number. */
  number: number;
  /** The question id in the quiz. */
  questionId: string;
  /** The letter to mark (`A`–`E`), or `True` / `False`. */
  answer: string;
  /** The text of the keyed option (`True` / `False` for statements). */
  text: string;
}

/** One printed version of a quiz and its own answer key. */
export interface PrintVersion {
  /** `A`, `B`, `C`… */
  letter: string;
  questions: PrintQuestion[];
  /** One entry per question, in printed order. */
  key: KeyEntry[];
}
