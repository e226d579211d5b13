import { entityDistractors, titleAnswers } from '../distractors/entity-distractors.ts';
import { entryTitle } from '../distractors/entry-title.ts';
import type { Analysis, LocalSpan, NamedEntity } from '../analyze/analysis-types.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { GENERIC_BODY_WORDS } from '../lexicon/organization-words.ts';
import { CALLING_NOUNS, RANKS_BEFORE_NAMES } from '../lexicon/role-words.ts';
import { escapeRegExp } from '../audit/contains-phrase.ts';
import type { Candidate } from './candidate.ts';
import { explainWith, forbiddenForms, groundedSentences, wordCount } from './sentence-tools.ts';

/** The noun a title ends in, singular and lower case: "United States Senator" → "senator". */
function titleHead(title: string): string {
  const last = title.toLowerCase().split(/\s+/).at(-1) ?? '';
  return last.replace(/s$/, '');
}

/**
 * True when a mention of the person is followed by ", a … <noun>", "(, …,) was a … <noun>" or
 * "(c. 1743 - 1803) was a … <noun>" naming what they are.
 */
function describedAs(analysis: Analysis, person: NamedEntity, noun: string): boolean {
  const described = new RegExp(
    `^(?:,? |,[^,]{0,80}, (?:was|is) | \\([^)]{0,60}\\) (?:was|is) |(?:was|is) )(?:a|an|the) (?:[\\w-]+ ){0,3}${noun}s?\\b`,
    'i',
  );
  return person.mentions.some((m) =>
    described.test(analysis.segmented.sentences[m.sentence]?.normalized.slice(m.end) ?? ''),
  );
}

/** "the later king Jayavarman VII": a title that says when, next to someone else's, not what. */
const RELATIVE_TITLE = /^(?:later|future|next|then|eventual|subsequent|previous)\b/i;
/** "the elderly abbot", "the famous poet": a title told by a word of age or fame names no office. */
const DESCRIBED_TITLE =
  /^(?:elderly|young|old|aged|ageing|aging|famous|well-known|renowned|celebrated|legendary)\b/i;

/**
 * The title as it reads mid-sentence: "Substitute striker" that opens a sentence is a "substitute
 * striker", but "Social Welfare Secretary" and "Senegalese midfielder" keep their capitals.
 */
function titleText(analysis: Analysis, role: LocalSpan): string {
  const [first = '', ...rest] = role.text.split(' ');
  const opens = role.start === 0 && rest.length > 0 && rest.every((w) => /^[a-z]/.test(w));
  return opens && !namesSomething(analysis, first)
    ? `${first.toLowerCase()} ${rest.join(' ')}`
    : role.text;
}

/**
 * True when a capitalised word is a name or part of one ("Rovers", "Vatican", "Senegalese"): a
 * people's word, a word of a named entity, or a word capitalised inside a sentence somewhere, but
 * never a plain noun for a body ("Company").
 */
function namesSomething(analysis: Analysis, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower in NATIONALITIES) return true;
  // "Company meteorologist Evan Duffey" beside "Pacific Gas and Electric Company": a body's head
  // word opening a title is the common noun.
  if (GENERIC_BODY_WORDS.has(lower)) return false;
  for (const e of analysis.entities.values())
    if ([...e.aliases].some((alias) => alias.split(' ').includes(lower))) return true;
  const inside = new RegExp(`[^.!?"“]\\s${escapeRegExp(word)}\\b`);
  return analysis.segmented.sentences.some((s) => inside.test(s.normalized));
}

/** Ranks of those who reign ("Queen Victoria", "Sultan Barghash"), unlike a bishop's or a duke's. */
const RULERS: ReadonlySet<string> = new Set(
  [...RANKS_BEFORE_NAMES].filter(
    (r) => !['cardinal', 'archbishop', 'bishop', 'saint', 'duke', 'duchess'].includes(r),
  ),
);

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
    if (person.type !== 'person' || titleAnswers(analysis, person)) continue;
    const role = [...person.roles].sort((a, b) => b.text.length - a.text.length)[0];
    if (
      !role ||
      wordCount(role.text) < 2 ||
      RELATIVE_TITLE.test(role.text) ||
      DESCRIBED_TITLE.test(role.text) ||
      (roleOwners.get(role.text.toLowerCase())?.size ?? 0) > 1
    )
      continue;
    const keyText = person.name;
    const title = titleText(analysis, role);
    const sentences = groundedSentences(analysis, role.sentence, person, keyText);
    // Klobuchar is a "Senator" too: no one with a title of the same kind may be offered.
    const head = titleHead(role.text);
    const sameTitle = [...(byTitle.get(head) ?? [])]
      .filter((e) => e.id !== person.id)
      .map((e) => e.name.toLowerCase());
    // "Pierre Curie, a physicist who taught …" is a physicist too, though not by title.
    for (const e of analysis.entities.values())
      if (e.type === 'person' && e.id !== person.id && describedAs(analysis, e, head))
        sameTitle.push(e.name.toLowerCase());
    // "Who is the French explorer?": Champlain, given no role, may have been one as well.
    if (CALLING_NOUNS.has(head))
      for (const e of analysis.entities.values())
        if (e.type === 'person' && e.roles.length === 0) sameTitle.push(e.name.toLowerCase());
    // "Who is the Syrian bishop?" in an entry: no one of another age (Chaucer for a bishop of 1300
    // years before). A news report's roles are today's, whatever year their sentence recalls.
    // "Who is the English botanist?": a queen or a king is offered only for a ruler's title.
    if (!RULERS.has(head))
      for (const e of analysis.entities.values())
        if (e.roles.length > 0 && e.roles.every((r) => RULERS.has(titleHead(r.text))))
          sameTitle.push(e.name.toLowerCase());
    const dated = entryTitle(analysis) !== '' ? { sentence: role.sentence } : {};
    const distractors = entityDistractors(analysis, person, {
      form: 'full',
      count: 3,
      keyText,
      avoid: sameTitle,
      ...dated,
      seed,
    });
    out.push({
      family: 'role',
      type: 'multiple-choice',
      prompt: `According to the article, who is the ${title}?`,
      key: keyText,
      truth: true,
      distractors,
      sentences,
      answer: person.id,
      answerType: 'person',
      numeric: false,
      forbidden: forbiddenForms(person),
      explanation: explainWith(analysis, sentences, `${keyText} is the ${title}.`),
      score: 2.6,
      difficulty: 0.4,
    });
  }
  return out;
}
