import { entityDistractors } from '../distractors/entity-distractors.ts';
import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { explainWith, forbiddenForms, groundedSentences, wordCount } from './sentence-tools.ts';

/** The noun a title ends in, singular and lower case: "United States Senator" → "senator". */
function titleHead(title: string): string {
  const last = title.toLowerCase().split(/\s+/).at(-1) ?? '';
  return last.replace(/s$/, '');
}

/** "Who is the U.S. Secretary of State?" for each person the article gives a specific role. */
export function roleQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  const roleOwners = new Map<string, Set<string>>();
  for (const e of analysis.entities.values()) {
    for (const r of e.roles)
      roleOwners.set(
        r.text.toLowerCase(),
        (roleOwners.get(r.text.toLowerCase()) ?? new Set()).add(e.id),
      );
  }
  const byTitle = new Map<string, Set<NamedEntity>>();
  for (const e of analysis.entities.values())
    for (const r of e.roles)
      byTitle.set(titleHead(r.text), (byTitle.get(titleHead(r.text)) ?? new Set()).add(e));
  for (const person of analysis.entities.values()) {
    if (person.type !== 'person') continue;
    const role = [...person.roles].sort((a, b) => b.text.length - a.text.length)[0];
    if (
      !role ||
      wordCount(role.text) < 2 ||
      (roleOwners.get(role.text.toLowerCase())?.size ?? 0) > 1
    )
      continue;
    const keyText = person.name;
    const sentences = groundedSentences(analysis, role.sentence, person, keyText);
    // Klobuchar is a "Senator" too: no one with a title of the same kind may be offered.
    const sameTitle = [...(byTitle.get(titleHead(role.text)) ?? [])]
      .filter((e) => e.id !== person.id)
      .map((e) => e.name.toLowerCase());
    const distractors = entityDistractors(analysis, person, {
      form: 'full',
      count: 3,
      keyText,
      avoid: sameTitle,
      seed,
    });
    out.push({
      family: 'role',
      type: 'multiple-choice',
      prompt: `According to the article, who is the ${role.text}?`,
      key: keyText,
      truth: true,
      distractors,
      sentences,
      answer: person.id,
      answerType: 'person',
      numeric: false,
      forbidden: forbiddenForms(person),
      explanation: explainWith(analysis, sentences, `${keyText} is the ${role.text}.`),
      score: 2.6,
      difficulty: 0.4,
    });
  }
  return out;
}
