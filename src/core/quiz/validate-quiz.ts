import { Ajv2020 } from 'ajv/dist/2020.js';
import quizSchema from '../schema/quiz.schema.json' with { type: 'json' };

/** The outcome of checking a value against the quiz JSON Schema. */
export interface QuizValidation {
  valid: boolean;
  /** One readable line per problem, as `path: message`. */
  errors: string[];
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const check = ajv.compile(quizSchema);

/**
 * Checks a value against the `quizgen/quiz@1` JSON Schema (teacher or student form), and that every
 * evidence span and key points at what it claims.
 *
 * @example
 * validateQuiz(generateQuiz(text)).valid; // true
 */
export function validateQuiz(value: unknown): QuizValidation {
  if (!check(value)) {
    const errors = (check.errors ?? []).map(
      (e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`,
    );
    return { valid: false, errors };
  }
  const errors = checkReferences(value as ReferencedQuiz);
  return { valid: errors.length === 0, errors };
}

interface ReferencedQuiz {
  source: { text: string };
  questions: {
    id: string;
    type: string;
    choices?: { id: string }[];
    answer?: unknown;
    evidence?: { start: number; end: number; text: string }[];
  }[];
}

function checkReferences(quiz: ReferencedQuiz): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  quiz.questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push(`/questions/${i}/id: duplicate question id ${q.id}`);
    seen.add(q.id);
    q.evidence?.forEach((span, j) => {
      if (quiz.source.text.slice(span.start, span.end) !== span.text) {
        errors.push(`/questions/${i}/evidence/${j}: text is not source.text.slice(start, end)`);
      }
    });
    if (q.choices) {
      const ids = q.choices.map((c) => c.id);
      if (new Set(ids).size !== ids.length)
        errors.push(`/questions/${i}/choices: duplicate choice id`);
      if (q.answer !== undefined && !ids.includes(String(q.answer))) {
        errors.push(`/questions/${i}/answer: not the id of one of its choices`);
      }
    }
  });
  return errors;
}
