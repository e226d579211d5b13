import { z } from 'zod';

const count = (fallback: number) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(0).max(20).default(fallback),
  );

/** Body of "create a quiz" (JSON, form or multipart). */
export const createQuizBody = z
  .object({
    text: z.string({ error: 'Paste the article or upload a .txt file.' }),
    title: z.string().trim().max(200).optional(),
    multipleChoice: count(6),
    trueFalse: count(4),
    seed: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
    publish: z.boolean().optional(),
  })
  .refine((b) => b.multipleChoice + b.trueFalse > 0, {
    message: 'Ask for at least one question.',
    path: ['multipleChoice'],
  });

/** Body of a submission: answers by question id; a choice id, or true/false. */
export const submissionBody = z.object({
  answers: z.record(
    z.string().min(1).max(200),
    z.union([z.string().max(200), z.boolean()]).transform(String),
  ),
});

/** Body of a question edit; every field optional. */
export const questionEditBody = z.object({
  prompt: z.string().trim().min(1, 'The prompt cannot be empty.').max(1000).optional(),
  explanation: z.string().trim().max(2000).optional(),
  choices: z
    .record(z.string(), z.string().trim().min(1, 'An option cannot be empty.').max(300))
    .optional(),
  answer: z.union([z.string().min(1), z.boolean()]).optional(),
});
