import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import { containsPhrase } from '../audit/contains-phrase.ts';
import { entryTitle } from '../distractors/entry-title.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { COUNTRIES_WITHIN } from '../lexicon/place-words.ts';
import { REALM_NOUNS } from '../lexicon/thing-words.ts';

/**
 * True for a place the headline names, itself or by its people's word ("Landslide buries homes in
 * Sri Lankan hill village"): a blank on it is answered before the article is read.
 */
export function inHeadline(analysis: Analysis, entity: NamedEntity): boolean {
  const title = analysis.segmented.title?.text ?? '';
  // An entry's title names its subject, which isEntrySubject keeps out, but its people's word
  // ("Philippine eagle") still answers a blank on their land.
  const kind = entity.type === 'place' || entity.subtype === 'nationality';
  if (!kind || title === '') return false;
  const entry = entryTitle(analysis) !== '';
  const named =
    title.toLowerCase().includes(entity.name.toLowerCase()) && containsPhrase(title, entity.name);
  // "The _____ health ministry" under "…, Dutch trial finds": the headline's people is the key.
  const land = NATIONALITIES[entity.name.toLowerCase()];
  const people = entity.type === 'group' ? land : entity.name;
  // "French and Indian War": a title that names two sides answers no "which country".
  if (entry && (entity.type !== 'place' || / and /.test(title))) return false;
  // "Germany declared a protectorate over the _____" under "Marshall Islands stick chart".
  if (named) return true;
  if (people === undefined) return false;
  // "… in Korean children" answers "South Korea", a part of the land the people's word names.
  const whole = COUNTRIES_WITHIN[people.toLowerCase()];
  const peoples = headlinePeoples(analysis, title);
  return peoples.has(people) || (whole !== undefined && peoples.has(whole));
}

const peoplesInHeadline = new WeakMap<Analysis, Set<string>>();

/** The countries whose people's word the headline uses, worked out once per article. */
function headlinePeoples(analysis: Analysis, title: string): Set<string> {
  const known = peoplesInHeadline.get(analysis);
  if (known) return known;
  const lower = title.toLowerCase();
  const found = new Set(
    Object.entries(NATIONALITIES)
      .filter(([people]) => lower.includes(people) && containsPhrase(title, people))
      .map(([, country]) => country),
  );
  peoplesInHeadline.set(analysis, found);
  return found;
}

/**
 * True for a land an entry's opening sentence names by its people's word before a realm's noun
 * ("the last monarch of the Hawaiian Kingdom"): the land of the subject, which a blank elsewhere
 * ("the United States annexed _____") asks only in name.
 */
export function peopleInEntryLead(analysis: Analysis, entity: NamedEntity): boolean {
  if (entity.type !== 'place' || entryTitle(analysis) === '') return false;
  const lead = analysis.segmented.sentences[0]?.normalized ?? '';
  const name = entity.name;
  // The people's word names the subject's realm: "the Hawaiian Kingdom", not "the Swiss canton".
  return [...lead.matchAll(/(\p{Lu}[\p{L}'’-]*) (\p{L}+)/gu)].some(
    ([, word = '', noun = '']) =>
      REALM_NOUNS.has(noun.toLowerCase()) &&
      ((word.startsWith(name) && /^(?:n|an|ian|ese|i|ic)$/.test(word.slice(name.length))) ||
        NATIONALITIES[word.toLowerCase()] === name),
  );
}
