import type { Analysis, QuantityMention } from '../analyze/analysis-types.ts';
import { clauseAround } from './clause-around.ts';
import { countedEnd } from './counted-phrase.ts';
import type { NumberEntry } from './module-types.ts';
import { CLOCK_UNITS } from './module-words.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** A number worth studying: not a year (dates have their own list), a clock time or a small word. */
function isKeyNumber(q: QuantityMention, counted: boolean): boolean {
  if (q.kind === 'year' || (q.unit !== null && CLOCK_UNITS.has(q.unit))) return false;
  if (q.inWords && q.value <= 2) return false;
  // "12 more than the Rovers", "Okoro, who is 23": a bare number says nothing on its own.
  return counted || q.kind === 'percent' || (q.kind === 'money' && q.unit !== null);
}

function entryOf(analysis: Analysis, q: QuantityMention): NumberEntry | null {
  const sentence = analysis.segmented.sentences[q.sentence];
  if (!sentence) return null;
  const end = countedEnd(analysis.tokens[q.sentence] ?? [], q.end);
  if (!isKeyNumber(q, end > q.end)) return null;
  return {
    figure: sentence.normalized.slice(q.start, end).replace(/[.,;:]+$/, ''),
    number: q.text,
    phrase: clauseAround(sentence.normalized, q.start, end),
    evidence: sentenceEvidence(analysis.segmented, q.sentence),
  };
}

/**
 * Key numbers in article order: each with its unit or counted words ("28 people") and a short
 * phrase of its sentence saying what it counts. Years, clock times and bare numbers are left out.
 */
export function listNumbers(analysis: Analysis, limit = 12): NumberEntry[] {
  const seen = new Set<string>();
  const out: NumberEntry[] = [];
  for (const q of analysis.quantities.flat()) {
    const entry = entryOf(analysis, q);
    if (!entry) continue;
    const key = `${entry.figure.toLowerCase()}|${entry.phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out.slice(0, limit);
}
