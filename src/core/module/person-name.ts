import { HONORIFICS } from '../lexicon/role-words.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';

/** A first name and initials written right before a surname ("Tomas J. " before "Ridley"). */
const INITIALS_BEFORE = /(?:^|\s)([A-Z][a-z]+\s(?:[A-Z]\.\s)+)$/;

function sentenceAfter(analysis: Analysis, mention: NameMention): string {
  return analysis.segmented.sentences[mention.sentence]?.normalized.slice(mention.end) ?? '';
}

/**
 * True for a "name" that is only a title ("Dr", "Prof"), ends in an initial ("Tomas J"), starts in
 * lower case ("of Legislative Assembly") or is the first part of a hyphenated word ("COVID" of "COVID-19").
 */
export function isNameFragment(analysis: Analysis, entity: NamedEntity): boolean {
  const name = entity.name.trim();
  return (
    HONORIFICS.has(name.toLowerCase()) ||
    HONORIFICS.has(`${name.toLowerCase()}.`) ||
    /(?:^|\s)[A-Z]\.?$/.test(name) ||
    /^\p{Ll}/u.test(name) ||
    entity.mentions.every((m) => /^-\w/.test(sentenceAfter(analysis, m))) ||
    name.length < 2
  );
}

/**
 * The fullest name of a person as the article writes it: the entity's name, or a surname with the
 * first name and initials written before it ("Tomas J. Ridley" where the name was read as "Ridley").
 */
export function personName(analysis: Analysis, entity: NamedEntity): string {
  if (entity.type !== 'person') return entity.name;
  for (const mention of entity.mentions) {
    const before = analysis.segmented.sentences[mention.sentence]?.normalized.slice(
      0,
      mention.start,
    );
    const initials = INITIALS_BEFORE.exec(before ?? '')?.[1];
    if (initials && initials.length + mention.text.length > entity.name.length)
      return `${initials}${mention.text}`;
  }
  return entity.name;
}

/**
 * The person a speaker id stands for. When the analysis took a title for the speaker ("Dr" in
 * "said Dr. Elena Varga"), the person named right after the title in that sentence.
 */
export function resolveSpeaker(
  analysis: Analysis,
  id: string | null,
  sentences: readonly number[],
): NamedEntity | null {
  const entity = id === null ? undefined : analysis.entities.get(id);
  if (!entity) return null;
  if (!isNameFragment(analysis, entity)) return entity;
  for (const title of entity.mentions.filter((m) => sentences.includes(m.sentence))) {
    const next = (analysis.mentions[title.sentence] ?? []).find(
      (m) => m.type === 'person' && m.start > title.end && m.start - title.end <= 3,
    );
    const person = next && analysis.entities.get(next.entity);
    if (person && !isNameFragment(analysis, person)) return person;
  }
  return null;
}
