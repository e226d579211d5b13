import { entityDistractors } from '../distractors/entity-distractors.ts';
import type { Analysis, NamedEntity, QuoteFact } from '../analyze/analysis-types.ts';
import { mentionsEntity } from './sentence-tools.ts';

/** The ids of everyone the article quotes, who make the best wrong speakers. */
export function speakersOf(analysis: Analysis): Set<string> {
  return new Set(analysis.quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
}

/**
 * Other people who could have said a quotation: the article's other speakers first, never anyone
 * the quotation speaks about ("Robert Mugabe should be remembered …"), under any of their names.
 */
export function otherSpeakers(
  analysis: Analysis,
  quote: QuoteFact,
  speaker: NamedEntity,
  options: { count: number; seed: number; speakers: ReadonlySet<string> },
): string[] {
  const spokenOf = [...analysis.entities.values()]
    .filter((e) => e.type === 'person' && e.id !== speaker.id && mentionsEntity(quote.inner, e))
    .map((e) => e.name.toLowerCase());
  return entityDistractors(analysis, speaker, {
    form: 'full',
    count: options.count,
    keyText: speaker.name,
    avoid: spokenOf,
    prefer: options.speakers,
    seed: options.seed,
  });
}

/** The sentences of a quotation and the one that names its speaker in full, in article order. */
export function quoteSentences(quote: QuoteFact, speaker: NamedEntity): number[] {
  const named = speaker.mentions.find((m) => m.text === speaker.name)?.sentence;
  const sentences = new Set(quote.sentences);
  if (named !== undefined) sentences.add(named);
  return [...sentences].sort((a, b) => a - b);
}
