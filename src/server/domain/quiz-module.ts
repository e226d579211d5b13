import { buildLearningModule, type LearningModule } from '../../index.ts';
import type { StoredQuiz } from '../store/store-types.ts';

/** How many quizzes' modules stay in memory; the oldest is dropped first. */
const CACHE_SIZE = 200;

const cache = new Map<string, { text: string; title: string; module: LearningModule }>();

/**
 * The learning module of a quiz, built from the article the quiz was made from (never from its
 * questions or keys), and kept per quiz while its source text and title stay the same.
 */
export function quizModule(stored: StoredQuiz): LearningModule {
  const { text } = stored.quiz.source;
  const title = stored.quiz.title;
  const hit = cache.get(stored.id);
  if (hit && hit.text === text && hit.title === title) return hit.module;
  const module = buildLearningModule(text, { title });
  cache.delete(stored.id);
  cache.set(stored.id, { text, title, module });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return module;
}
