import type { Sentence } from '../types.ts';
import type { NormalizedText } from './normalize-text.ts';
import { toOriginalSpan } from './to-original-span.ts';
import type { TextRange } from './text-range.ts';
import { trimRange } from './text-range.ts';

/** Where a sentence sits: its index in the article and the paragraph it belongs to. */
export interface SentencePlace {
  index: number;
  paragraph: number;
}

/**
 * Builds a Sentence from a range of the normalised text: its exact span in the original, its
 * normalised text on one line (line breaks as single spaces) and its offset map. Null when blank.
 */
export function buildSentence(
  original: string,
  normalized: NormalizedText,
  range: TextRange,
  place: SentencePlace,
): Sentence | null {
  const trimmed = trimRange(normalized.text, range);
  if (!trimmed) return null;
  const span = toOriginalSpan(original, normalized.map, trimmed);
  const { text, map } = oneLine(normalized, trimmed);
  map.push(span.end);
  return { ...place, ...span, normalized: text, map };
}

/** The range's normalised text with line breaks turned into single spaces, and its origins. */
function oneLine(normalized: NormalizedText, range: TextRange): { text: string; map: number[] } {
  const text = normalized.text.slice(range.start, range.end);
  if (!text.includes('\n')) return { text, map: normalized.map.slice(range.start, range.end) };
  const chars: string[] = [];
  const map: number[] = [];
  let last = '';
  for (let i = range.start; i < range.end; i++) {
    const ch = normalized.text.charAt(i) === '\n' ? ' ' : normalized.text.charAt(i);
    if (ch === ' ' && last === ' ') continue;
    chars.push(ch);
    map.push(normalized.map[i] ?? 0);
    last = ch;
  }
  return { text: chars.join(''), map };
}
