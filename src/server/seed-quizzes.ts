import type { QuestionCounts } from '../index.ts';
import { createQuizRecord } from './domain/create-quiz-record.ts';
import { HttpProblem } from './http/http-problem.ts';
import type { Store } from './store/create-store.ts';

/** A seed article: its file name and text. */
export interface SeedArticle {
  name: string;
  text: string;
}

/** What seeding did with each article. */
export interface SeedOutcome {
  name: string;
  status: 'created' | 'present' | 'rejected';
  /** The manage link path, for a quiz created now. */
  managePath?: string;
  detail?: string;
}

const seedCounts: QuestionCounts = { multipleChoice: 6, trueFalse: 4 };

/**
 * Turns seed articles into published quizzes once: a seed already stored (by file name) is left
 * alone, so later starts change nothing.
 */
export function seedQuizzes(store: Store, articles: SeedArticle[]): SeedOutcome[] {
  return articles.map((article): SeedOutcome => {
    if (store.quizzes.hasSeed(article.name)) return { name: article.name, status: 'present' };
    try {
      const request = { text: article.text, counts: seedCounts, seed: 1 };
      const { stored, manageToken } = createQuizRecord(store, request, {
        published: true,
        seedKey: article.name,
      });
      return {
        name: article.name,
        status: 'created',
        managePath: `/quizzes/${stored.id}/manage/${manageToken}`,
      };
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      return { name: article.name, status: 'rejected', detail: error.detail };
    }
  });
}
