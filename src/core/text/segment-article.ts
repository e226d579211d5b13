import type { Paragraph, Segmented, Sentence, Span } from '../types.ts';
import { buildSentence } from './build-sentence.ts';
import { findTitle } from './find-title.ts';
import { skipWireDateline } from './skip-wire-dateline.ts';
import type { NormalizedText } from './normalize-text.ts';
import { normalizeText } from './normalize-text.ts';
import { toOriginalSpan } from './to-original-span.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { splitSentences } from './split-sentences.ts';
import type { TextRange } from './text-range.ts';

/**
 * Splits an article into its optional title and date lines, paragraphs and sentences (a wire
 * dateline such as "LONDON (Reuters) - " before the first sentence is left out of it). Every span is
 * exact in the input text; each sentence also carries its normalised form and an offset map back to
 * the input. Never throws; runs in time linear in the text's length.
 *
 * @example
 * const { title, sentences } = segmentArticle('Rain in Springfield\n\nIt rained. Mr. Poe stayed in.');
 * title?.text; // 'Rain in Springfield'
 * sentences.map((s) => s.text); // ['It rained.', 'Mr. Poe stayed in.']
 */
export function segmentArticle(text: string): Segmented {
  const normalized = normalizeText(text);
  const head = findTitle(normalized.text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const bodyStart = skipWireDateline(normalized.text, head.bodyStart);
  for (const range of splitParagraphs(normalized.text, bodyStart)) {
    const paragraph = paragraphs.length;
    const span = toOriginalSpan(text, normalized.map, range);
    paragraphs.push({ index: paragraph, start: span.start, end: span.end });
    for (const part of splitSentences(normalized.text, range)) {
      const sentence = buildSentence(text, normalized, part, {
        index: sentences.length,
        paragraph,
      });
      if (sentence) sentences.push(sentence);
    }
  }
  return {
    text,
    title: spanOf(text, normalized, head.title),
    dateline: spanOf(text, normalized, head.dateline),
    paragraphs,
    sentences,
  };
}

function spanOf(text: string, normalized: NormalizedText, range: TextRange | null): Span | null {
  return range ? toOriginalSpan(text, normalized.map, range) : null;
}
