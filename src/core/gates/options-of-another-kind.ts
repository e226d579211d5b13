import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import { genderOf, organizationKind } from '../distractors/entity-distractors.ts';
import type { Candidate } from '../questions/candidate.ts';

const aliasIndexes = new WeakMap<Analysis, Map<string, NamedEntity>>();

/** Entities by every alias, built once per article. */
function aliasIndex(analysis: Analysis): Map<string, NamedEntity> {
  const known = aliasIndexes.get(analysis);
  if (known) return known;
  const index = new Map<string, NamedEntity>();
  for (const e of analysis.entities.values())
    for (const alias of [e.name.toLowerCase(), ...e.aliases])
      if (!index.has(alias)) index.set(alias, e);
  aliasIndexes.set(analysis, index);
  return index;
}

/** The sex a prompt's pronouns point to ("her plans" → female), or null. */
function pronounSex(prompt: string): string | null {
  const female = /\b(?:she|her|hers|herself)\b/i.test(prompt);
  const male = /\b(?:he|him|his|himself)\b/i.test(prompt);
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/**
 * True when every wrong option differs in kind from the key in a way the question shows: a woman
 * among men where the prompt says "her", or a journal among universities. A student could pick the
 * key without reading the article.
 */
export function optionsOfAnotherKind(c: Candidate, analysis: Analysis): boolean {
  if (c.type !== 'multiple-choice' || c.family === 'quote-attribution') return false;
  const key = analysis.entities.get(c.answer.replace(/#2$/, ''));
  if (!key || (key.type !== 'person' && key.type !== 'organization')) return false;
  const index = aliasIndex(analysis);
  const others = c.distractors.map((d) => index.get(d.toLowerCase()));
  if (key.type === 'person') {
    // "Who said her team …": the pronoun tells the key's sex even when the name does not.
    const sex = pronounSex(c.prompt);
    const keySex = genderOf(analysis, key);
    if (sex === null || (keySex !== null && keySex !== sex)) return false;
    return others.every((o) => o !== undefined && (genderOf(analysis, o) ?? sex) !== sex);
  }
  const kind = organizationKind(key.name);
  if (kind === null) return false;
  return others.every((o) => {
    const other = o ? organizationKind(o.name) : null;
    return other !== null && other !== kind;
  });
}
