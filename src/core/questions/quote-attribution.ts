import { entityDistractors } from '../distractors/entity-distractors.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
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
  const speakers = new Set(
    analysis.quotes.map((q) => q.speaker).filter((s): s is string => s !== null),
  );
  const out: Candidate[] = [];
  const people = [...analysis.entities.values()].filter((e) => e.type === 'person');
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker ? analysis.entities.get(quote.speaker) : undefined;
    if (!speaker || wordCount(quote.inner) < 5 || mentionsEntity(quote.inner, speaker)) continue;
    const keyText = speaker.name;
    // Someone the quotation speaks about ("Robert Mugabe should be remembered …") is not a
    // plausible speaker of it, under any of the names the article gives them.
    const spokenOf = people
      .filter((e) => e.id !== speaker.id && mentionsEntity(quote.inner, e))
      .map((e) => e.name.toLowerCase());
    const distractors = entityDistractors(analysis, speaker, {
      form: 'full',
      count: 3,
      keyText,
      avoid: spokenOf,
      prefer: speakers,
      seed,
    });
    const named = speaker.mentions.find((m) => m.text === keyText)?.sentence;
    const sentences = [...quote.sentences];
    if (named !== undefined && !sentences.includes(named)) sentences.unshift(named);
    out.push({
      family: 'quote-attribution',
      type: 'multiple-choice',
      prompt: `Who said: "${shorten(quote.inner)}"?`,
      key: keyText,
      truth: true,
      distractors,
      sentences: sentences.sort((a, b) => a - b),
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
