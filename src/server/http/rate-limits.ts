import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpProblem } from './http-problem.ts';

/** A rate limit: at most `limit` requests per client in `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** The limits of the app; defaults suit a classroom behind one address. */
export interface RateLimits {
  /** Creating quizzes (default 20 per 10 minutes). */
  create: RateLimit;
  /** Submitting attempts (default 300 per minute). */
  submit: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  create: { limit: 20, windowMs: 10 * 60_000 },
  submit: { limit: 300, windowMs: 60_000 },
};

/** The rate-limit middlewares of one app. */
export interface RateLimiters {
  create: RequestHandler;
  submit: RequestHandler;
}

/**
 * One limiter per action, shared by the pages and the JSON API: a client that switches from the
 * form to the API (or back) draws on the same allowance.
 */
export function createRateLimiters(limits: RateLimits): RateLimiters {
  return {
    create: limitRate(limits.create, 'new quizzes'),
    submit: limitRate(limits.submit, 'submissions'),
  };
}

/** A rate-limit middleware that reports a 429 through the central error handler. */
function limitRate(options: RateLimit, what: string): RequestHandler {
  return rateLimit({
    ...options,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      const minutes = Math.ceil(options.windowMs / 60_000);
      next(
        new HttpProblem(429, 'Too many requests', {
          code: 'rate-limited',
          detail: `Too many ${what} from this address: at most ${options.limit} in ${minutes} minute(s). Wait a moment and try again.`,
        }),
      );
    },
  });
}
