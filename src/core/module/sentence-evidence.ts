import type { Segmented } from '../types.ts';
import type { ModuleEvidence } from './module-types.ts';

/**
 * The evidence of an item: the span of sentences `first` to `last` of the article, exact in the
 * source text, tagged with the index of the first sentence (the anchor the item links to).
 */
export function sentenceEvidence(
  segmented: Segmented,
  first: number,
  last = first,
): ModuleEvidence {
  const from = segmented.sentences[first];
  const to = segmented.sentences[Math.max(first, last)] ?? from;
  if (!from || !to) return { sentence: 0, start: 0, end: 0, text: '' };
  return {
    sentence: first,
    start: from.start,
    end: to.end,
    text: segmented.text.slice(from.start, to.end),
  };
}
