import type { Request, RequestHandler } from 'express';
import { printVersions, type Quiz } from '../../index.ts';
import { printStylesheetPath } from '../../render/print-stylesheet.ts';
import { printView } from '../../render/print-view.ts';
import type { ViewEngine } from '../../render/view-engine.ts';
import { parseWith } from '../http/parse-with.ts';
import { printQuery } from '../http/print-query.ts';
import { sendHtml } from './route-context.ts';

/**
 * `GET …/print?versions=N&seed=S`: the quiz laid out for paper in the print layout. The quiz is
 * loaded first, so a wrong manage token is a 404 whatever the query; bad query values then become
 * a 422 through the central error handler.
 */
export function printRoute(
  views: ViewEngine,
  load: (req: Request) => { quiz: Quiz; base: string },
): RequestHandler {
  return (req, res) => {
    const { quiz, base } = load(req);
    const query = parseWith(printQuery, req.query);
    const seed = query.seed ?? quiz.seed;
    const versions = printVersions(quiz, { versions: query.versions, seed });
    const model = printView({
      quiz,
      versions,
      seed,
      stylesheetHref: printStylesheetPath,
      backHref: base,
    });
    res.setHeader('Cache-Control', 'no-store');
    sendHtml(res, views.render('print', model, 'print'));
  };
}
