import type { Measurement } from './audit-check.ts';
import { keyChoice } from './answer-key.ts';
import { containsPhrase } from './contains-phrase.ts';
import { keyAliases } from './key-aliases.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import type { MultipleChoiceQuestion, Question } from '../types.ts';

/** Counts multiple-choice questions whose prompt states the key or an alias of it. */
export function measureKeyInPrompt(questions: MultipleChoiceQuestion[]): Measurement {
  const flagged = questions.filter((q) => {
    const key = keyChoice(q);
    if (key === undefined) return false;
    return keyAliases(key.text).some((alias) =>
      containsPhrase(q.prompt, alias.text, { ignoreCase: !alias.matchCase }),
    );
  });
  return { count: flagged.length, total: questions.length, flagged: flagged.map((q) => q.id) };
}

/** Counts questions whose prompt repeats an earlier prompt of the quiz (case and spaces ignored). */
export function measureDuplicatePrompts(questions: Question[]): Measurement {
  const seen = new Set<string>();
  const flagged: string[] = [];
  for (const q of questions) {
    const folded = normalizeForMatch(q.prompt);
    if (seen.has(folded)) flagged.push(q.id);
    seen.add(folded);
  }
  return { count: flagged.length, total: questions.length, flagged };
}
