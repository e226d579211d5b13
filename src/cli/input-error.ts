/** Input the CLI cannot use (missing file, binary, not English, too short…): exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}
