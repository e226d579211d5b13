import {
  entityDistractors,
  isEntrySubject,
  nameForm,
  organizationKind,
  samePeople,
} from '../distractors/entity-distractors.ts';
import { asLanguage, namesLanguage } from './language-slot.ts';
import { peopleInEntryLead } from './in-headline.ts';
import { landGivenAway } from './land-given-away.ts';
import { containsPhrase } from '../audit/contains-phrase.ts';
import { takesThe } from '../entities/place-kind.ts';
import { HONORIFICS, RANKS_BEFORE_NAMES } from '../lexicon/role-words.ts';
import { givenNameWord } from '../nlp/word-sorts.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { namedIn, placeDescribesNoun } from './sentence-tools.ts';
import { falseVersion, holdsAt } from './statement-candidate.ts';
import type { StatementContext } from './statement-context.ts';

const GENDERED = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;

const titles = new WeakMap<Analysis, { text: string; owner: string }[]>();

/** Every title of two words or more the article gives a person, once each, in article order. */
function titlesOf(analysis: Analysis): { text: string; owner: string }[] {
  const known = titles.get(analysis);
  if (known) return known;
  const seen = new Set<string>();
  const list: { text: string; owner: string }[] = [];
  for (const e of analysis.entities.values()) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      if (seen.has(r.text) || !/\s/.test(r.text)) continue;
      seen.add(r.text);
      list.push({ text: r.text, owner: e.id });
    }
  }
  titles.set(analysis, list);
  return list;
}

/**
 * "U.S. Secretary of State John Kerry" → "U.S. Defense Secretary John Kerry": a title the article
 * gives someone else, put in front of this person's name.
 */
export function swappedRoles({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of analysis.mentions[i] ?? []) {
    const person = analysis.entities.get(m.entity);
    if (!m.role || !person || person.type !== 'person') continue;
    // "… trade and industry commissioner X": a title cut short would be swapped into nonsense.
    const roleAt = at(m.role.start);
    if (roleAt === null || /\b(?:and|of|&)\s$/.test(text.slice(0, roleAt))) continue;
    const own = new Set(person.roles.map((r) => r.text.toLowerCase()));
    for (const other of analysis.mentions[i] ?? [])
      if (other.role) own.add(other.role.text.toLowerCase());
    const others = titlesOf(analysis)
      .filter((t) => t.owner !== person.id && !own.has(t.text.toLowerCase()))
      .map((t) => t.text);
    const swap = others[seed % Math.max(1, others.length)];
    if (!swap || !holdsAt(text, roleAt, m.role.text) || !/\s/.test(m.role.text)) continue;
    out.push(
      falseVersion(analysis, i, text, {
        start: roleAt,
        original: m.role.text,
        swap,
        answer: `role:${m.entity}@${i}`,
      }),
    );
  }
  return out;
}

/** The entity of `type` the article names `name`, in any of its forms. */
function entityNamed(analysis: Analysis, type: string, name: string): NamedEntity | undefined {
  const lower = name.toLowerCase();
  return [...analysis.entities.values()].find((e) => e.type === type && e.aliases.has(lower));
}

/** How the article writes the place `name`: after "the" every time, never, or both ways. */
function theUse(analysis: Analysis, name: string): 'always' | 'never' | 'mixed' {
  const place = entityNamed(analysis, 'place', name);
  if (place === undefined || place.mentions.length === 0) return 'mixed';
  const after = place.mentions.map((x) =>
    /\bthe $/i.test(
      analysis.segmented.sentences[x.sentence]?.normalized.slice(
        Math.max(0, x.start - 4),
        x.start,
      ) ?? '',
    ),
  );
  return after.every(Boolean) ? 'always' : after.some(Boolean) ? 'mixed' : 'never';
}

/** True when the article writes the place `name` after "the" every time ("the Americas"). */
const alwaysAfterThe = (analysis: Analysis, name: string): boolean =>
  theUse(analysis, name) === 'always';

/** True when the person the article names `name` is given `title` somewhere in it. */
function holdsTitle(analysis: Analysis, name: string, title: string): boolean {
  const person = entityNamed(analysis, 'person', name);
  return person?.mentions.some((x) => x.role?.text === title) === true;
}

