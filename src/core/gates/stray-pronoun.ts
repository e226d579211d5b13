import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from '../questions/candidate.ts';
import { subjectGender } from '../questions/resolve-opening-pronoun.ts';

const PERSONAL = /\b(?:he|him|his|she|her)\b/i;

/**
 * True for a blank whose sentence says "he", "his", "she" or "her" before naming anyone, in an
 * article whose pronouns do not mostly mean one person of that sex: "_____ other justices joined
 * his opinion." leans on the sentence that named the judge. Quoted words are left out.
 */
export function strayPersonalPronoun(c: Candidate, analysis: Analysis): boolean {
  if (c.type !== 'multiple-choice' || !c.prompt.startsWith('Fill in the blank: ')) return false;
  const i = c.sentences[0] ?? -1;
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  const unquoted = text.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length));
  const found = PERSONAL.exec(unquoted);
  if (!found) return false;
  const named = (analysis.mentions[i] ?? []).some(
    (m) => m.type === 'person' && m.start < found.index,
  );
  if (named) return false;
  const sex = /^(?:she|her)$/i.test(found[0]) ? 'female' : 'male';
  return subjectGender(analysis) !== sex;
}
