import {
  AFTER_AUXILIARY,
  AUXILIARIES,
  COPULAS,
  IRREGULAR_ROOTS,
  OWNED_NOUNS,
} from '../lexicon/clause-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

/** A clause turned around for a question: "the boat carried" → did / the boat / carry. */
export interface Inversion {
  aux: string;
  subject: string;
  verb: string;
  /** Where the verb group ends in the sentence. */
  end: number;
}

const SUBJECT_TAGS = ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym'];
const SUBJECT_JOINERS = new Set(['of', 'and', '&', 'for', 'the']);
const PRONOUN_SUBJECT =
  /^(?:he|she|they|it|this|these|those|that|there|here|i|we|you|one|both|all|each|some|many|most|none|either|neither|another|others|several)$/i;

const LOWER_FIRST =
  /^(?:The|A|An|Its|Their|His|Her|Our|Each|Every|Many|Several|Most|Some|Both|All|Two|Three|Four|Five)\s/;
/** A subject that points back to earlier sentences ("these events") cannot stand in a question. */
const ANAPHORIC = /\b(?:these|those|this|that|such|the same|the latter|the former)\b/i;

function isSubjectWord(token: Token): boolean {
  return (
    SUBJECT_JOINERS.has(token.normal) ||
    (!token.tags.has('Verb') && SUBJECT_TAGS.some((tag) => token.tags.has(tag)))
  );
}

/**
 * The subject as it reads after the auxiliary: "The boat" → "the boat", names unchanged. A word
 * the tagger does not know ("Veridyn") is a name.
 */
function subjectText(text: string, first: Token, verb: Token): string {
  const subject = text.slice(first.start, verb.start).trim();
  // "Divers recovered …": a plural noun the tagger guessed at is still a common noun.
  const named = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((t) =>
    first.tags.has(t),
  );
  // "Commercial traffic declined": a describing word opens the subject as well as a noun does.
  // "Giant Sequoia National Monument" stays a name.
  const common =
    first.tags.has('Noun') || (first.tags.has('Adjective') && /^\S+ \p{Ll}/u.test(subject));
  const commonNoun =
    common &&
    (first.guessed !== true || (first.tags.has('Plural') && !/\s/.test(subject))) &&
    !named;
  return LOWER_FIRST.test(subject) || commonNoun
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
}

function auxiliaryChain(text: string, tokens: readonly Token[], at: number, limit: number) {
  let last = at;
  while (
    tokens[last + 1] &&
    (tokens[last + 1] as Token).end <= limit &&
    ((tokens[last + 1] as Token).tags.has('Verb') || (tokens[last + 1] as Token).tags.has('Adverb'))
  )
    last += 1;
  const from = tokens[at] as Token;
  const to = tokens[last] as Token;
  return { verb: text.slice(from.start, to.end), end: to.end };
}

/**
 * Splits the clause that starts at `from` into subject and verb in question order, when it is a plain
 * "subject verb …" clause: the subject a short noun phrase (no pronoun, clause or comma) and the verb a
 * finite verb before `limit`. "The boat carried" → did / the boat / carry; "Tesco has sold" →
 * has / Tesco / sold. Null when the clause is anything else, so no question reads wrong.
 */
export function invertClause(
  text: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
): Inversion | null {
  const start = tokens.findIndex((t) => t.start >= from);
  const first = tokens[start];
  // "Their friendship lasted …": a pronoun, or a possessive one, leaves the subject unknown.
  // "None of the paintings measures …": a negative subject turns the question's sense around.
  if (
    start < 0 ||
    !first ||
    /^(?:he|she|they|it|i|we|you|his|her|their|its|our|my|your)$/i.test(first.normal) ||
    /^(?:none|neither|no|few|nobody|nothing)$/i.test(first.normal)
  )
    return null;
  let v = start;
  while (tokens[v] && isSubjectWord(tokens[v] as Token)) v += 1;
  const verb = tokens[v];
  if (v === start || v - start > 7 || !verb || verb.end > limit || !verb.tags.has('Verb'))
    return null;
  if ((v - start === 1 && PRONOUN_SUBJECT.test(first.normal)) || verb.normal.endsWith('ing'))
    return null;
  // "Aurelis shares rose": the noun the tagger took for a verb is the subject's own.
  if (OWNED_NOUNS.has(verb.normal)) return null;
  const span = text.slice(first.start, verb.start);
  if (/[,;:()"]/.test(span) || ANAPHORIC.test(span)) return null;
  const lastOfSubject = tokens[v - 1] as Token;
  if (['Determiner', 'Preposition', 'Conjunction'].some((tag) => lastOfSubject.tags.has(tag)))
    return null;
  const subject = subjectText(text, first, verb);
  const next = tokens[v + 1];
  if (AUXILIARIES.has(verb.normal) && next?.tags.has('Verb') && next.end <= limit) {
    const chain = auxiliaryChain(text, tokens, v + 1, limit);
    return { aux: verb.text, subject, verb: chain.verb, end: chain.end };
  }
  if (
    COPULAS.has(verb.normal) ||
    (AUXILIARIES.has(verb.normal) && !/^ha[sd]$|^have$/.test(verb.normal))
  )
    return null;
  const past = verb.tags.has('PastTense');
  if (!past && !verb.tags.has('PresentTense')) return null;
  // "a company organized by Ferdinand de Lesseps, …, began work": a participle after its noun,
  // not "rose by 9 percent".
  const byWhom = next?.normal === 'by' && !tokens[v + 2]?.tags.has('Value');
  if (past && byWhom) return null;
  const root = IRREGULAR_ROOTS[verb.normal] ?? verb.root;
  if (!root || (past && root === verb.normal) || verb.tags.has('Participle')) return null;
  const aux = past ? 'did' : verb.normal.endsWith('s') ? 'does' : 'do';
  return { aux, subject, verb: root, end: verb.end };
}

/**
 * True when a finite verb stands in `[from, to)` of the sentence: a past form not after an auxiliary
 * ("… and became Great Khan", "… Joe Biden earned 6"), with `copulas` a form of "be" ("…
 * settlement was enough"), and with `present` a present form ("…, and stretches now run dry").
 * Such a verb starts a second clause that a question cannot carry.
 */
export function finiteVerbIn(
  tokens: readonly Token[],
  span: { from: number; to: number; copulas: boolean; present?: boolean },
): boolean {
  const present = (t: Token): boolean =>
    span.present === true &&
    t.tags.has('Verb') &&
    (t.tags.has('PresentTense') || t.tags.has('Infinitive')) &&
    !t.tags.has('Gerund');
  return tokens.some(
    (t, k) =>
      t.start >= span.from &&
      t.end <= span.to &&
      (t.tags.has('Copula')
        ? span.copulas
        : (t.tags.has('PastTense') &&
            !t.tags.has('Participle') &&
            !AFTER_AUXILIARY.has(tokens[k - 1]?.normal ?? '')) ||
          present(t)),
  );
}
