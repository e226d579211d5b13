import type { Analysis, QuoteFact } from '../analyze/analysis-types.ts';
import { wordCount } from '../questions/sentence-tools.ts';
import type { QuoteEntry } from './module-types.ts';
import { personName, resolveSpeaker } from './person-name.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** Options of listQuotes. */
export interface QuoteOptions {
  /** Most quotes; default 8. */
  limit?: number;
  /** Fewest and most words of a quote worth reading; default 4 and 45. */
  minWords?: number;
  maxWords?: number;
}

interface Attributed {
  fact: QuoteFact;
  speaker: string;
  text: string;
}

/** Quoted words without the comma that led back into the sentence ("…living wall," said X). */
function clean(inner: string): string {
  return inner.replace(/[\s,;:]+$/, '');
}

/** True when a sentence is nothing but a quotation: the words that go on after "…," she said. */
function wholeSentenceQuote(analysis: Analysis, fact: QuoteFact): boolean {
  const text = fact.sentences
    .map((i) => analysis.segmented.sentences[i]?.normalized ?? '')
    .join(' ');
  return /^"[^"]+"\.?$/.test(text);
}

/** Follows a quotation on to the next sentence when that sentence is only quoted words. */
function continues(analysis: Analysis, previous: Attributed | undefined, fact: QuoteFact): boolean {
  if (!previous || fact.speaker !== null) return false;
  const last = previous.fact.sentences.at(-1) ?? -2;
  const first = fact.sentences[0] ?? -1;
  const { sentences } = analysis.segmented;
  return (
    first === last + 1 &&
    sentences[first]?.paragraph === sentences[last]?.paragraph &&
    wholeSentenceQuote(analysis, fact)
  );
}

/**
 * Notable quotations with the person who said them, in article order. A quotation that runs on into
 * the next sentence is read as one; quotations without a known speaker, or too short or too long to
 * read at a glance, are left out.
 */
export function listQuotes(analysis: Analysis, options: QuoteOptions = {}): QuoteEntry[] {
  const { limit = 8, minWords = 4, maxWords = 45 } = options;
  const found: Attributed[] = [];
  for (const fact of analysis.quotes) {
    const previous = found.at(-1);
    if (previous && continues(analysis, previous, fact)) {
      const stop = /[.!?]$/.test(previous.text) ? ' ' : '. ';
      const text = `${previous.text}${stop}${clean(fact.inner)}`;
      if (wordCount(text) <= maxWords)
        found[found.length - 1] = {
          ...previous,
          text,
          fact: { ...previous.fact, sentences: [...previous.fact.sentences, ...fact.sentences] },
        };
      continue;
    }
    const speaker = resolveSpeaker(analysis, fact.speaker, fact.sentences);
    if (speaker)
      found.push({ fact, speaker: personName(analysis, speaker), text: clean(fact.inner) });
  }
  return found
    .filter((q) => wordCount(q.text) >= minWords && wordCount(q.text) <= maxWords)
    .slice(0, limit)
    .map((q) => ({
      quote: q.text,
      speaker: q.speaker,
      evidence: sentenceEvidence(
        analysis.segmented,
        q.fact.sentences[0] ?? 0,
        q.fact.sentences.at(-1) ?? 0,
      ),
    }));
}
