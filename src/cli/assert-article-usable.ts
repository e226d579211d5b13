import { checkArticle } from '../index.ts';
import { InputError } from './input-error.ts';

/**
 * Throws an InputError naming the source when the text cannot make a quiz: empty, binary, not
 * English, too short or too long (the core's checkArticle decides).
 */
export function assertArticleUsable(text: string, name: string): void {
  const check = checkArticle(text);
  if (!check.ok) throw new InputError(`${name}: ${check.message}`);
}
