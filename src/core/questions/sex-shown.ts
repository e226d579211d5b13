import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';
import { genderOf } from '../distractors/entity-distractors.ts';
import { kinSexAfter, kinSexBefore } from '../entities/kin-sex.ts';

/**
 * "_____, 44, a market vendor, and her son", "_____ and his wife": a "her" or "his" joined to the
 * name itself, past at most a few asides.
 */
const OWN_KIN_AFTER = /^(?:,(?:[^,.;:"]{1,60},)+)?\s(?:and|with|alongside)\s(her|his)\b/i;

/** "_____ in the women's 78 kg division": the division a player competes in. */
const DIVISION_AFTER = /^ in the (women|men)['’]s\b/i;

/**
 * The sex of the person in a blank where the sentence shows it: a word for kin right before the
 * blank, or a "her" or "his" joined to it that nobody else the sentence names could own. Null when
 * the sentence does not tell.
 */
export function sexShownFor(
  analysis: Analysis,
  mention: NameMention,
  entity: NamedEntity,
): string | null {
  const text = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const kin = kinSexBefore(text.slice(0, mention.start));
  if (kin !== null) return kin;
  const after = text.slice(mention.end);
  // "_____, a spokeswoman for the federation", "_____ in the women's 78 kg division".
  const division = DIVISION_AFTER.exec(after)?.[1]?.toLowerCase();
  const told =
    kinSexAfter(after) ??
    (division === undefined ? null : division === 'women' ? 'female' : 'male');
  if (told !== null) return told;
  const pronoun = OWN_KIN_AFTER.exec(after)?.[1]?.toLowerCase();
  if (pronoun === undefined) return null;
  const sex = pronoun === 'her' ? 'female' : 'male';
  const own = genderOf(analysis, entity);
  if (own !== null && own !== sex) return null;
  const rival = (analysis.mentions[mention.sentence] ?? []).some((m) => {
    const other = m.entity === entity.id ? undefined : analysis.entities.get(m.entity);
    return other?.type === 'person' && (genderOf(analysis, other) ?? sex) === sex;
  });
  return rival ? null : sex;
}
