import {
  entityDistractors,
  isEntrySubject,
  nameForm,
  surnamesOfOthers,
  titleAnswers,
} from '../distractors/entity-distractors.ts';
import { latestYear, numeralText, quantityDistractors } from '../distractors/number-distractors.ts';
import { createRandom, hashText } from '../random.ts';
import { amountBoundSide } from '../distractors/bound-side.ts';
import type {
  Analysis,
  NamedEntity,
  NameMention,
  QuantityMention,
} from '../analyze/analysis-types.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { asLanguage, namesLanguage } from './language-slot.ts';
import { spelledOutIn } from '../entities/spells-initials.ts';
import { takesThe } from '../entities/place-kind.ts';
import type { Candidate } from './candidate.ts';
import { groundAntecedent, resolveOpeningPronoun } from './resolve-opening-pronoun.ts';
import { inHeadline, peopleInEntryLead } from './in-headline.ts';
import { landGivenAway } from './land-given-away.ts';
import { CONTINENT_WORDS } from '../lexicon/land-markers.ts';
import { sameDeedNames } from './same-deed.ts';
import { sexShownFor } from './sex-shown.ts';
import {
  blankOut,
  explainWith,
  forbiddenForms,
  namedIn,
  placeDescribesNoun,
  isUsableSentence,
  leansOnCount,
  clozeText,
  countGivenAway,
  titleGives,
  wholeWordIndexes,
} from './sentence-tools.ts';

const CLOZE_TYPES = new Set(['person', 'organization', 'place', 'group', 'date']);

/**
 * "Sumeet _____": a capitalised word right before the blank is part of the same name. "Festival
 * d'été de _____": a name in French, Spanish or Italian runs on through "de", "del" or "d'".
 */
function namePartBefore(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  return /[^.!?"]\s\p{Lu}[\p{Ll}'’-]+\s$|\b(?:de|del|della|des|du|di|da|dos|das)\s$|\bd['’]$/u.test(
    before,
  );
}

/**
 * "Buffalo, New York", "Split, Croatia": a place after a comma that says where the place before it
 * lies. Its blank asks for a state or country where only one option fits the form.
 */
