import * as core from '../index.ts';
import { InputError } from './input-error.ts';

/** The outcome of the core's `checkArticle`. */
type ArticleCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'empty' | 'binary' | 'not-english' | 'too-short' | 'too-long';
      message: string;
    };

type CheckArticle = (text: string) => ArticleCheck;

/** Until the core exports its own check, only the empty article is caught here. */
function interimCheck(text: string): ArticleCheck {
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'The article is empty.' };
  return { ok: true };
}

const coreCheck = (core as Record<string, unknown>)['checkArticle'] as CheckArticle | undefined;

/** Throws an InputError naming the source when the text cannot make a quiz (empty, not English…). */
export function assertArticleUsable(text: string, name: string): void {
  const check = (coreCheck ?? interimCheck)(text);
  if (!check.ok) throw new InputError(`${name}: ${check.message}`);
}
