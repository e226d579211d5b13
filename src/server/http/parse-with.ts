import type { z } from 'zod';
import { invalidFields, type FieldError } from './http-problem.ts';

/**
 * Parses `value` with a zod schema, or throws a 422 HttpProblem listing every field error.
 *
 * @example
 * const body = parseWith(createQuizBody, req.body);
 */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    pointer: `#/${issue.path.map(String).join('/')}`,
    detail: issue.message,
  }));
  throw invalidFields(errors);
}
