import type { Request, Response } from 'express';
import type { RandomInt } from '../domain/shuffle-order.ts';
import type { RateLimiters } from '../http/rate-limits.ts';
import type { Store } from '../store/create-store.ts';
import type { PageModel, ViewEngine } from '../../render/view-engine.ts';

/** What every router is built from. */
export interface RouteContext {
  store: Store;
  views: ViewEngine;
  limiters: RateLimiters;
  bodyLimit: string;
  random?: RandomInt;
}

/**
 * Sends a rendered page. Written straight to the response: a page is never cached or revalidated,
 * so `res.send`'s freshness checks and copying the body into a buffer would be wasted work.
 */
export function sendPage(
  res: Response,
  views: ViewEngine,
  page: string,
  model: PageModel,
  status = 200,
): void {
  sendHtml(res, views.render(page, model), status);
}

/** Sends HTML already rendered (as a page in a layout of its own), the way sendPage does. */
export function sendHtml(res: Response, body: string, status = 200): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The origin the request came to, for absolute links. */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** A route parameter as a string (Express 5 types allow arrays for wildcards). */
export function param(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return typeof value === 'string' ? value : '';
}
