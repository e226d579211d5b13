import express, { type Express } from 'express';
import helmet from 'helmet';
import { fileURLToPath } from 'node:url';
import type { RandomInt } from './domain/shuffle-order.ts';
import { errorHandler, notFoundHandler } from './http/error-handler.ts';
import { fixedHeaders } from './http/fixed-headers.ts';
import { createRateLimiters, defaultRateLimits, type RateLimits } from './http/rate-limits.ts';
import { apiModule } from './routes/api-module.ts';
import { apiStudent } from './routes/api-student.ts';
import { apiTeacher } from './routes/api-teacher.ts';
import { createPage } from './routes/create-page.ts';
import type { RouteContext } from './routes/route-context.ts';
import { studentPages } from './routes/student-pages.ts';
import { studyPages } from './routes/study-pages.ts';
import { teacherPages } from './routes/teacher-pages.ts';
import type { Store } from './store/create-store.ts';
import { loadTemplates } from '../render/load-templates.ts';
import { createViewEngine, type TemplateSources } from '../render/view-engine.ts';

/** What the app is built from. Only `store` is required. */
export interface AppDeps {
  store: Store;
  /** Template sources; default: read from `views/` once. */
  templates?: TemplateSources;
  /** Rate limits of creating and submitting; default `defaultRateLimits`. */
  rateLimits?: Partial<RateLimits>;
  /** Largest request body, as `'512kb'`; default 512 kB. */
  bodyLimit?: string;
  /** Random source of attempt shuffles; default `crypto.randomInt`. */
  random?: RandomInt;
  /** Where unexpected errors are reported; default `console.error`. */
  log?: (error: unknown) => void;
}

const staticDir = fileURLToPath(new URL('../../views/static/', import.meta.url));

/** Security headers with a strict CSP: no inline script or style, nothing from other origins. */
const securityHeaders = fixedHeaders(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  }) as never,
);

/**
 * Builds the quiz server (pages and JSON API) without listening.
 *
 * @example
 * const app = createApp({ store: createStore(':memory:') });
 * app.listen(3000);
 */
export function createApp(deps: AppDeps): Express {
  const ctx: RouteContext = {
    store: deps.store,
    views: createViewEngine(deps.templates ?? loadTemplates()),
    limiters: createRateLimiters({ ...defaultRateLimits, ...deps.rateLimits }),
    bodyLimit: deps.bodyLimit ?? '512kb',
    ...(deps.random ? { random: deps.random } : {}),
  };
  const app = express();
  app.disable('x-powered-by');
  // Pages are per attempt or per teacher and never revalidated; hashing every body buys nothing.
  app.set('etag', false);
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.use('/static', express.static(staticDir, { maxAge: '1h', index: false }));
  app.use('/api/v1', apiStudent(ctx), apiTeacher(ctx), apiModule(ctx));
  app.use(studentPages(ctx), studyPages(ctx), createPage(ctx));
  app.use('/quizzes/:id/manage/:token', teacherPages(ctx));
  app.use(notFoundHandler);
  app.use(errorHandler(ctx.views, ctx.bodyLimit, deps.log ?? console.error));
  return app;
}
