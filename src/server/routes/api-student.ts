import { json, Router } from 'express';
import { toStudentQuiz } from '../../index.ts';
import { startAttempt, submitAttempt } from '../domain/attempt-flow.ts';
import { createQuizRecord } from '../domain/create-quiz-record.ts';
import { loadAttempt, loadPublishedQuiz, loadSubmittedAttempt } from '../domain/load-records.ts';
import { createQuizBody, submissionBody } from '../http/request-schemas.ts';
import { parseWith } from '../http/parse-with.ts';
import { attemptJson, createdJson, resultJson, submissionJson } from '../presenters/api-json.ts';
import { param, type RouteContext } from './route-context.ts';

/** `/api/v1`: create a quiz, read it as a student, start, submit and read attempts. */
export function apiStudent(ctx: RouteContext): Router {
  const { store } = ctx;
  const router = Router();
  router.use(json({ limit: ctx.bodyLimit }));
  router.post('/quizzes', ctx.limiters.create, (req, res) => {
    const body = parseWith(createQuizBody, req.body);
    const request = { text: body.text, title: body.title, counts: body, seed: body.seed ?? 1 };
    const created = createQuizRecord(store, request, { published: body.publish ?? false });
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .location(`/api/v1/quizzes/${created.stored.id}/teacher`)
      .json(createdJson(created));
  });
  router.get('/quizzes', (_req, res) => {
    const quizzes = store.quizzes
      .listPublished()
      .map((s) => ({ id: s.id, title: s.quiz.title, questionCount: s.quiz.questions.length }));
    res.json({ quizzes });
  });
  router.get('/quizzes/:id', (req, res) => {
    const { id, quiz } = loadPublishedQuiz(store, param(req, 'id'));
    res.json({ id, title: quiz.title, questions: toStudentQuiz(quiz).questions });
  });
  router.post('/quizzes/:id/attempts', (req, res) => {
    const attempt = startAttempt(store, param(req, 'id'), ctx.random);
    res
      .status(201)
      .location(`/api/v1/attempts/${attempt.id}`)
      .json(attemptJson(loadAttempt(store, attempt.id)));
  });
  router.get(
    '/attempts/:id',
    (req, res) => void res.json(attemptJson(loadAttempt(store, param(req, 'id')))),
  );
  router.post('/attempts/:id/submission', ctx.limiters.submit, async (req, res) => {
    const { answers } = parseWith(submissionBody, req.body);
    res.json(submissionJson(await submitAttempt(store, param(req, 'id'), answers)));
  });
  router.get(
    '/attempts/:id/result',
    (req, res) => void res.json(resultJson(loadSubmittedAttempt(store, param(req, 'id')))),
  );
  return router;
}
