import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { otherSpeakers, quoteSentences, speakersOf } from './other-speakers.ts';
import { explainWith, forbiddenForms, mentionsEntity, wordCount } from './sentence-tools.ts';

const MAX_QUOTE_WORDS = 22;

function shorten(inner: string): string {
  const words = inner.replace(/[,;:\s]+$/, '').split(/\s+/);
  if (words.length <= MAX_QUOTE_WORDS) return words.join(' ');
  return `${words
    .slice(0, MAX_QUOTE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')} …`;
}

/** "Who said: "…"?" for every quotation whose speaker the article names; options are other people. */
export function quoteAttribution(analysis: Analysis, seed: number): Candidate[] {
  const speakers = speakersOf(analysis);
  const out: Candidate[] = [];
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker ? analysis.entities.get(quote.speaker) : undefined;
    if (!speaker || wordCount(quote.inner) < 5 || mentionsEntity(quote.inner, speaker)) continue;
    const keyText = speaker.name;
    const distractors = otherSpeakers(analysis, quote, speaker, { count: 3, seed, speakers });
    const sentences = quoteSentences(quote, speaker);
    out.push({
      family: 'quote-attribution',
      type: 'multiple-choice',
      prompt: `Who said: "${shorten(quote.inner)}"?`,
      key: keyText,
      truth: true,
      distractors,
      sentences,
      answer: speaker.id,
      answerType: 'person',
      numeric: false,
      forbidden: forbiddenForms(speaker),
      explanation: explainWith(analysis, quote.sentences, `${keyText} said these words.`),
      score: quote.via === 'name' ? 3 : 2.7,
      difficulty: distractors.some((d) => speakers.size > 1 && d.length > 0) ? 0.5 : 0.35,
    });
  }
  return out;
}
