import type { QuestionType } from '../types.ts';

/** A question before gating, ranking and assembly. */
export interface Candidate {
  family:
    | 'quote-attribution'
    | 'role'
    | 'subject'
    | 'how-many'
    | 'when'
    | 'cloze'
    | 'statement'
    | 'statement-choice'
    | 'which-true';
  type: QuestionType;
  prompt: string;
  /** Multiple choice: the key as shown; true/false: the statement's truth. */
  key: string;
  truth: boolean;
  distractors: string[];
  /** Sentence indices whose text proves the answer (the first is the main one). */
  sentences: number[];
  /** Entity id or number behind the key, so a quiz asks about each once. */
  answer: string;
  /** Type of the answer: person, organization, place, group, date, number… */
  answerType: string;
  /** Options are numbers, listed in ascending order. */
  numeric: boolean;
  /** Lower-case forms that must not appear in the prompt (the key and its aliases). */
  forbidden: string[];
  /** A false statement: the lower-case text of the sentence it changed (the fact it tests). */
  changed?: string;
  explanation: string;
  score: number;
  difficulty: number;
}
