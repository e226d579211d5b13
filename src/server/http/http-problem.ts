/** One problem with one field of a request, as in RFC 9457's `errors` extension. */
export interface FieldError {
  /** A JSON Pointer into the request body or query, as `#/answers/q7`. */
  pointer: string;
  detail: string;
}

/** Options of an HttpProblem beyond status and title. */
export interface HttpProblemOptions {
  detail?: string;
  /** A short kebab-case code; the problem `type` is built from it. */
  code?: string;
  errors?: FieldError[];
  cause?: unknown;
}

/**
 * An error that the central error handler turns into an RFC 9457 problem (JSON) or an error page
 * (HTML). Throw it from handlers; never send errors from a handler directly.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly code: string;
  readonly errors: FieldError[];

  constructor(status: number, title: string, options: HttpProblemOptions = {}) {
    super(options.detail ?? title, { cause: options.cause });
    this.name = 'HttpProblem';
    this.status = status;
    this.title = title;
    this.detail = options.detail ?? title;
    this.code = options.code ?? 'about:blank';
    this.errors = options.errors ?? [];
  }
}

/** A 404 for a resource kind, with the same wording everywhere. */
export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, `${what} not found`, {
    code: 'not-found',
    detail: `There is no ${what.toLowerCase()} at this address. Check the link you were given.`,
  });
}

/** A 422 whose field errors say what to fix. */
export function invalidFields(
  errors: FieldError[],
  detail = 'Some fields are not valid.',
): HttpProblem {
  return new HttpProblem(422, 'Invalid request', { code: 'invalid-request', detail, errors });
}
