import { Router, urlencoded } from 'express';
import { startAttempt, submitAttempt } from '../domain/attempt-flow.ts';
import { loadAttempt, loadPublishedQuiz, loadSubmittedAttempt } from '../domain/load-records.ts';
import { homeView } from '../presenters/home-view.ts';
import { quizView } from '../presenters/quiz-view.ts';
import { resultView } from '../presenters/result-view.ts';
import { takeView } from '../presenters/take-view.ts';
import { param, sendPage, type RouteContext } from './route-context.ts';

/** Form fields `answer-<question id>` as answers by question id. */
function formAnswers(body: unknown): Record<string, string> {
  const fields = Object.entries((body ?? {}) as Record<string, unknown>);
  return Object.fromEntries(
    fields
      .filter(([k, v]) => k.startsWith('answer-') && typeof v === 'string')
      .map(([k, v]) => [k.slice(7), v as string]),
  );
}

/** Pages a student uses: home, a quiz, an attempt and its result. */
export function studentPages(ctx: RouteContext): Router {
  const { store, views } = ctx;
  const router = Router();
  const form = urlencoded({ extended: false, limit: ctx.bodyLimit });
  router.get('/', (_req, res) =>
    sendPage(res, views, 'home', homeView(store.quizzes.listPublished())),
  );
  router.get('/quizzes/:id', (req, res) =>
    sendPage(res, views, 'quiz', quizView(loadPublishedQuiz(store, param(req, 'id')))),
  );
  router.post('/quizzes/:id/attempts', (req, res) => {
    const attempt = startAttempt(store, param(req, 'id'), ctx.random);
    res.redirect(303, `/attempts/${attempt.id}`);
  });
  router.get('/attempts/:id', (req, res) => {
    const loaded = loadAttempt(store, param(req, 'id'));
    if (loaded.attempt.submittedAt !== null)
      return res.redirect(303, `/attempts/${loaded.attempt.id}/result`);
    sendPage(res, views, 'take', takeView(loaded));
  });
  router.post('/attempts/:id/submission', ctx.limiters.submit, form, async (req, res) => {
    const { attempt } = await submitAttempt(store, param(req, 'id'), formAnswers(req.body));
    res.redirect(303, `/attempts/${attempt.id}/result`);
  });
  router.get('/attempts/:id/result', (req, res) => {
    sendPage(res, views, 'result', resultView(loadSubmittedAttempt(store, param(req, 'id'))));
  });
  return router;
}