/** Where a name is swapped: the statement, the mention's place in it, and what replaces it. */
interface Swap {
  i: number;
  text: string;
  start: number;
  mention: NameMention;
  entity: NamedEntity;
  swap: string;
}

/** True when the statement still reads right, and says one clear thing, with the name swapped. */
function swapReads(
  analysis: Analysis,
  { i, text, start, mention: m, entity, swap }: Swap,
): boolean {
  // "the United States" → "the Israel" reads wrong, and "an attack on Israel" → "an attack on
  // United States"; "US prices" → "Israel prices" too.
  const afterThe = /\bthe\s$/i.test(text.slice(0, start));
  // "threatened the Tower of London" → "the London Bridge", a name the article writes bare.
  const articleClash = afterThe
    ? !takesThe(swap) || (entity.type === 'place' && theUse(analysis, swap) === 'never')
    : entity.type === 'place' &&
      (takesThe(swap) || alwaysAfterThe(analysis, swap)) &&
      !takesThe(m.text);
  // "Coast Guard (USCG)": a short form in brackets spells out the name before it.
  const bracketed =
    (text[start - 1] === '(' && text[start + m.text.length] === ')') ||
    placeDescribesNoun(analysis, m);
  // "between Russia and the People's Republic of China" → "between China and …": a name the
  // statement already holds, inside a longer one, would make it say the same place twice.
  const repeated = text.includes(swap) && containsPhrase(text, swap, { ignoreCase: false });
  // "Together with Saint Helena …, it forms the Territory of Saint Helena, Ascension and …": a name
  // the statement gives again, in a longer one, tells what the swap took out.
  const rest = text.slice(0, start) + text.slice(start + m.text.length);
  const againAt = (words: string): boolean =>
    rest.includes(words) && containsPhrase(rest, words, { ignoreCase: false });
  const givenAgain = againAt(m.text) || distinctWords(m.text).some(againAt);
  // "As Asian populations declined, trade shifted to Chinese species": a people inside another
  // the statement names would make it contradict itself.
  const nestedPeople =
    entity.type === 'group' &&
    (analysis.mentions[i] ?? []).some(
      (o) => o.type === 'group' && o !== m && samePeople(o.text.toLowerCase(), swap.toLowerCase()),
    );
  // "Dr MacLennan said" → "Dr Drummond said", "Pope Alexander VI" → "Pope Christopher Columbus":
  // an honorific or a rank kept before the name must be the swapped person's too.
  const title = m.role?.text.toLowerCase() ?? '';
  const honorific =
    m.role && (HONORIFICS.has(title) || RANKS_BEFORE_NAMES.has(title)) ? m.role.text : null;
  const titleClash = honorific !== null && !holdsTitle(analysis, swap, honorific);
  // "composed works in Persian" → "in European": a language's place takes only a language.
  const noLanguage =
    entity.type === 'group' &&
    asLanguage(text, start, start + m.text.length) &&
    !namesLanguage(swap);
  // "in several countries, including Colombia, Venezuela and Argentina": an open list, which the
  // swapped name may belong to as well.
  const openList =
    OPEN_LIST_BEFORE.test(text.slice(0, start)) ||
    (entity.type === 'place' && KIND_LIST_BEFORE.test(text.slice(0, start)));
  // "Edward Lodewijk "Eddie" Van Halen": a band's name that is the end of a person's.
  const nameEnd = entity.type !== 'person' && endsPersonName(text.slice(0, start));
  // "died at Gleneagles Hospital" → "at Movement for Democratic Change", "OPEC raised the price"
  // → "Haramain Foundation raised …": a body of a known kind takes only one of the same kind, and
  // one of no known kind none of a known kind.
  const kindClash =
    entity.type === 'organization' && organizationKind(entity.name) !== organizationKind(swap);
  // "charities such as al-Haramain": a name glued to a word or a prefix by a hyphen.
  const glued = /[\p{L}\d-]/u.test(
    `${text.charAt(start - 1)}${text.charAt(start + m.text.length)}`,
  );
  // "European exploration came late" → "American exploration": a people's word that describes a
  // group or a thing, not a named one or someone's origin, makes a claim the article leaves open.
  // "Italian and American companies": the other peoples of the list describe the same noun.
  const after = text.slice(start + m.text.length).replace(/^(?:,? (?:and|or) \p{Lu}\p{Ll}+)+/u, '');
  // "Roald Amundsen was a Norwegian polar explorer", "Thesiger, a British traveller": the people
  // of someone named, said of them.
  const saidOfNamed =
    /(?:\b(?:is|was|are|were|became|becomes|remains|remained) |\p{L}, )(?:an?|the) $/u.test(
      text.slice(0, start),
    );
  const openClaim =
    entity.type === 'group' &&
    !saidOfNamed &&
    /^ \p{Ll}/u.test(after) &&
    !/^ (?:descent|origin|ancestry|birth|nationality|citizenship|citizens?|nationals?)\b/.test(
      after,
    ) &&
    !/^(?: \p{Ll}+){1,3} \p{Lu}\p{Ll}/u.test(after);
  return !(
    givenAgain ||
    openClaim ||
    nameEnd ||
    glued ||
    kindClash ||
    articleClash ||
    bracketed ||
    repeated ||
    nestedPeople ||
    titleClash ||
    noLanguage ||
    openList
  );
}