function locatesPlaceBefore(analysis: Analysis, mention: NameMention): boolean {
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const before = sentence.slice(Math.max(0, mention.start - 30), mention.start);
  // "Paris, Budapest and Prague" is a list, not a place and where it lies; "University of
  // California, San Diego's chancellor" names the campus.
  const closes = /^(?:['’]s\b|[,;.)]|$)/.test(sentence.slice(mention.end));
  return mention.type === 'place' && closes && /\p{Lu}[\p{L}'’.-]+, $/u.test(before);
}

/**
 * The kind word a place's mention leaves out of its full name ("the Paraná" of "Paraná River"),
 * or null when the mention is the name.
 */
function headLeftOut(mention: string, name: string): string | null {
  if (mention === name || !name.startsWith(`${mention} `)) return null;
  const head = name.slice(mention.length + 1);
  return /^\p{Lu}\p{Ll}+$/u.test(head) ? head : null;
}

/**
 * Options written like a key that leaves its kind word out: "Uruguay River" → "Uruguay"; options of
 * another kind ("Guaíra Falls") go, and bare names stay.
 */
function withoutHead(options: readonly string[], head: string): string[] {
  return options.flatMap((o) => {
    if (o.endsWith(` ${head}`)) return [o.slice(0, -head.length - 1)];
    return /\s/.test(o) ? [] : [o];
  });
}

/** "floodplains of tropical _____": no part of Europe is tropical. */
function notTropical(
  head: string,
  fits: ((o: string) => boolean) | undefined,
): ((o: string) => boolean) | undefined {
  if (!/\b(?:sub)?tropical $/i.test(head)) return fits;
  return (o) => o !== 'Europe' && (fits === undefined || fits(o));
}

/**
 * What an option must be to read right after the "the" before a blank: "The _____, under
 * President Roosevelt" offers no "Colombia" beside "United States", "parts of the _____" no
 * "Sweden" beside "Holy Roman Empire". Undefined when anything fits.
 */
function afterThe(
  keyText: string,
  before: string,
  entity: NamedEntity,
): ((o: string) => boolean) | undefined {
  if (entity.type !== 'place') return undefined;
  // "in _____" (Africa): a name that takes "the" ("Americas") reads wrong without it.
  if (!/\b[Tt]he $/.test(before)) return takesThe(keyText) ? undefined : (o) => !takesThe(o);
  if (!takesThe(keyText)) return undefined;
  return takesThe;
}

/**
 * "From _____ to 17": a day that opens a range must come before the day that closes it, so no
 * "March 22" is offered.
 */
function beforeRangeEnd(after: string): ((o: string) => boolean) | undefined {
  const end = /^ ?(?:to|-|–) (\d{1,2})\b(?! \p{L}+ \d)/u.exec(after)?.[1];
  if (end === undefined) return undefined;
  return (o) => Number(/\b(\d{1,2})\b/.exec(o)?.[1] ?? 0) < Number(end);
}

/** The lands, lower-cased, of the peoples a sentence names ("Scottish" → "scotland"). */
function landsOfPeoplesIn(sentence: string): string[] {
  const words = sentence.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [];
  return words.flatMap((w) => {
    const land = NATIONALITIES[w.toLowerCase()];
    return land === undefined ? [] : [land.toLowerCase()];
  });
}

/**
 * "The _____ government … in China", "federal states of _____; many German car prefixes": a country
 * beside its people word, or the other way round, makes the blank easy, so it is asked only when
 * nothing better is left.
 */
function kinInSentence(entity: NamedEntity, keyText: string, sentence: string): boolean {
  const country = NATIONALITIES[keyText.toLowerCase()];
  if (entity.type === 'group')
    return (country !== undefined && sentence.includes(country)) || kinWordIn(keyText, sentence);
  if (entity.type !== 'place' || entity.subtype !== 'country') return false;
  const name = entity.name.toLowerCase();
  const lower = sentence.toLowerCase();
  return (
    Object.entries(NATIONALITIES).some(
      ([people, land]) => land.toLowerCase() === name && wholeWordIndexes(lower, people).length > 0,
    ) || kinWordIn(keyText, sentence)
  );
}

/**
 * "Defeat by the Seljuk Turks … opened Anatolia to _____ settlement": another word of the key's
 * stem ("Turks" for "Turkish", "Bulgar" for "Bulgaria") in the sentence.
 */
function kinWordIn(keyText: string, sentence: string): boolean {
  // "Turkish" → "turk", "Bulgaria" → "bulgar" ("the Bulgar-Slayer"), "China" → "chin" ("Chinese").
  const stem = keyText.toLowerCase().replace(/(?:ish|ian|an|ese|i|s|ia|ey|y|a)$/, '');
  if (stem.length < 4) return false;
  return (sentence.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (w) => w.startsWith(stem) && w !== keyText.toLowerCase(),
  );
}

/**
 * "But the Bulgarian, who reached …": a people's word as a noun for one person, who was named
 * before. "The French ceded Canada" and "the Germans, who …" speak of a whole people.
 */
function personByPeople(sentence: string, mention: NameMention): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 4), mention.start);
  const after = sentence.slice(mention.end);
  return (
    /\b[Tt]he $/.test(before) &&
    !/(?:s|ch|sh|ese)$/.test(mention.text) &&
    /^(?:,|\s+(?:who|has|had|was|is|said|says|won|lost|\p{Ll}+ed)\b)/u.test(after)
  );
}

/** What is said only of people: an organization named as its subject stands for one of them. */
const PERSONAL_PREDICATE = /\b(?:diagnosed|was born|died|native of|married|his|her|he|she)\b/i;

/** The aliases of the person an entry is about, worked out once per article. */
const entryPersons = new WeakMap<Analysis, string[]>();

