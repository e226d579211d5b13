import type { Request, RequestHandler } from 'express';
import * as core from '../../index.ts';
import type { Quiz } from '../../index.ts';
import { notFound } from '../http/http-problem.ts';
import { param } from './route-context.ts';

/** What the core's `exportQuiz(quiz, format)` returns. */
interface ExportedQuiz {
  filename: string;
  mediaType: string;
  body: string | Uint8Array;
}

type ExportQuiz = (quiz: Quiz, format: string) => ExportedQuiz;

// The exporters are another part of the core; the teacher page offers them once they exist.
const exports = core as Record<string, unknown>;

/** The export formats the core offers (none until the exporters are part of it). */
export function exportFormatList(): string[] {
  const formats = exports['exportFormats'];
  return Array.isArray(formats) ? formats.map(String) : [];
}

/** Sends the quiz that `quizOf` loads in the format named by the `:format` parameter. */
export function exportRoute(quizOf: (req: Request) => Quiz): RequestHandler {
  return (req, res) => {
    const exportQuiz = exports['exportQuiz'] as ExportQuiz | undefined;
    const format = param(req, 'format');
    if (!exportQuiz || !exportFormatList().includes(format)) throw notFound('Export format');
    const file = exportQuiz(quizOf(req), format);
    res.attachment(file.filename).type(file.mediaType).send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  };
}
