import { FORMER_REALMS, LAND_FORMS, PLACE_KIND_WORDS } from '../lexicon/place-words.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';

/** The kind of each listed subtype; "region" places are sorted by their name's words instead. */
const SUBTYPE_KINDS: Readonly<Record<string, string>> = {
  city: 'settlement',
  state: 'region',
  country: 'country',
  continent: 'continent',
  river: 'water',
};

/**
 * The kind of place a name's head word marks: its last word ("Iguazu River" → "water", "Entre
 * Ríos Province" → "region"), else its first ("Rio Paraná", "Lake Constance"); null when
 * neither does ("Fresno County Courthouse").
 */
export function placeNameKind(name: string): string | null {
  return headWordKind(name, PLACE_KIND_WORDS);
}

/**
 * What `kinds` says a name's head word is: its last word's entry, else its first's ("Iguazu River",
 * "Lake Constance"); null when neither has one.
 */
export function headWordKind(name: string, kinds: Readonly<Record<string, string>>): string | null {
  const words = name
    .toLowerCase()
    .replace(/^the /, '')
    .split(/[\s.,–-]+/)
    .filter(Boolean);
  return kinds[words.at(-1) ?? ''] ?? kinds[words[0] ?? ''] ?? null;
}

/**
 * "the Paranaíba and Grande rivers": a plural kind word after a name gives its kind. A singular
 * one does not, as the name only places it ("the Seine valley", "Brennford airport").
 */
function kindAfter(analysis: Analysis, mention: NameMention): string | null {
  const tokens = analysis.tokens[mention.sentence] ?? [];
  // "the Allegheny and Monongahela rivers": the plural closes the whole list.
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const listed = LISTED_BEFORE_PLURAL.exec(sentence.slice(mention.end));
  const end = listed
    ? mention.end + (listed[0].length - (listed[1] as string).length - 1)
    : mention.end;
  const at = tokens.findIndex((t) => t.start >= end);
  const [last, next] = [tokens[at - 1], tokens[at]];
  if (!last || !next || !/^\s+$/.test(last.post) || !/^[a-z]+s$/.test(next.text)) return null;
  // "… where Rosario states that": a verb, not a kind.
  if (next.tags.has('Verb')) return null;
  return kindWord(next.normal.replace(/s$/, ''));
}

/** The form of a kind word that the table lists ("temples" as "temple"), or null. */
function kindWord(word: string): string | null {
  for (const form of [word, word.replace(/s$/, ''), word.replace(/es$/, '')])
    if (Object.hasOwn(PLACE_KIND_WORDS, form)) return form;
  return null;
}

/** The other names of a list after a name, up to the plural that closes it. */
const LISTED_BEFORE_PLURAL =
  /^(?:(?:, and |, or |, | and | or )\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)+ ([a-z]+s)\b/u;

/**
 * "the Andean region of Áncash", "the northern island of Ezo", "the river Aare": a kind word, with
 * or without "of", before a name.
 */
function kindBefore(analysis: Analysis, mention: NameMention): string | null {
  const before = analysis.segmented.sentences[mention.sentence]?.normalized.slice(0, mention.start);
  // "a major river of Southeast Asia" names a river of that region, not the region's kind. The
  // kind word is the one before "of" ("the canton of Graubünden"), not "of" itself, and may follow
  // a people's word ("the German state of Baden-Württemberg"), or come before the name it is
  // known by ("the freestanding temple known as Qasr al-Bint").
  // "two principal islands, Unguja, …": a plural kind word set before the names of its kind.
  const word =
    /\b[Tt]he (?:[A-Za-z'’-]+ ){0,2}?([a-z]+)(?: of | known as | called | named |, | )$/.exec(
      before ?? '',
    )?.[1] ?? /\b[a-z]+ ([a-z]{3,}s), $/.exec(before ?? '')?.[1];
  if (word === undefined) return null;
  // "the nearby temples of Mendut", "the volcanoes Merapi, Merbabu …": a plural kind word too.
  return kindWord(word);
}

/**
 * "the volcanoes Merapi, Merbabu, Sumbing and Sindoro", "the temples of Mendut and Pawon": the
 * names before a place in a list, back to the kind word that opens it.
 */
const LIST_RUN_BEFORE =
  /(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:, and |, or |, | and | or ))+$/u;

/** The kind a kind word before the mention gives, or the one before the list it closes. */
function kindBeforeOrList(analysis: Analysis, mention: NameMention): string | null {
  const direct = kindBefore(analysis, mention);
  if (direct !== null) return direct;
  const before =
    analysis.segmented.sentences[mention.sentence]?.normalized.slice(0, mention.start) ?? '';
  const run = LIST_RUN_BEFORE.exec(before);
  return run ? kindBefore(analysis, { ...mention, start: run.index }) : null;
}

/** ", one of the world's highest active volcanoes", ", a volcano in …": a kind set off after a name. */
const KIND_SET_OFF =
  /^, (?:one of the (?:[\p{L}'’-]+ ){0,3}?([a-z]+?)(?:e?s)\b|(?:a|an) (?:[\p{L}-]+ ){0,2}?([a-z]+)(?=[ ,.;]))/u;

/** The kind an appositive right after the mention names ("Cotopaxi, one of the … volcanoes"). */
function kindSetOff(analysis: Analysis, mention: NameMention): string | null {
  const after = analysis.segmented.sentences[mention.sentence]?.normalized.slice(mention.end);
  const found = KIND_SET_OFF.exec(after ?? '');
  const word = found?.[1] ?? found?.[2];
  return word === undefined || !Object.hasOwn(PLACE_KIND_WORDS, word) ? null : word;
}

/** The one entry of `table` that the kind words around the entity's mentions give, or null. */
function kindFromContext(
  analysis: Analysis,
  entity: NamedEntity,
  table: Readonly<Record<string, string>> = PLACE_KIND_WORDS,
): string | null {
  const found = new Set(
    entity.mentions.flatMap((m) =>
      [kindAfter(analysis, m), kindBeforeOrList(analysis, m), kindSetOff(analysis, m)].map((w) =>
        w === null ? null : (table[w] ?? null),
      ),
    ),
  );
  found.delete(null);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

const landForms = new WeakMap<NamedEntity, string | null>();

/** The form of land a place of kind "land" is, from its name's words or the words around it. */
export function landFormOf(analysis: Analysis, entity: NamedEntity): string | null {
  const known = landForms.get(entity);
  if (known !== undefined) return known;
  const form =
    headWordKind(entity.name, LAND_FORMS) ?? kindFromContext(analysis, entity, LAND_FORMS);
  landForms.set(entity, form);
  return form;
}

const kinds = new WeakMap<NamedEntity, string | null>();

/**
 * The kind of a place ("water", "structure", "region", "settlement", "land", "street", or its
 * subtype "country" or "continent"), from its subtype, its name's words, or the word after it in
 * the article; null when unclear.
 */
export function placeKindOf(analysis: Analysis, entity: NamedEntity): string | null {
  const known = kinds.get(entity);
  if (known !== undefined) return known;
  const bySubtype = SUBTYPE_KINDS[entity.subtype ?? ''];
  const generic = entity.subtype === undefined || entity.subtype === 'other';
  // "Macedon", "Silla": a realm of the past is a land, as a country is.
  const realm = FORMER_REALMS.has(entity.name.toLowerCase()) ? 'country' : null;
  const kind =
    bySubtype ??
    realm ??
    placeNameKind(entity.name) ??
    (generic ? kindFromContext(analysis, entity) : null);
  kinds.set(entity, kind);
  return kind;
}
