import type { Analysis, NameMention } from '../analyze/analysis-types.ts';

/**
 * "The European Commission fined … Norveda" beside the headline "EU fines Norveda": the names that
 * the article (its title too) also gives as doing what the blanked name does, to the same one. Such
 * a name is a true answer too, never an option. The deed is the verb right after the name; the one
 * it is done to is the next name in the sentence. Lower-cased aliases.
 */
export function sameDeedNames(analysis: Analysis, mention: NameMention): string[] {
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const verb = /^ (\p{Ll}{3,})\b/u.exec(sentence.slice(mention.end))?.[1];
  const token = (analysis.tokens[mention.sentence] ?? []).find((t) => t.start > mention.end);
  if (verb === undefined || !token?.tags.has('Verb')) return [];
  const object = (analysis.mentions[mention.sentence] ?? []).find(
    (m) => m.start > mention.end && m.entity !== mention.entity && m.type !== 'date',
  );
  const target = object ? analysis.entities.get(object.entity) : undefined;
  if (!target) return [];
  const stem = verb.slice(0, Math.max(3, verb.length - 3));
  const texts = [
    analysis.segmented.title?.text ?? '',
    ...analysis.segmented.sentences
      .filter((_, i) => i !== mention.sentence)
      .map((s) => s.normalized),
  ]
    .map((t) => t.toLowerCase())
    .filter((t) => [...target.aliases].some((a) => t.includes(a)));
  if (texts.length === 0) return [];
  const found: string[] = [];
  for (const e of analysis.entities.values()) {
    if (e.id === mention.entity || e.id === target.id || e.type !== mention.type) continue;
    const deed = [...e.aliases].some((a) => {
      const pattern = new RegExp(`(?:^|[^\\p{L}])${escape(a)} ${escape(stem)}\\p{Ll}*\\b`, 'u');
      return texts.some((t) => pattern.test(t));
    });
    if (deed) found.push(...e.aliases);
  }
  return found;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
