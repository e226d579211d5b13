import type { Analysis } from '../analyze/analysis-types.ts';
import { wordCount } from '../questions/sentence-tools.ts';
import type { Sentence } from '../types.ts';
import type { KeyPoint } from './module-types.ts';
import { LEADING_CONNECTORS } from './module-words.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

const CONNECTOR = new RegExp(`^(?:${LEADING_CONNECTORS.join('|')})\\b,?\\s+(?=\\S)`, 'i');
const PRONOUN_START = /^(?:he|she|it|they|this|that|these|those|his|her|their|its)\b/i;

/** How many key points an article of `sentences` sentences gets: about one in three, 5 to 10. */
function keyPointCount(sentences: number): number {
  return Math.min(sentences, Math.max(5, Math.min(10, Math.round(sentences / 3))));
}

/** How much a sentence says: names, numbers, dates and roles, a lead bonus, no questions. */
function informativeness(analysis: Analysis, sentence: Sentence): number {
  const words = wordCount(sentence.normalized);
  if (words < 6 || sentence.normalized.includes('?')) return -Infinity;
  const mentions = analysis.mentions[sentence.index] ?? [];
  const named = mentions.filter((m) => m.type !== 'date');
  const names = new Set(named.map((m) => m.entity)).size;
  const dates = mentions.length - named.length;
  const numbers = analysis.quantities[sentence.index]?.length ?? 0;
  const roles = mentions.filter((m) => m.role !== null).length;
  let score = names + numbers + dates * 0.8 + roles * 1.5;
  if (sentence.index === 0) score += 3;
  else if (analysis.segmented.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph)
    score += 0.8;
  if (/^["']/.test(sentence.normalized)) score -= 2;
  if (PRONOUN_START.test(sentence.normalized)) score -= 1;
  if (words > 45) score -= 3;
  return score;
}

/** A sentence with an opening connector ("However, ") dropped: the rest is the article's words. */
function trimmed(text: string): string {
  const rest = text.replace(CONNECTOR, '');
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The article's most informative sentences (names, numbers, dates, roles; the lead counts extra),
 * about one in three and 5 to 10 of them, given back in article order.
 */
export function pickKeyPoints(analysis: Analysis, limit?: number): KeyPoint[] {
  const { sentences } = analysis.segmented;
  const count = limit ?? keyPointCount(sentences.length);
  const ranked = sentences
    .map((s) => ({ s, score: informativeness(analysis, s) }))
    .filter((r) => r.score > -Infinity)
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index)
    .slice(0, count)
    .sort((a, b) => a.s.index - b.s.index);
  return ranked.map(({ s }) => ({
    text: trimmed(s.normalized),
    evidence: sentenceEvidence(analysis.segmented, s.index),
  }));
}
