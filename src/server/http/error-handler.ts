import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { errorView } from '../presenters/error-view.ts';
import type { ViewEngine } from '../../render/view-engine.ts';
import { HttpProblem, notFound } from './http-problem.ts';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Turns whatever was thrown into an HttpProblem; unknown errors become a bare 500. */
export function toProblem(error: unknown, bodyLimit: string): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = (error ?? {}) as BodyParserError;
  if (e.type === 'entity.too.large') {
    return new HttpProblem(413, 'The article is too long', {
      code: 'too-large',
      detail: `Requests are limited to ${bodyLimit}. Shorten the article or split it into parts.`,
      cause: error,
    });
  }
  if (e.type === 'entity.parse.failed') {
    return new HttpProblem(400, 'Malformed JSON', {
      code: 'malformed-json',
      detail: 'The request body is not valid JSON.',
      cause: error,
    });
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new HttpProblem(e.status, 'Bad request', { code: 'bad-request', cause: error });
  }
  return new HttpProblem(500, 'Something went wrong', {
    code: 'internal',
    detail: 'The server could not finish this request.',
    cause: error,
  });
}

function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json';
}

function sendProblem(req: Request, res: Response, problem: HttpProblem, views: ViewEngine): void {
  res.status(problem.status);
  if (wantsJson(req)) {
    const type =
      problem.code === 'about:blank'
        ? 'about:blank'
        : `https://quizgen.dev/problems/${problem.code}`;
    const body = {
      type,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: req.originalUrl,
      errors: problem.errors,
    };
    res.type('application/problem+json').send(JSON.stringify(body));
    return;
  }
  res.type('html').send(views.render('error', errorView(problem)));
}

/** The one error handler: problem+json for the API and JSON clients, an HTML page otherwise. */
export function errorHandler(
  views: ViewEngine,
  bodyLimit: string,
  log: (e: unknown) => void,
): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const problem = toProblem(error, bodyLimit);
    if (problem.status >= 500) log(problem.cause ?? problem);
    if (res.headersSent) return void res.end();
    sendProblem(req, res, problem, views);
  };
}

/** The 404 handler for every route that no router answered. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(notFound(req.path.startsWith('/api/') ? 'Resource' : 'Page'));
};
