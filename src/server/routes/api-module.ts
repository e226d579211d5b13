import { Router } from 'express';
import { loadPublishedQuiz } from '../domain/load-records.ts';
import { quizModule } from '../domain/quiz-module.ts';
import { param, type RouteContext } from './route-context.ts';

/** `/api/v1/quizzes/:id/module`: the learning module of a published quiz as JSON (`quizgen/module@1`). */
export function apiModule(ctx: RouteContext): Router {
  const router = Router();
  router.get('/quizzes/:id/module', (req, res) => {
    const stored = loadPublishedQuiz(ctx.store, param(req, 'id'));
    res.json({ id: stored.id, module: quizModule(stored) });
  });
  return router;
}
