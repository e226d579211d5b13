import { json, Router, type Request } from 'express';
import { loadManagedQuiz } from '../domain/load-records.ts';
import {
  publishQuiz,
  regenerateQuiz,
  removeQuestion,
  saveQuestionEdit,
} from '../domain/manage-quiz.ts';
import { quizStatistics } from '../domain/quiz-statistics.ts';
import { statisticsCsv } from '../domain/statistics-csv.ts';
import { notFound } from '../http/http-problem.ts';
import { questionEditBody } from '../http/request-schemas.ts';
import { parseWith } from '../http/parse-with.ts';
import type { StoredQuiz } from '../store/store-types.ts';
import { exportRoute } from './export-route.ts';
import { param, type RouteContext } from './route-context.ts';

function bearer(req: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  return match?.[1] ?? '';
}

const teacherJson = (s: StoredQuiz) => ({
  id: s.id,
  published: s.published,
  version: s.version,
  quiz: s.quiz,
});

/** `/api/v1` teacher routes; the manage token goes in `Authorization: Bearer <token>`. */
export function apiTeacher(ctx: RouteContext): Router {
  const { store } = ctx;
  const router = Router();
  router.use(json({ limit: ctx.bodyLimit }));
  const managed = (req: Request): StoredQuiz =>
    loadManagedQuiz(store, param(req, 'id'), bearer(req));
  router.get('/quizzes/:id/teacher', (req, res) => void res.json(teacherJson(managed(req))));
  router.patch('/quizzes/:id/questions/:qid', (req, res) => {
    const stored = saveQuestionEdit(
      store,
      managed(req),
      param(req, 'qid'),
      parseWith(questionEditBody, req.body),
    );
    const question = stored.quiz.questions.find((q) => q.id === param(req, 'qid'));
    if (!question) throw notFound('Question');
    res.json(question);
  });
  router.delete('/quizzes/:id/questions/:qid', (req, res) => {
    removeQuestion(store, managed(req), param(req, 'qid'));
    res.status(204).end();
  });
  router.post(
    '/quizzes/:id/publish',
    (req, res) => void res.json(teacherJson(publishQuiz(store, managed(req)))),
  );
  router.post(
    '/quizzes/:id/regenerate',
    (req, res) => void res.json(teacherJson(regenerateQuiz(store, managed(req)))),
  );
  router.get('/quizzes/:id/statistics', (req, res) => {
    const stored = managed(req);
    const stats = quizStatistics(stored.quiz, store.attempts.listSubmitted(stored.id));
    if (req.query['format'] === 'csv')
      return void res.type('text/csv; charset=utf-8').send(statisticsCsv(stats));
    res.json(stats);
  });
  router.get('/quizzes/:id/attempts', (req, res) => {
    const attempts = store.attempts.listSubmitted(managed(req).id);
    res.json({
      attempts: attempts.map(({ id, submittedAt, score, total }) => ({
        id,
        submittedAt,
        score,
        total,
      })),
    });
  });
  router.get(
    '/quizzes/:id/export/:format',
    exportRoute((req) => managed(req).quiz),
  );
  return router;
}