/**
 * "he travelled … as _____'s assistant" in the entry "Michael Faraday": the person an entry is
 * about, whom the sentence names by a pronoun, is no option for someone else in it.
 */
function subjectByPronoun(analysis: Analysis, sentence: string): string[] {
  if (!/\b(?:he|his|him|she|her)\b/i.test(sentence)) return [];
  const known = entryPersons.get(analysis);
  if (known) return known;
  const aliases = [...analysis.entities.values()]
    .filter((e) => e.type === 'person' && isEntrySubject(analysis, e))
    .flatMap((e) => [...e.aliases]);
  entryPersons.set(analysis, aliases);
  return aliases;
}

/** "The Burke and _____ expedition" under "Burke and Wills expedition": a blank the title fills. */
function withinTitle(analysis: Analysis, mention: NameMention): boolean {
  const title = analysis.segmented.title?.text.toLowerCase() ?? '';
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized.toLowerCase() ?? '';
  if (title === '' || !title.includes(' ')) return false;
  for (let at = sentence.indexOf(title); at !== -1; at = sentence.indexOf(title, at + 1))
    if (at <= mention.start && mention.end <= at + title.length) return true;
  return false;
}

/** "the Australian continent": a people's word before "continent" names one. */
const CONTINENT_AFTER = /^ continent\b/;

