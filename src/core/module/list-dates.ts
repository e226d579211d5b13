import type { Analysis, LocalSpan } from '../analyze/analysis-types.ts';
import { clauseAround } from './clause-around.ts';
import { dateSortKey } from './date-sort-key.ts';
import type { DateEntry } from './module-types.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** The dates of a module and the order they are listed in. */
export interface Timeline {
  dates: DateEntry[];
  order: 'chronological' | 'article';
}

/** Dates and years of the article, in article order. */
function dateSpans(analysis: Analysis): LocalSpan[] {
  const dates = analysis.mentions.flat().filter((m) => m.type === 'date');
  const years = analysis.quantities.flat().filter((q) => q.kind === 'year');
  const all = [...dates, ...years];
  // "July" beside "July 27" in one sentence says nothing more.
  const inside = (d: LocalSpan): boolean =>
    all.some((o) => o !== d && o.sentence === d.sentence && o.start <= d.start && o.end >= d.end);
  return all.filter((d) => !inside(d)).sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * The timeline: each date with what happened then, in a short phrase of its sentence. Listed
 * chronologically when every date names its year, otherwise in article order.
 */
export function listDates(analysis: Analysis, limit = 12): Timeline {
  const seen = new Set<string>();
  const dates: DateEntry[] = [];
  for (const span of dateSpans(analysis)) {
    const sentence = analysis.segmented.sentences[span.sentence];
    const key = `${span.sentence}|${span.text.toLowerCase()}`;
    if (!sentence || seen.has(key)) continue;
    seen.add(key);
    dates.push({
      date: span.text,
      event: clauseAround(sentence.normalized, span.start, span.end, { maxWords: 18 }),
      sortKey: dateSortKey(span.text),
      evidence: sentenceEvidence(analysis.segmented, span.sentence),
    });
  }
  const kept = dates.slice(0, limit);
  const placed = kept.length > 1 && kept.every((d) => d.sortKey !== null);
  if (placed) kept.sort((a, b) => (a.sortKey ?? 0) - (b.sortKey ?? 0));
  return { dates: kept, order: placed ? 'chronological' : 'article' };
}
