/** A command line that cannot be run as written (unknown flag, bad number…): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose help to point at, when known. */
  readonly command: string | undefined;

  constructor(message: string, options: { command?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.command = options.command;
  }
}