/** Every form of the entity a name ("Nzinga Mbande's") stands for, or the bare name alone. */
function aliasesOfName(analysis: Analysis, name: string): string[] {
  const bare = name.replace(/['’]s?$/, '').toLowerCase();
  const entity = [...analysis.entities.values()].find((e) => e.aliases.has(bare));
  return entity ? [bare, ...entity.aliases] : [bare];
}

/** A fill-in-the-blank on one name or date mention, or null when it cannot be asked fairly. */
export function entityCloze(
  analysis: Analysis,
  mention: NameMention,
  seed: number,
  putIn: readonly string[] = [],
): Candidate | null {
  const sentence = analysis.segmented.sentences[mention.sentence];
  const entity = analysis.entities.get(mention.entity);
  if (!sentence || !entity || !CLOZE_TYPES.has(entity.type)) return null;
  if (/^(?:[A-Z]\.){2,}$/.test(mention.text) || mention.text.length < 3) return null;
  // "… Trade in Endangered Species …, known as _____": the sentence spells the key's letters out.
  if (spelledOutIn(sentence.normalized.replace(mention.text, ''), mention.text)) return null;
  // "Saint-Clair-sur-Epte": a blank inside a longer word reads wrong; so does one on half of
  // "Yusuf/Cat Stevens", two names of one person.
  const around = `${sentence.normalized.charAt(mention.start - 1)}${sentence.normalized.charAt(mention.end)}`;
  if (/[\p{L}\d/-]/u.test(around)) return null;
  if (namePartBefore(sentence.normalized, mention.start) || placeDescribesNoun(analysis, mention))
    return null;
  if (locatesPlaceBefore(analysis, mention)) return null;
  // "University of California, Los Angeles": a body's name that runs on past a comma.
  const after = sentence.normalized.slice(mention.end);
  // "described the process in his Dream Pool Essays": what someone owns by name is a work.
  if (
    entity.type === 'organization' &&
    /\b(?:his|her|their) $/i.test(sentence.normalized.slice(0, mention.start))
  )
    return null;
  if (entity.type === 'organization' && /^, \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?,/u.test(after))
    return null;
  // "(Portuguese: Rio Paraná; Spanish: Río Paraná)": a language's label, not a people.
  if (entity.type === 'group' && sentence.normalized.charAt(mention.end) === ':') return null;
  // "known in English as The Chronology of Ancient Nations": the English words give it away.
  if (/^english$/i.test(mention.text) && /^ as\b/.test(after)) return null;
  if (entity.type === 'group' && personByPeople(sentence.normalized, mention)) return null;
  // "Van Halen had been diagnosed with cancer": the band's name standing for a person.
  if (
    entity.type === 'organization' &&
    mention.start === 0 &&
    PERSONAL_PREDICATE.test(sentence.normalized)
  )
    return null;
  // "The _____ is a former temple …" under the title "Parthenon": the title gives the key.
  if (titleAnswers(analysis, entity) || withinTitle(analysis, mention)) return null;
  const easy = kinInSentence(entity, mention.text, sentence.normalized);
  const form = nameForm(mention, entity);
  if (!form) return null;
  // "_____ died in 1934" for a "Curie" that Marie and Pierre Curie share: whom the key means is unclear.
  if (entity.type === 'person' && surnamesOfOthers(analysis).has(entity.name.toLowerCase()))
    return null;
  // "Slovenia's parliament … one of the strictest rules in _____": the sentence's land answers it.
  if (landGivenAway(analysis, mention, entity)) return null;
  // "fathers in _____" under "Namibian parliament passes law …": the headline answers it.
  if (inHeadline(analysis, entity)) return null;
  if (mention.sentence > 0 && peopleInEntryLead(analysis, entity)) return null;
  const keyText = mention.text;
  // Nobody the sentence already names, in any of their forms, is offered for the blank.
  const inStem = [
    ...namedIn(analysis, mention.sentence).filter((a) => !entity.aliases.has(a)),
    ...sameDeedNames(analysis, mention),
    ...subjectByPronoun(analysis, sentence.normalized),
    ...putIn,
    // "the Scottish team … against _____": the land of a people the sentence names is its side.
    ...(entity.type === 'place' ? landsOfPeoplesIn(sentence.normalized) : []),
  ];
  const bareHead = entity.type === 'place' ? headLeftOut(keyText, entity.name) : null;
  const before = sentence.normalized.slice(Math.max(0, mention.start - 4), mention.start);
  const offered = entityDistractors(analysis, entity, {
    form,
    count: bareHead ? 8 : 3,
    keyText,
    avoid: inStem,
    sentence: mention.sentence,
    sex: entity.type === 'person' ? sexShownFor(analysis, mention, entity) : null,
    placedIn:
      PLACE_NAME_IN.test(
        sentence.normalized.slice(Math.max(0, mention.start - 40), mention.start),
      ) ||
      (entity.type === 'group' && LANDFORM_AFTER.test(after)),
    seed,
    fits:
      entity.type === 'date'
        ? beforeRangeEnd(after)
        : entity.type !== 'group'
          ? notTropical(
              sentence.normalized.slice(0, mention.start),
              afterThe(keyText, before, entity),
            )
          : asLanguage(sentence.normalized, mention.start, mention.end)
            ? namesLanguage
            : CONTINENT_AFTER.test(after)
              ? (o) => CONTINENT_WORDS.has(o)
              : undefined,
  });
  const distractors = bareHead ? withoutHead(offered, bareHead).slice(0, 3) : offered;
  return {
    family: 'cloze',
    type: 'multiple-choice',
    prompt: `Fill in the blank: ${blankOut(clozeText(analysis, mention.sentence) ?? '', mention.start, mention.end)}`,
    key: keyText,
    truth: true,
    distractors,
    sentences: [mention.sentence],
    answer: entity.id,
    answerType: entity.type,
    numeric: false,
    forbidden: forbiddenForms(entity),
    explanation: explainWith(analysis, [mention.sentence], `The missing words are "${keyText}".`),
    score: (entity.type === 'date' ? 1.6 : 2) - (easy ? 3 : 0),
    difficulty: 0.35,
  };
}

/** "the _____ highlands", "the _____ coast": a people's word that names a stretch of land. */
const LANDFORM_AFTER =
  /^ (?:highlands|lowlands|plateau|coast|desert|mountains|steppe|plains?|interior|countryside|border|frontier)\b/;

/** "Gombe Stream National Park in _____": a place's name, then "in", right before the blank. */
const PLACE_NAME_IN = /\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*,? in $/u;

/** How many wrong figures a number blank offers beside its key. */
const NUMBER_DISTRACTORS = 3;

/** A fill-in-the-blank on one number, or null when it cannot be asked fairly. */
export function numberCloze(
  analysis: Analysis,
  q: QuantityMention,
  seed: number,
): Candidate | null {
  const sentence = analysis.segmented.sentences[q.sentence];
  if (!sentence || q.kind === 'ordinal' || q.kind === 'age') return null;
  const keyText = numeralText(q);
  const siblings = analysis.quantities[q.sentence] ?? [];
  if (countGivenAway(sentence.normalized, q, siblings) || titleGives(analysis, keyText))
    return null;
  // "more than _____ plant species": only higher options are surely wrong, so the key is the
  // lowest; such blanks are asked when plainer ones run out.
  const side = amountBoundSide(sentence.normalized, q);
  // The key's place among the ascending options is drawn per figure, so no place gives it away.
  const draw = createRandom(seed ^ parseInt(hashText(`${q.sentence}:${keyText}`), 16));
  const distractors = quantityDistractors(q, siblings, {
    count: NUMBER_DISTRACTORS,
    lowerCount: draw.int(NUMBER_DISTRACTORS + 1),
    seed,
    sentence: sentence.normalized,
    latestYear: latestYear(analysis.quantities),
    side,
  });
  return {
    family: 'cloze',
    type: 'multiple-choice',
    prompt: `Fill in the blank: ${blankOut(clozeText(analysis, q.sentence) ?? '', q.numeralStart, q.numeralEnd)}`,
    key: keyText,
    truth: true,
    distractors,
    sentences: [q.sentence],
    // One question per figure: "five girls" and "all five deaths" are one answer.
    answer: `number:${q.value}`,
    answerType: q.kind === 'year' ? 'date' : 'number',
    numeric: true,
    forbidden: [],
    explanation: explainWith(analysis, [q.sentence], `The missing number is ${keyText}.`),
    score: (q.unit ? 2.2 : 1.7) - (side ? 0.5 : 0),
    difficulty: 0.5,
  };
}

/**
 * Fill-in-the-blank questions: a name, date or number blanked out of a plain sentence. A sentence
 * that opens with a pronoun reads with the name it safely stands for ("K2-18b is about _____
 * light-years from Earth"), and its evidence takes in the sentence that names it.
 */
export function clozeQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!isUsableSentence(sentence.normalized, 55) || leansOnCount(sentence.normalized)) return;
    if (clozeText(analysis, i) === null) return;
    const made: Candidate[] = [];
    const resolved = resolveOpeningPronoun(analysis, i);
    // "Her life …" reads "Nzinga Mbande's life …": the name put in the pronoun's place is no option.
    const putIn = resolved ? aliasesOfName(analysis, resolved.name) : [];
    for (const m of analysis.mentions[i] ?? []) {
      const c = entityCloze(analysis, m, seed, putIn);
      if (c) made.push(c);
    }
    for (const q of analysis.quantities[i] ?? []) {
      // "about 60 km (37 mi)": a conversion beside the blank gives the number away, and so does
      // one after the range the number opens ("about 30 to 40 cm (12 to 16 in)").
      const next = sentence.normalized.slice(q.end, q.end + 40);
      if (/^\s*(?:(?:to|-|–)\s*[\d,.]+\s*)?[a-z]*\.?\s*\(\s*~?\d/.test(next)) continue;
      const c = numberCloze(analysis, q, seed);
      if (c) made.push(c);
    }
    if (resolved) {
      const opening = `Fill in the blank: ${resolved.lead}${resolved.pronoun} `;
      for (const c of made)
        c.prompt = c.prompt.replace(
          opening,
          `Fill in the blank: ${resolved.lead}${resolved.name} `,
        );
      groundAntecedent(analysis, made, resolved.antecedentSentence);
    }
    out.push(...made);
  });
  return out;
}
