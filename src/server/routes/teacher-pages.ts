import { Router, urlencoded, type Request } from 'express';
import { loadManagedQuiz } from '../domain/load-records.ts';
import {
  publishQuiz,
  regenerateQuiz,
  removeQuestion,
  saveQuestionEdit,
} from '../domain/manage-quiz.ts';
import { quizStatistics } from '../domain/quiz-statistics.ts';
import { statisticsCsv } from '../domain/statistics-csv.ts';
import { questionEditBody } from '../http/request-schemas.ts';
import { parseWith } from '../http/parse-with.ts';
import { manageView } from '../presenters/manage-view.ts';
import type { StoredQuiz } from '../store/store-types.ts';
import { exportLinks, exportRoute } from './export-route.ts';
import { printRoute } from './print-route.ts';
import { param, sendPage, type RouteContext } from './route-context.ts';

/** The edit form's fields (`prompt`, `explanation`, `answer`, `choice-<id>`) as a question edit. */
function formEdit(body: Record<string, string>): unknown {
  const choices = Object.fromEntries(
    Object.entries(body)
      .filter(([k]) => k.startsWith('choice-'))
      .map(([k, v]) => [k.slice(7), v]),
  );
  return {
    prompt: body['prompt'],
    explanation: body['explanation'],
    answer: body['answer'],
    ...(Object.keys(choices).length ? { choices } : {}),
  };
}

/**
 * The teacher's pages, all under the secret manage link `/quizzes/:id/manage/:token`.
 *
 * Their forms need no CSRF token: the token in the path is the only credential, and a browser
 * never adds it to a request by itself as it would a cookie, so a forged cross-site form would
 * have to know the secret already. The server sets no cookie (a test holds it to that); if one is
 * ever added, check `Sec-Fetch-Site` or `Origin` on every POST.
 */
export function teacherPages(ctx: RouteContext): Router {
  const { store, views } = ctx;
  const router = Router({ mergeParams: true });
  const form = urlencoded({ extended: false, limit: ctx.bodyLimit });
  const managed = (req: Request): StoredQuiz =>
    loadManagedQuiz(store, param(req, 'id'), param(req, 'token'));
  const base = (req: Request): string =>
    `/quizzes/${param(req, 'id')}/manage/${param(req, 'token')}`;
  router.get('/', (req, res) => {
    const stored = managed(req);
    const attempts = store.attempts.listSubmitted(stored.id);
    const stats = quizStatistics(stored.quiz, attempts);
    const model = manageView({ stored, base: base(req), attempts, stats, exports: exportLinks() });
    res.set('Cache-Control', 'no-store');
    sendPage(res, views, 'manage', model);
  });
  router.post('/questions/:qid', form, (req, res) => {
    const edit = parseWith(questionEditBody, formEdit(req.body as Record<string, string>));
    saveQuestionEdit(store, managed(req), param(req, 'qid'), edit);
    res.redirect(303, `${base(req)}#question-${param(req, 'qid')}`);
  });
  router.post('/questions/:qid/delete', (req, res) => {
    removeQuestion(store, managed(req), param(req, 'qid'));
    res.redirect(303, base(req));
  });
  router.post('/publish', (req, res) => {
    publishQuiz(store, managed(req));
    res.redirect(303, base(req));
  });
  router.post('/regenerate', (req, res) => {
    regenerateQuiz(store, managed(req));
    res.redirect(303, base(req));
  });
  router.get('/statistics.csv', (req, res) => {
    const stored = managed(req);
    const csv = statisticsCsv(quizStatistics(stored.quiz, store.attempts.listSubmitted(stored.id)));
    res.attachment(`${stored.id}-statistics.csv`).type('text/csv; charset=utf-8').send(csv);
  });
  router.get(
    '/export/:format',
    exportRoute((req) => managed(req).quiz),
  );
  router.get(
    '/print',
    printRoute(views, (req) => ({ quiz: managed(req).quiz, base: base(req) })),
  );
  return router;
}
