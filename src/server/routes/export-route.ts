import type { Request, RequestHandler } from 'express';
import { exportFormats, exportQuiz, isExportFormat, type Quiz } from '../../index.ts';
import { notFound } from '../http/http-problem.ts';
import type { ExportLink } from '../presenters/manage-view.ts';
import { param } from './route-context.ts';

/** The export formats, in the order the core lists them. */
export function exportLinks(): ExportLink[] {
  return exportFormats.map(({ format, label, description }) => ({ format, label, description }));
}

/** Sends the quiz that `quizOf` loads in the format named by the `:format` parameter. */
export function exportRoute(quizOf: (req: Request) => Quiz): RequestHandler {
  return (req, res) => {
    const format = param(req, 'format');
    if (!isExportFormat(format)) throw notFound('Export format');
    const file = exportQuiz(quizOf(req), format, { guardFormulas: true });
    const body = typeof file.body === 'string' ? file.body : Buffer.from(file.body);
    res.set('Cache-Control', 'no-store').attachment(file.filename).type(file.mediaType).send(body);
  };
}
