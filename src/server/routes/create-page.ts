import { raw, Router, urlencoded, type Request } from 'express';
import { createQuizRecord } from '../domain/create-quiz-record.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { parseMultipart } from '../http/parse-multipart.ts';
import { createQuizBody } from '../http/request-schemas.ts';
import { parseWith } from '../http/parse-with.ts';
import { createdView } from '../presenters/created-view.ts';
import { formValuesFrom, homeView } from '../presenters/home-view.ts';
import { originOf, sendPage, type RouteContext } from './route-context.ts';

/** The form's fields, from a urlencoded or multipart body; an uploaded file replaces the text. */
function formFields(req: Request): Record<string, string> {
  if (!Buffer.isBuffer(req.body)) return (req.body ?? {}) as Record<string, string>;
  const fields = parseMultipart(req.body, req.get('content-type') ?? '') ?? {};
  const { file, ...rest } = fields;
  return file !== undefined && file !== '' && (rest['text'] ?? '').trim() === ''
    ? { ...rest, text: file }
    : rest;
}

/**
 * The create form's target: shows the manage link once, or the form again with its errors.
 * No CSRF token: creating needs no credential, so a forged post can do nothing its author could
 * not do directly, and the new manage link goes to the page the victim's browser shows, which the
 * author cannot read.
 */
export function createPage(ctx: RouteContext): Router {
  const router = Router();
  const bodies = [
    urlencoded({ extended: false, limit: ctx.bodyLimit }),
    raw({ type: 'multipart/form-data', limit: ctx.bodyLimit }),
  ];
  router.post('/quizzes', ctx.limiters.create, ...bodies, (req, res) => {
    const fields = formFields(req);
    try {
      const body = parseWith(createQuizBody, { ...fields, title: fields['title'] || undefined });
      const request = { text: body.text, title: body.title, counts: body, seed: body.seed ?? 1 };
      const { stored, manageToken } = createQuizRecord(ctx.store, request, { published: false });
      const manageUrl = `${originOf(req)}/quizzes/${stored.id}/manage/${manageToken}`;
      res.set('Cache-Control', 'no-store');
      sendPage(res, ctx.views, 'created', createdView(stored, manageUrl), 201);
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.status !== 422) throw error;
      const values = formValuesFrom(fields);
      const model = homeView(ctx.store.quizzes.listPublished(), values, error.errors);
      sendPage(res, ctx.views, 'home', model, 422);
    }
  });
  return router;
}
