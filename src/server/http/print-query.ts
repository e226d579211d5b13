import { z } from 'zod';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Query of the print page: `?versions=3&seed=7`; both optional. */
export const printQuery = z.object({
  versions: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'Choose a number of versions from 1 to 26.' })
      .int('Choose a whole number of versions, from 1 to 26.')
      .min(1, 'Choose at least 1 version.')
      .max(26, 'Choose at most 26 versions (A to Z).')
      .default(1),
  ),
  seed: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'The seed must be a whole number.' })
      .int('The seed must be a whole number.')
      .min(0, 'The seed must be 0 or more.')
      .max(2 ** 32 - 1, 'The seed must be below 4294967296.')
      .optional(),
  ),
});
