import type { Segmented, Sentence } from '../types.ts';

/** Splits an article into title, paragraphs and sentences (simple first version). */
export function segmentArticle(text: string): Segmented {
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const body = raw.trim();
    const map = Array.from({ length: body.length + 1 }, (_, i) => start + i);
    sentences.push({ index: sentences.length, paragraph: 0, start, end: start + body.length, text: body, normalized: body, map });
  }
  return { text, title: null, dateline: null, paragraphs: [{ index: 0, start: 0, end: text.length }], sentences };
}
