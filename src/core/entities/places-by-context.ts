import type { RawName } from './build-entities.ts';
import { areaKindOf } from './place-kind.ts';
import { PLACE_KIND_WORDS } from '../lexicon/place-words.ts';

/** "habitat loss on Flores", "a village near Rinca": a preposition of place right before a name. */
const PLACE_PREPOSITION = /\b(?:in|on|near|across|throughout)\s$/;

/** "Al Ain", "El Alamein": the Arabic article, written apart, before a one-word name. */
const ARABIC_ARTICLE = /^(?:Al|El|Ad|Ar|As|Ash) \p{Lu}[\p{L}'’-]+$/u;

/**
 * ", a town of about 58,000 people", ', the "Treasury", a façade roughly 40 metres tall': a word for
 * a kind of place heading an appositive, after a gloss in quotation marks or not.
 */
const KIND_APPOSITIVE =
  /^, (?:the "[^"]+", )?(?:a|an|the) (?:[\p{L}-]+ ){0,2}?([\p{Ll}]+)(?= of\b| in\b| on\b| near\b| where\b| that\b| which\b| roughly\b| about\b| some\b| built\b| carved\b| cut\b|[,.;])/u;

/**
 * ", officially the … (Turkish: …), is a former Byzantine cathedral in …": a word for a kind of
 * place that the sentence says the name is.
 */
const KIND_COPULA =
  /^(?:,[^.;]*?,)? (?:is|was) (?:a|an) (?:former )?(?:[\p{L}-]+ ){0,3}?([\p{Ll}]+)(?= in\b| on\b| of\b| built\b| that\b| which\b|[,.;])/u;

/**
 * True when the name is set off by ", a town of …", ", the capital of …", ", a tomb …" and the
 * like, or is said to be one ("… is a former Byzantine cathedral").
 */
function placeByAppositive(after: string): boolean {
  const kind = KIND_APPOSITIVE.exec(after)?.[1] ?? KIND_COPULA.exec(after)?.[1];
  if (kind === undefined) return false;
  return kind === 'capital' || areaKindOf(kind) !== null || PLACE_KIND_WORDS[kind] === 'structure';
}

/**
 * Names typed as people with no title that the article shows to be places, lower-cased: one set off
 * by ", a town of …", or a one-word one put after a preposition of place ("on Flores") — a surname
 * alone, never given a first name or a title, is then the place.
 */
export function placesByContext(
  names: readonly RawName[],
  sentences: readonly string[],
  personWords: ReadonlySet<string>,
): Set<string> {
  const titled = new Set(names.filter((n) => n.role).map((n) => n.text.toLowerCase()));
  const found = new Set<string>();
  for (const n of names) {
    const lower = n.text.toLowerCase();
    if (n.type !== 'person' || n.role) continue;
    const sentence = sentences[n.sentence] ?? '';
    if (placeByAppositive(sentence.slice(n.end))) found.add(lower);
    const before = sentence.slice(Math.max(0, n.start - 12), n.start);
    // "channels found near Al Ain": a name with the Arabic article, after a preposition of place.
    if (ARABIC_ARTICLE.test(n.text) && PLACE_PREPOSITION.test(before)) found.add(lower);
    if (/\s/.test(n.text) || personWords.has(lower)) continue;
    // "in Smith's view"; "interest in Aristotle, William of Ockham and …" lists people.
    const followed = /^(?:['’]|,? (?:and |or )?\p{Lu}|, \p{Lu})/u.test(sentence.slice(n.end));
    if (!titled.has(lower) && !followed && PLACE_PREPOSITION.test(before)) found.add(lower);
  }
  return found;
}