/** Words that open or close many names and tell none apart ("Saint", "Island", "North"). */
const NAME_FRAME_WORDS = new Set(
  'Saint San Santa Lake Mount River Island Islands North South East West New Great Little Upper Lower Fort Port Cape Bay City'.split(
    ' ',
  ),
);

/** The words of a name of several words that tell it apart ("Ascension" of "Ascension Island"). */
function distinctWords(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length < 2
    ? []
    : words.filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !NAME_FRAME_WORDS.has(w));
}

/** True when the text before a name ends in a nickname in quotes or a given name ("Eddie"). */
function endsPersonName(before: string): boolean {
  const word = /(["“]?)(\p{Lu}\p{Ll}+)(["”]?)\s$/u.exec(before);
  if (!word) return false;
  return (word[1] !== '' && word[3] !== '') || givenNameWord(word[2] ?? '');
}

/**
 * "the islands of Abd al Kuri, Samhah and Darsah": a list of places of one kind, which another
 * place of the article, of another kind or none, would not fit.
 */
const KIND_LIST_BEFORE = /\bthe \p{Ll}+s of (?:\p{Lu}[^,.;]*, )*(?:\p{Lu}[^,.;]*,? and )?$/u;

/** "including", "such as", then any names before the one in question. */
const OPEN_LIST_BEFORE =
  /\b(?:including|such as|notably|among them)\s(?:(?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*(?:,\s|,?\s(?:and|or)\s))*(?:the\s)?$/u;

/** The statement with a name swapped for another of the same type from the article: false. */
export function swappedEntities({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  const inSentence = namedIn(analysis, i);
  for (const m of analysis.mentions[i] ?? []) {
    const entity = analysis.entities.get(m.entity);
    if (
      !entity ||
      (entity.type === 'date' && entity.subtype !== 'weekday' && entity.subtype !== 'month')
    )
      continue;
    const start = at(m.start);
    if (start === null) continue;
    const form = nameForm(m, entity);
    if (!form || !holdsAt(text, start, m.text)) continue;
    // "Today Tashkent is a major tourist destination" for Samarkand: what an entry says of its
    // subject may hold of another place or person too.
    if (isEntrySubject(analysis, entity)) continue;
    // "the Zulu people in southeastern Europe": a continent the sentence places is false at a glance.
    if (entity.subtype === 'continent' && landGivenAway(analysis, m, entity)) continue;
    // "the United States annexed Kansas" in an entry on the last queen of the Hawaiian Kingdom.
    if (i > 0 && peopleInEntryLead(analysis, entity)) continue;
    // "Trump had agreed to … her opponents' plans": a swapped person may not fit "her" or "his".
    if (entity.type === 'person' && GENDERED.test(text)) continue;
    const [swap] = entityDistractors(analysis, entity, {
      form,
      count: 1,
      keyText: m.text,
      avoid: inSentence,
      sentence: i,
      seed,
    });
    if (!swap || /^(?:[A-Z]\.?){2,3}$/.test(m.text)) continue;
    if (!swapReads(analysis, { i, text, start, mention: m, entity, swap })) continue;
    out.push(
      falseVersion(analysis, i, text, {
        start,
        original: m.text,
        swap,
        answer: `${m.entity}@${i}`,
      }),
    );
  }
  return out;
}
