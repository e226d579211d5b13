import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { otherSpeakers, quoteSentences, speakersOf } from './other-speakers.ts';
import { statementCandidate } from './statement-candidate.ts';
import { explainWith, mentionsEntity, wordCount } from './sentence-tools.ts';

/** Quoted words a statement gives: enough to mean something, few enough to read. */
const WORDS = { min: 5, max: 25 };

/**
 * The words as a statement gives them: the quotation's opening sentences, as many as make at least
 * five words, closed with a full stop; null when that runs past 25 words or the quotation is a
 * fragment ("a lot of confusion [...]").
 */
function spoken(inner: string): string | null {
  if (!/^\p{Lu}/u.test(inner) || inner.includes('[...]') || inner.includes('…')) return null;
  const sentences = inner.replace(/[,;:\s]+$/, '').match(/[^.!?]+(?:[.!?]+|$)\s*/g) ?? [];
  let words = '';
  for (const sentence of sentences) {
    words += sentence;
    if (wordCount(words) >= WORDS.min) break;
  }
  const text = words.trim();
  if (wordCount(text) < WORDS.min || wordCount(text) > WORDS.max) return null;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Who said what, as true/false: `Emmanuel Macron said: "Our house is burning."` (true), or the same
 * words given to another person of the article, preferably another speaker (false). Only quotations
 * whose speaker the article names beside them are used.
 */
export function quoteStatement(analysis: Analysis, seed: number): Candidate[] {
  const speakers = speakersOf(analysis);
  const out: Candidate[] = [];
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker ? analysis.entities.get(quote.speaker) : undefined;
    const words = spoken(quote.inner);
    if (!speaker || quote.via !== 'name' || words === null) continue;
    if (mentionsEntity(quote.inner, speaker)) continue;
    const main = quote.sentences[0] ?? 0;
    const sentences = quoteSentences(quote, speaker);
    const text = `"${words}"`;
    const truth = statementCandidate(main, {
      prompt: `${speaker.name} said: ${text}`,
      truth: true,
      explanation: explainWith(analysis, sentences, 'True.'),
      answer: `quote@${main}`,
    });
    out.push({ ...truth, sentences, score: truth.score - 0.2 });
    const [other] = otherSpeakers(analysis, quote, speaker, { count: 1, seed, speakers });
    if (!other) continue;
    const lead = `False. The article gives these words to ${speaker.name}, not ${other}.`;
    const swapped = statementCandidate(main, {
      prompt: `${other} said: ${text}`,
      truth: false,
      explanation: explainWith(analysis, sentences, lead),
      answer: `quote-speaker@${main}`,
    });
    out.push({
      ...swapped,
      sentences,
      score: swapped.score - 0.2,
      changed: speaker.name.toLowerCase(),
    });
  }
  return out;
}
