/** Thrown when printVersions is called with options it cannot honour (a caller's mistake). */
export class PrintOptionsError extends Error {
  override readonly name = 'PrintOptionsError';
  /** The option that was wrong, as `versions` or `seed`. */
  readonly option: string;

  constructor(option: string, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.option = option;
  }
}
