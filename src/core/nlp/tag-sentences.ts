import nlp from 'compromise';
import type { Sentence } from '../types.ts';

/** A word of a sentence as the tagger sees it. Offsets are into `Sentence.normalized`. */
export interface Token {
  text: string;
  /** Lower case, without punctuation. */
  normal: string;
  start: number;
  end: number;
  /** Part-of-speech and entity tags (compromise's tag names: Verb, Person, Place, …). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
  /** The dictionary form of a verb or noun ("carried" → "carry"), when the tagger knows it. */
  root?: string;
  /** True when the tagger knew nothing of the word ("Antonín") and its tags are a guess. */
  guessed?: true;
}

interface Term {
  root?: string;
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  /** Set only when the tagger guessed: 0.1 by default, 0.2 from the neighbouring words. */
  confidence?: number;
}

/** The tagger's confidence for a word it found in none of its lists. */
const GUESS_CONFIDENCE = 0.2;

const SEPARATOR = '\n\n';

/**
 * Tags the words of every sentence with one parse of the whole text (the sentences are joined with
 * blank lines, so the tagger keeps our sentence boundaries), and returns the tokens per sentence.
 */
export function tagSentences(sentences: readonly Sentence[]): Token[][] {
  const starts: number[] = [];
  let length = 0;
  for (const s of sentences) {
    starts.push(length);
    length += s.normalized.length + SEPARATOR.length;
  }
  const docText = sentences.map((s) => s.normalized).join(SEPARATOR);
  const result: Token[][] = sentences.map(() => []);
  if (docText.trim() === '') return result;
  const parsed = nlp(docText) as unknown as { document: Term[][]; compute(name: string): void };
  parsed.compute('root');
  const document = parsed.document;
  let cursor = 0;
  let sentence = 0;
  for (const term of document.flat()) {
    const at = docText.indexOf(term.text, cursor);
    if (term.text === '' || at < 0 || at - cursor > 200) continue;
    cursor = at + term.text.length;
    while (sentence + 1 < starts.length && (starts[sentence + 1] ?? Infinity) <= at) sentence += 1;
    const base = starts[sentence] ?? 0;
    result[sentence]?.push({
      text: term.text,
      normal: term.normal,
      start: at - base,
      end: cursor - base,
      tags: term.tags,
      pre: term.pre,
      post: term.post,
      ...(term.root ? { root: term.root } : {}),
      ...((term.confidence ?? 1) <= GUESS_CONFIDENCE ? { guessed: true as const } : {}),
    });
  }
  return result;
}
