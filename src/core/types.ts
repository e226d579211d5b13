/**
 * Shared domain types of the quizgen core.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units) into the original input text, so that
 * `text.slice(start, end)` gives back exactly the quoted span.
 */

/** A span of the source text. Invariant: `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The evidence a question rests on: a sentence (or a few) of the source text. */
export type Evidence = Span;

// ---------------------------------------------------------------------------------------------
// Quiz JSON (the export contract, `quizgen/quiz@1`; see src/core/schema/quiz.schema.json)
// ---------------------------------------------------------------------------------------------

/** One option of a multiple-choice question. */
export interface Choice {
  id: string;
  text: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  evidence: Evidence[];
  explanation: string;
  /** Estimated difficulty from 0 (easy) to 1 (hard). */
  difficulty: number;
  /** The question family first (`cloze`, `quote-attribution`, …), then the answer type. */
  tags: string[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  /** Three to five options; the key is one of them. */
  choices: Choice[];
  /** The `id` of the correct choice. */
  answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
}

export type Question = MultipleChoiceQuestion | TrueFalseQuestion;
export type QuestionType = Question['type'];

/** Counts of the two question types. */
export interface QuestionCounts {
  multipleChoice: number;
  trueFalse: number;
}

/** Why a quiz holds fewer questions than were asked for. */
export interface Shortfall {
  requested: QuestionCounts;
  delivered: QuestionCounts;
  /** How many candidate questions each gate removed, by gate name. */
  removedByGate: Record<string, number>;
  /** How many candidates each family produced before the gates. */
  candidates: QuestionCounts;
  /** One sentence a teacher can read. */
  message: string;
}

export interface QuizSource {
  title: string;
  /** Exactly the input text. */
  text: string;
}

export interface Quiz {
  format: 'quizgen/quiz@1';
  id: string;
  title: string;
  seed: number;
  source: QuizSource;
  questions: Question[];
  shortfall: Shortfall | null;
}

type StudentView<Q> = Q extends Question ? Omit<Q, 'answer' | 'evidence' | 'explanation'> : never;

/** A question as a student sees it before submitting: no key, evidence or explanation. */
export type StudentQuestion = StudentView<Question>;

/** The student form of a quiz. */
export interface StudentQuiz {
  format: 'quizgen/quiz@1';
  form: 'student';
  id: string;
  title: string;
  seed: number;
  source: QuizSource;
  questions: StudentQuestion[];
}

// ---------------------------------------------------------------------------------------------
// The article model built by the analysis stages
// ---------------------------------------------------------------------------------------------

/** A sentence of the article, with its span in the original text. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** The sentence text after normalisation (straight quotes, plain dashes, single spaces). */
  normalized: string;
  /**
   * Maps an offset in `normalized` (0…normalized.length) to an offset in the original text.
   * `map.length === normalized.length + 1`.
   */
  map: number[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** The text stage's view of an article. */
export interface Segmented {
  /** The input, unchanged. */
  text: string;
  /** The title line when the text starts with one, otherwise null. */
  title: Span | null;
  /** A date line right under the title (as in `2019-01-04`), otherwise null. */
  dateline: Span | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'date' | 'number' | 'role';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  type: EntityType;
  sentence: number;
  /** The entity cluster this mention belongs to (see Entity.id). */
  entity: string;
}

/** One real-world thing, with all the names the article uses for it. */
export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest name the article uses. */
  name: string;
  /** Every surface form, the fullest first (lower-cased comparisons use `aliasKey`). */
  aliases: string[];
  mentions: Mention[];
  /** For places: country, city, region or other; for numbers: the unit; else undefined. */
  subtype?: string;
}

/** A number with its unit and what it counts, as in "28 people" or "$3.5 billion". */
export interface Quantity extends Span {
  sentence: number;
  /** The numeric value (28, 3500000000, 0.4). */
  value: number;
  /** The number as written ("28", "eight", "3.5"). */
  numeral: Span;
  /** 'count' | 'money' | 'percent' | 'year' | 'measure' | 'ordinal' | 'age'. */
  kind: 'count' | 'money' | 'percent' | 'year' | 'measure' | 'ordinal' | 'age';
  /** The unit or counted noun when stated ("people", "hours", "km", "USD"). */
  unit: string | null;
}

/** A direct quotation and, when the text says so, who said it. */
export interface Quote extends Span {
  sentence: number;
  /** The quoted words, without the quotation marks. */
  inner: Span;
  /** The speaker's entity id, when known. */
  speaker: string | null;
  /** The span that names the speaker in the text (a name or a resolved pronoun). */
  speakerSpan: Span | null;
}
