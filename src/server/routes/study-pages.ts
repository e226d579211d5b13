import { Router } from 'express';
import { toFlashcardsTsv } from '../../index.ts';
import { loadPublishedQuiz } from '../domain/load-records.ts';
import { quizModule } from '../domain/quiz-module.ts';
import { studyView } from '../../render/study-view.ts';
import { param, sendPage, type RouteContext } from './route-context.ts';

/** The study page's own stylesheet, on top of the site's. */
export const studyStylesheetPath = '/static/study.css';

/** The learning module of a published quiz: the study page and its flashcards as a TSV file. */
export function studyPages(ctx: RouteContext): Router {
  const { store, views } = ctx;
  const router = Router();
  router.get('/quizzes/:id/study', (req, res) => {
    const stored = loadPublishedQuiz(store, param(req, 'id'));
    const links = {
      quizHref: `/quizzes/${stored.id}`,
      flashcardsHref: `/quizzes/${stored.id}/study/flashcards.tsv`,
    };
    const model = studyView({
      module: quizModule(stored),
      links,
      stylesheets: [studyStylesheetPath],
    });
    sendPage(res, views, 'study', model);
  });
  router.get('/quizzes/:id/study/flashcards.tsv', (req, res) => {
    const stored = loadPublishedQuiz(store, param(req, 'id'));
    res
      .attachment(`flashcards-${stored.id}.tsv`)
      .type('text/tab-separated-values; charset=utf-8')
      .send(toFlashcardsTsv(quizModule(stored).flashcards));
  });
  return router;
}
