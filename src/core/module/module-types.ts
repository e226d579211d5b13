import type { Span } from '../types.ts';

/**
 * The sentence an item comes from. `sentence` is the sentence's index in the article (the study
 * page's anchor `s<index>`); `start`, `end` and `text` are its span, so `text === source.slice(start, end)`.
 */
export interface ModuleEvidence extends Span {
  sentence: number;
}

/** One of the article's most informative sentences, in the article's own words. */
export interface KeyPoint {
  text: string;
  evidence: ModuleEvidence;
}

/** A person or organization with what the article says they are. */
export interface WhoEntry {
  kind: 'person' | 'organization';
  name: string;
  /** Roles and descriptions as the article gives them ("U.S. Secretary of State"); may be empty. */
  roles: string[];
  /** How many times the article names them. */
  mentions: number;
  evidence: ModuleEvidence;
}

/** A place the article names. */
export interface PlaceEntry {
  name: string;
  /** 'country', 'city', 'region' or 'other'. */
  kind: string;
  mentions: number;
  evidence: ModuleEvidence;
}

/** A number with its unit and what it counts. */
export interface NumberEntry {
  /** The number with its unit or counted noun, as written ("28 people", "48 million dollars"). */
  figure: string;
  /** The number alone, as written ("28", "48 million", "$3.5 billion"). */
  number: string;
  /** A short phrase of the sentence that says what the number counts. */
  phrase: string;
  evidence: ModuleEvidence;
}

/** A date with what happened then. */
export interface DateEntry {
  /** The date as written ("Wednesday", "March 2025", "1962"). */
  date: string;
  /** A short phrase of the sentence saying what happened. */
  event: string;
  /** A sortable key (yyyymmdd, zeros for unknown parts) when the date can be placed, else null. */
  sortKey: number | null;
  evidence: ModuleEvidence;
}

/** A direct quotation with the person who said it. */
export interface QuoteEntry {
  quote: string;
  speaker: string;
  evidence: ModuleEvidence;
}

/** A study card built from a fact of the article. */
export interface StudyCard {
  front: string;
  back: string;
  /** The kind of fact the card rests on. */
  kind: 'role' | 'quote' | 'number' | 'date';
  evidence: ModuleEvidence;
}

/** A paragraph of the article: its sentences, each an anchor items link to. */
export interface ModuleParagraph {
  sentences: ModuleEvidence[];
}

/** A learning module: what to study in an article before taking its quiz. Plain, serialisable data. */
export interface LearningModule {
  format: 'quizgen/module@1';
  title: string;
  keyPoints: KeyPoint[];
  people: WhoEntry[];
  places: PlaceEntry[];
  numbers: NumberEntry[];
  dates: DateEntry[];
  /** 'chronological' when every date could be placed, otherwise 'article' (the article's order). */
  datesOrder: 'chronological' | 'article';
  quotes: QuoteEntry[];
  flashcards: StudyCard[];
  /** The article itself, paragraph by paragraph, so every item's sentence can be shown. */
  article: ModuleParagraph[];
}
