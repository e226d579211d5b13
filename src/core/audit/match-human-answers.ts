import { keyChoice } from './answer-key.ts';
import { answersMatch } from './answers-match.ts';
import type { MultipleChoiceQuestion, Quiz } from '../types.ts';

/** A question people wrote about the article (SQuAD), with its answer span in the source text. */
export interface HumanQuestion {
  question: string;
  answer: string;
  start: number;
  end: number;
  /** Other accepted answers. */
  alternatives: string[];
}

/** How our multiple-choice keys compare with the answers people chose to ask about. */
export interface HumanMatch {
  /** Our multiple-choice keys. */
  keys: number;
  /** Our keys that match some human answer or alternative. */
  keysMatched: number;
  /** Human questions. */
  answers: number;
  /** Human questions whose answer span lies in one of our evidence spans and matches its key. */
  answersAsked: number;
}

function humanTexts(h: HumanQuestion): string[] {
  return [h.answer, ...h.alternatives];
}

function asks(q: MultipleChoiceQuestion, h: HumanQuestion): boolean {
  const key = keyChoice(q);
  const inside = q.evidence.some((e) => e.start <= h.start && h.end <= e.end);
  return key !== undefined && inside && humanTexts(h).some((t) => answersMatch(key.text, t));
}

/**
 * Compares a quiz's multiple-choice keys with human questions about the same article (rule in
 * answersMatch).
 *
 * @example
 * matchHumanAnswers(quiz, squadQuestions); // { keys: 8, keysMatched: 3, answers: 40, answersAsked: 4 }
 */
export function matchHumanAnswers(quiz: Quiz, humans: HumanQuestion[]): HumanMatch {
  const mc = quiz.questions.filter(
    (q): q is MultipleChoiceQuestion => q.type === 'multiple-choice',
  );
  const keysMatched = mc.filter((q) => {
    const key = keyChoice(q);
    return (
      key !== undefined && humans.some((h) => humanTexts(h).some((t) => answersMatch(key.text, t)))
    );
  }).length;
  const answersAsked = humans.filter((h) => mc.some((q) => asks(q, h))).length;
  return { keys: mc.length, keysMatched, answers: humans.length, answersAsked };
}

/** Adds up the human-answer comparisons of many articles. */
export function sumHumanMatches(matches: HumanMatch[]): HumanMatch {
  const sum = (pick: (m: HumanMatch) => number): number => matches.reduce((n, m) => n + pick(m), 0);
  return {
    keys: sum((m) => m.keys),
    keysMatched: sum((m) => m.keysMatched),
    answers: sum((m) => m.answers),
    answersAsked: sum((m) => m.answersAsked),
  };
}
