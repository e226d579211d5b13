import {
  AUXILIARIES,
  CLAUSE_LEADS,
  COPULAS,
  EXISTENCE_VERBS,
  FINITE_COPULAS,
  GENERIC_DOERS,
  GENERIC_SUBJECTS,
  POINTED_NOUNS,
  SUBJECTLESS_LEADS,
} from '../lexicon/clause-words.ts';
import { MONTHS } from '../lexicon/common-words.ts';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { namesSomeone as wordForPeople, pluralNoun } from '../nlp/word-sorts.ts';

const BE_FORMS = [...COPULAS, 'being'];
const BE = BE_FORMS.join('|');
const AFTER_THERE = [...new Set([...BE_FORMS, ...AUXILIARIES, ...EXISTENCE_VERBS])].join('|');
/** "played there": "there" that is not the "there is / there were" of existence names a place said before. */
const THERE_POINTING = new RegExp(
  `(?:^|(?<!\\b(?:${BE})) )there\\b(?! (?:${AFTER_THERE})\\b)`,
  'i',
);
/** Words in -s that are no plural nouns ("Perhaps there were …"). */
const NOT_NOUNS_IN_S = [
  'always',
  'perhaps',
  'thus',
  'sometimes',
  'unless',
  'whereas',
  'afterwards',
  'besides',
];
/** Each word in lower case and with a capital ("perhaps|Perhaps"). */
const capitalisedToo = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]).join('|');
/**
 * "Conditions there were appalling": "there" right after a plural noun and before "were" is the
 * place named before, not the "there were" of existence.
 */
const NOUN_THERE = new RegExp(
  `(?:^|, (?:and|but) )(?:\\S+ ){0,2}(?!(?:${capitalisedToo(NOT_NOUNS_IN_S)})\\b)\\p{L}+[^s\\W]s there (?:${FINITE_COPULAS.join('|')})\\b`,
  'u',
);
/** "Rangers and staff there have been attacked": "there" after a noun, not "Since then there have been". */
const NOUN_THERE_PASSIVE =
  /\b(?!(?:then|now|so|and|but|because|that|where|when|as|if|although|while|since)\b)\p{Ll}{3,} there (?:have|has|had) been \p{Ll}+ed\b/u;
const THAT_NOUN = new RegExp(`\\bthat (?:${POINTED_NOUNS.join('|')})\\b`, 'i');
/** "At those schools, …": a plural demonstrative before a noun points to things named before. */
const THOSE_NOUN =
  /\b(?:those|these) (?!(?:who|which|that|of|in|on|at|from|around|near|by|for|with|and|or|is|are|was|were|be|have|had|found|they|we|he|she|it|you)\b|[a-z]+ed\b|[a-z]+ing\b)[a-z]/i;
/** "credited with directing this work": "this" before a noun, but for the present "this year". */
const THIS_NOUN = new RegExp(
  `\\bthis (?!(?:${['year', 'week', 'month', 'season', 'morning', 'afternoon', 'evening', 'time', ...AUXILIARIES].join('|')})\\b)(\\p{Ll}+)`,
  'u',
);

/**
 * "Portugal considered this settlement unfavourable": "this" before a noun in the opening clause,
 * which has not named the noun before it, and not the "to this day" that means "still". Later in
 * the sentence "this" may stand for what its first clause said ("until Thursday …, but this
 * deadline was not met").
 */
function thisNounPointsBack(own: string): boolean {
  const found = THIS_NOUN.exec(own);
  if (!found) return false;
  const before = own.slice(0, found.index);
  if (before.includes(', ')) return false;
  if (/\bto $/.test(before) && found[1] === 'day') return false;
  return !before.toLowerCase().includes(found[1] as string);
}
/**
 * "Thirty-one of them are children …": a share of people or things named before ("Some of these
 * reefs …" names what they are, as a blank there does).
 */
const OF_THEM_OPENING =
  /^(?:The )?(?:[\p{L}\d,-]+|_____) of (?:them\b|(?:these|those)\b(?! (?:_____|\p{Ll}+s\b)))|^(?:[\p{L}\d,.$%-]+ |_____%? ){1,4}of them\b/iu;

/** "When it arrived, the room erupted": a pronoun as the subject of the opening clause. */
const PRONOUN_IN_LEAD = new RegExp(`^(?:${capitalisedToo(CLAUSE_LEADS)}) (?:it|he|she|they)\\b`);
/** "He held this position for the remaining _____ years": "this" before a noun, not a blank. */
const THIS_BEFORE_NOUN =
  /\bthis (?!_____)(?:position|post|role|job|office|work|place|period|model|method|idea|system|process|technique)\b/;

/**
 * "This link between two major basins …": a thing the sentence before named, but not "This year …"
 * nor "This" as the subject of a verb ("This comes after weeks of protests against …"), where
 * what the blank asks is told after it.
 */
const THIS_OPENING =
  /^This (?!(?:year|week|month|season|morning|afternoon|evening|time|is|was|has|had|will|would|can|could|may|might|means|meant|made|makes|comes|came|follows|followed|marks|marked|led|leads|gave|gives|left|became|brought|took|happened|occurred)\b)\p{Ll}/u;

/**
 * "The same issue carried …", "The resulting agreement …": the one named before, or the one that
 * came of it. "Elephants use it to breathe": a thing named before.
 */
const SAME_OPENING = /^The (?:same|resulting|ensuing) \p{Ll}/u;
/** "The best known was Louis-Auguste Cyparis": the best known of those named before. */
const BEST_KNOWN =
  /^The (?:best|most|least|least well|better)[- ]known (?:was|is|were|are|of these)\b/;
/** "All three were picked up …": a group counted before. */
const ALL_COUNTED = /^(?:All|Both) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/;
/**
 * "Five of the deaths were in Oklahoma": a share of things counted before, told by a plural noun
 * ("One of the world's …" names what it is a share of).
 */
const SHARE_OF_THE =
  /^(?:[A-Z][a-z]+|\d+) of the (?:(?:\p{Ll}+ )?\p{Ll}+[^s'’\W]s|dead|injured|wounded|missing)\b/u;
/** "… rather than tuberculosis, as the cause.": a cause or reason whose effect is told before. */
const BARE_CAUSE = /\bthe (?:cause|reason|culprit|trigger|explanation)(?=[.,;]|$)/;
/** "The burial mound that once covered it …": a thing named only in an earlier sentence. */
const CLAUSE_OBJECT_PRONOUN =
  /^The [^,]*? (?:that|which) (?:\p{Ll}+ ){0,2}\p{Ll}+ed (?:it|them)\b/u;
/** "Since the first was reported in 2007": the first of things named only before. */
const ORDINAL_ALONE =
  /\b[Tt]he (?:first|second|third|last|latest|next) (?:was|were|is|are|had|has)\b/;
/** "The new rulers used the Alhambra …": who took over is told before. */
const NEW_HOLDERS =
  /^The new (?:rulers?|owners?|leaders?|authorities|regime|government|king|queen|management)\b/;
/**
 * "But the detection could …", "Yet it …", "The agreement, however, was …": a sentence that
 * answers the one before it.
 */
const CONTRAST_OPENING =
  /^(?:But|Yet|However,|Still,|Nevertheless,|Instead,)\s|^(?:The|This|These|Those|Its|Their) [^,"]+, however,/;
/** "From the confluence the Alpine Rhine runs north": a meeting named before, of what unsaid. */
const MEETING_POINTING = /\bthe (?:confluence|junction)\b(?! of\b)/i;
const USE_IT = /\b(?:use|uses|used|using) (?:it|them) (?:to|for|as)\b/;

/** "The 26-year-old secured the title": a person known only by an age given before. */
const AGED_PERSON = /\b[Tt]he (?:\d+|_____)-year-old\b/;
/** "That last win, which came …": "That" opening a sentence as a determiner, not a clause. */
const THAT_OPENING = new RegExp(
  `^That (?!(?:${[...AUXILIARIES, 'did', 'does', 'do', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'I', 'you'].join('|')})\\b)\\p{Ll}`,
  'u',
);
/**
 * "In the same year", "since then", "The following year he …", "Two years later", "Over the
 * following centuries": a time fixed by an earlier sentence.
 */
const TIME_POINTING =
  /^(?:(?:Over|During|In|For) )?the (?:following|ensuing|subsequent) (?:_____ |\S+ )?(?:years|months|weeks|days|decades|centuries)\b|\b[Tt]he same (?:year|month|week|day|season|decade)\b|\bsince then\b|^The (?:following|next|previous) (?:year|month|week|day|season|decade)\b|^\S+ (?:years|months|weeks|days|decades) later\b|^(?:Shortly |Soon )?(?:thereafter|afterwards?)\b|^(?:Shortly|Soon) after(?:wards?)?,/i;

/**
 * "The Holy League dissolved soon afterwards", "The succession thus passed to Selim II", "Works of
 * the following decade included …", "The Sixth and the Seventh followed": what came after, or
 * came of, an event told before.
 */
const AFTER_POINTING =
  /\b(?:(?:soon|shortly) )?(?:afterwards?|thereafter)\b|\b(?:thus|therefore|hence|consequently)\b|\b(?:followed|ensued)(?=[.,;]|$)/i;
/** "the following decade": a time counted from one named before, unless the sentence names one. */
const AFTER_TIME =
  /\bthe (?:following|ensuing|subsequent|preceding|previous) (?:year|month|week|day|season|decade|century)\b/i;

/**
 * "In its preface Sejong explained", "Estimates of its size range …": a possessive before anything
 * it could stand for. "In its first year, the company …" names what "its" is right after.
 */
const POSSESSIVE_FIRST =
  /^(?:(?:In|On|At|For|From|By|With|Under|Within|Through|During) (?:its|their) [^,]*?,? (?!The\b|the\b)\p{Lu}|\p{Lu}\p{Ll}+ of (?:its|their) )/u;

/**
 * "_____ others were treated", "the new ruler granted him", "attacked the remaining brigades",
 * "runs through it.", "Larger and rarer mammals also occur": things counted, held, left or
 * compared before.
 */
const COUNTED_BEFORE =
  /^(?:_____|\p{Lu}\p{Ll}+) others\b|\bthe new (?:rulers?|king|queen|owners?|regime|management)\b|\bthe remaining (?![\d_])\p{Ll}+|\b(?:through|into|onto|across|around|inside|beside|behind) (?:it|them)[.!]$|^(?:Larger|Smaller|Bigger|Older|Younger|Newer|Higher|Lower|Greater|Fewer|Rarer|Heavier|Lighter|Earlier)(?: and \p{Ll}+er)? \p{Ll}+s\b/u;
/** "between the two countries": a count of things, unless two names stand before it. */
const THE_COUNTED =
  /\bthe (?:two|three|four|five) (?:\p{Ll}+s|men|women|children|people)\b(?! of\b)/u;

/** Capitalised words that open sentences and name nothing. */
const OPENING_WORDS: ReadonlySet<string> = new Set(
  'The A An In On At By For From Between During After Before When While Since Until With Under Over'.split(
    ' ',
  ),
);

/** "has since become": since a time the sentence has not named before it ("in 1946 …, since"). */
function sinceElsewhere(own: string): boolean {
  const found = /\b(?:has|have|had) since\b/.exec(own);
  return found !== null && !/\b\d{4}\b/.test(own.slice(0, found.index));
}

/** True when "the two countries" counts things the sentence has not named before it. */
function countedElsewhere(own: string): boolean {
  const found = THE_COUNTED.exec(own);
  if (!found) return false;
  const names = (own.slice(0, found.index).match(/\b\p{Lu}\p{Ll}+/gu) ?? []).filter(
    (w, k) => k > 0 || !OPENING_WORDS.has(w),
  );
  return names.length < 2;
}

/** True when the sentence tells what followed an event it does not name itself. */
function afterPointsBack(own: string): boolean {
  if (AFTER_POINTING.test(own)) return true;
  const time = AFTER_TIME.exec(own);
  return time !== null && !/\b\d{3,4}s?\b/.test(own.slice(0, time.index));
}

const capitalised = (words: readonly string[]): string =>
  words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|');
/**
 * A lead-in, then a comma and a pronoun: "Native to Europe, Africa and western Asia, it …",
 * "Launched on 11 April 1970, it …", "Widely regarded as …, it …", "When the institute opened in
 * 1912, they …".
 */
const LEAD_IN_PRONOUN = new RegExp(
  `^(?:(${capitalised(CLAUSE_LEADS)})|(${capitalised(SUBJECTLESS_LEADS)})|(?:\\p{Lu}\\p{Ll}+ly )?\\p{L}\\p{Ll}+(?:ing|ed)(?= \\p{Ll}))\\b(?:[^"]|"")*?, (he|she|his|her|they|their|it|its)\\b`,
  'u',
);

/** A name after "the", "at", "in", "of", "from" or "to": a place's or a thing's, no one's. */
const PLACED_NAME =
  /\b(?:the|at|in|of|from|to) (?:\p{Lu}[\p{L}'’-]*(?: (?:of|de|the) | ))*\p{Lu}[\p{L}'’-]*/gu;

/**
 * A capitalised word that may be a person's name: not "The", a month or a people ("Austrian"), and
 * not inside a name after "the", "at", "in", "of", "from" or "to" ("at the Second Battle of Panipat").
 */
function namesSomeone(text: string): boolean {
  // "Though _____ was born in …, he moved": the blank may be the one "he" means, but not one in
  // a place or time ("After his parents died in _____, he …").
  if (/(?<!\b(?:in|on|at|from|to|since|until|around|about)) _____|^_____/.test(text)) return true;
  const unplaced = text.replace(PLACED_NAME, '');
  return (unplaced.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).some(
    (w) => w !== 'The' && !(w.toLowerCase() in NATIONALITIES) && !MONTHS.includes(w),
  );
}

/**
 * "A contemporary of Marie Curie, she …", "The son of a farmer, he …": an appositive lead-in, a
 * few words with no verb of their own (unlike "The researchers found when …, they").
 */
const APPOSITIVE_LEAD =
  /^(?:A|An|The)(?: (?!(?:found|said|says|is|was|were|are|had|has|when|if|that)\b)[^\s,"]+){1,6}, (?:he|she|they) /;

/**
 * "In the heaviest category, Brazil's Rafael Nogueira Costa beat …, his third win": after the
 * lead-in's comma a clause of its own names the person "he" or "his" means.
 */
function namedAfterLead(found: string, pronoun: string): boolean {
  if (!/^(?:he|she|his|her)$/.test(pronoun)) return false;
  const comma = found.indexOf(', ');
  const between = found.slice(comma + 2, found.lastIndexOf(','));
  // A full name of two capitalised words, not a land's name after "in" or "the".
  const unplaced = between.replace(PLACED_NAME, '');
  return comma < found.lastIndexOf(',') && /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(unplaced);
}

/**
 * "…, so when the aircraft failed to stop on the runway, it fell": a clause right before the
 * pronoun whose own subject, "the <noun>", is what "it" (or, plural, "they") stands for.
 */
function clauseBeforePronoun(found: string, pronoun: string): boolean {
  const clause =
    /\b(?:when|if|after|because|once|while|before|until) the (\p{Ll}+)[^,]*, \p{Ll}+$/u.exec(found);
  if (!clause) return false;
  const plural = /[^s]s$/.test(clause[1] as string);
  return /^(?:it|its)$/.test(pronoun) ? !plural : /^(?:they|their)$/.test(pronoun) && plural;
}

/**
 * True when a pronoun after a lead-in stands for something named before. A clause with a subject
 * of its own may name it: "When Hahn arrived, he …", "When the bees return, they …".
 */
function leadInPointsBack(own: string): boolean {
  if (APPOSITIVE_LEAD.test(own)) return true;
  const found = LEAD_IN_PRONOUN.exec(own);
  if (!found) return false;
  const [, clause, , pronoun] = found;
  if (clause === undefined)
    return (
      !namedAfterLead(found[0], pronoun ?? '') && !clauseBeforePronoun(found[0], pronoun ?? '')
    );
  const subject = own.slice(clause.length + 1);
  // "If the House votes to impeach President Trump, he …": a name in the clause answers "he".
  const lead = own.slice(clause.length, found[0].lastIndexOf(','));
  if (/^(?:he|she|his|her)$/.test(pronoun ?? '')) return !namesSomeone(lead);
  const head = subject.split(/\s+/).slice(0, 5);
  const plural = head.includes('and') || head.some((w) => /[^s'’]s$/.test(w));
  // "Because the English and Māori texts differ …, its meaning …": "its" is no plural subject.
  if (/^(?:they|their)$/.test(pronoun ?? '')) return !plural;
  return (pronoun === 'its' && plural) || !/^(?:the\b|\p{Lu})/u.test(subject);
}

/**
 * "Of that, £410 million …", "Among them were …", "the two at first worked …": a share of, a member
 * of, or a count of what an earlier sentence named.
 */
const SHARE_POINTING =
  /^Of (?:that|this|these|those|them|it)\b|\b[Aa]mong (?:them|these|those)\b|\bthe (?:two|three|four|five) (?:at|then|also|first|later|soon|were|had|have|are|was|would|could|will|did|\p{Ll}+ed\b(?! by))\b/u;

/**
 * "In much of their range they depend on …": a fronted phrase and the subject after it both stand
 * for what was named before.
 */
/** Capitalised words that open a sentence without naming anything ("In", "When", "Measured"). */
const PLAIN_OPENER =
  /^(?:In|On|At|By|For|From|During|After|Before|Over|Across|Within|Under|Along|Through|Throughout|Since|Until|When|While|Because|Although|Though|If|Once|As|More|Most|Almost|All|Much|Part|Half|Some|None|Today|Now|Then|However|Still|Also|Later|Specifically|Together|\p{Lu}\p{Ll}+ed)$/u;

/** "Only a few of these bred …", "Many of those were …": a demonstrative with no noun of its own. */
const OF_THESE_ALONE =
  /(?<![Ww]hich )\b(?:of|among) (?:these|those)(?:,| \p{Ll}+ed\b| (?:were|are|was|is|had|have|has|did|could|would|will|survive|remain)\b)/u;

/** "In the mid-twentieth century it had …": "it" or "they" as the subject after a fronted phrase. */
const FRONTED_IT =
  /^(?:In|On|At|By|For|From|During|After|Before|Over|Across|Within|Under) (?:[\w'-]+ ){1,4}(?:it|they) (?:[a-z]+s|is|was|are|were|has|had|have)\b/;
/** Words that open a side clause, whose "it" the main clause after the comma may name. */
const SUBORDINATE_OPENER =
  /^(?:When|Whenever|If|Once|Because|Although|Though|While|As|Before|After|Until|Since)$/;
/** A helper or a past form: the words up to the comma hold the main verb, so they are no lead. */
const VERB_BEFORE_COMMA =
  /\b(?:is|was|are|were|has|had|have|will|would|can|could|may|might|\p{Ll}+ed)\b/u;

/**
 * "At its upper end is the mother well", "Measured by length and wing area it is among the
 * largest", "Geologists estimate its age": "it" or "its" within a short opening that names nothing
 * it could stand for. "In its first year, the firm …" names it after a comma.
 */
function earlyItPointsBack(own: string): boolean {
  const found = /^((?:\S+ ){1,7}?)(it|its)\b/.exec(own);
  if (!found) return false;
  const before = (found[1] ?? '').trim().split(' ');
  const names = (w: string, k: number): boolean =>
    /^(?:the|a|an|a\(n\)|this|that|these|those|which|who|what|"")[,;]?$/i.test(w) ||
    w === '_____' ||
    (/^\p{Lu}/u.test(w) && !(k === 0 && (PLAIN_OPENER.test(w) || wordForPeople(w.toLowerCase()))));
  if (before.some(names)) return false;
  const rest = own.slice(found[0].length);
  const comma = rest.indexOf(', ');
  if (comma < 0) return true;
  // "When it opened in 1990, the telescope …": a clause that names its "it" after the comma.
  if (SUBORDINATE_OPENER.test(before[0] ?? '')) return false;
  // "In its first year, the firm …", but not "At its upper end is the mother well, a shaft …",
  // nor "its age at 12 million years, which makes it …", where no subject follows the comma.
  return (
    found[2] === 'it' ||
    VERB_BEFORE_COMMA.test(rest.slice(0, comma)) ||
    !/^(?:the |a |an |\p{Lu})/u.test(rest.slice(comma + 2))
  );
}

const FRONTED_POSSESSIVE =
  /^(?:In|On|At|For|From|Across|Throughout|Over|During|Within) [^,"]*\b(?:their|its|his|her)\b[^,"]*,? (?:they|it|he|she)\b/;

/** "Upstream countries have rejected that division.": "that" before a noun alone is a thing named before. */
const THAT_THING =
  /\bthat (?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|do)\b)\p{Ll}+(?:[.,;]|$)/u;

/** "The ruling rejects that approach and is binding …": "that" and a noun, then "and" and a verb. */
const THAT_NOUN_AND_VERB =
  /\bthat \p{Ll}+ (?:and|or|but) (?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|\p{Ll}+ed)\b/u;

/** "In which year did Pope Julius II confirm it?": a question about a thing named before. */
const QUESTION_ON_PRONOUN =
  /\b(?:did|does|do|will|would|could|can)\b[^?]* \p{Ll}+ (?:it|them)(?:\?$|\b[^?]*\?$)/u;

/**
 * "A mining settlement of the same name", "Ranjit Singh observed the arrangement": a name, or a
 * settling of terms, told in an earlier sentence.
 */
const SAME_NAME_OR_TERMS =
  /\bof the same name\b|\bthe (?:arrangement|understanding|compromise|accord)\b(?! (?:of|between|with|to|that|which)\b)/;

/** "The 2024 event formed part of …": a vague noun dated by a year is one named before. */
const DATED_VAGUE_OPENING = /^The (?:\d{4}|_____) (?:event|incident|episode|decision|move)\b/;

/** "In those areas, …": a fronted place or time named before. */
const THOSE_FRONTED =
  /^(?:In|At|From|On|For|By|During|Over|Within|Throughout|Until|Since|After|Before) (?:those|these|that|this) \p{Ll}/u;
/**
 * "Residents said it contained 16 flats": people who speak of "it", which they cannot be, so it is
 * something named before.
 */
const PEOPLE_SAID_IT =
  /^(?:(?:The|Many|Some|Several|Local) )?(\p{L}+) (?:also )?(?:said|say|told \p{Ll}+|added|claimed|reported|believe|believed) (?:that )?it\b/u;

function peopleSaidIt(own: string): boolean {
  const word = PEOPLE_SAID_IT.exec(own)?.[1];
  return word !== undefined && (/^(?:police|people)$/i.test(word) || pluralNoun(word));
}
/** "… so that Smith could collect it.": a purpose whose "it" was named before. */
const PURPOSE_IT =
  /\bso that \S+(?: \S+)? (?:could|would|might|can|will) \p{Ll}+ (?:it|them)[.!]$/u;
/** "The wrestler himself was already looking ahead": someone named before, stressed. */
const STRESSED_SELF = /^The \p{Ll}+ (?:himself|herself|itself|themselves)\b/u;

/** "to wear it", "replaced them", "made them": a pronoun as the object of a verb. */
const OBJECT_PRONOUN =
  /\b(?:to \p{Ll}+|\p{Ll}+ed|made|makes|gave|gives|left|kept|took|brought|found|sent) (?:it|them)\b/u;

/**
 * "Investigators believe that made them easy to carry": "that" as the subject of a verb, after a
 * verb of thinking or saying, is something said before.
 */
const THAT_SUBJECT =
  /\b(?:believes?|believed|thinks?|thought|says?|said|suggests?|suggested|argues?|argued) that (?:made|makes|meant|means|was|is|led|leads|gave|gives|left|caused|causes|helped|helps)\b/;

/** Verbs after which "it" opens a clause of its own ("Twitter stated it scheduled …"). */
const CLAUSE_VERBS = [
  ...SPEECH_VERBS,
  'believed',
  'thought',
  'feared',
  'hoped',
  'expected',
  'decided',
  'felt',
  'knew',
  'found',
];
/**
 * "The missionary Henry Williams and his son Edward translated it into Māori": a named subject,
 * then a verb whose object is "it" or "them", which can only be a thing named before.
 */
const NAMED_SUBJECT_OBJECT_PRONOUN = new RegExp(
  String.raw`^(?:The |A |An )?(?:\p{Ll}+ ){0,2}\p{Lu}[\p{L}'’.-]*(?: (?:(?:of|for|and|the) )*\p{Lu}[\p{L}'’.-]*)*` +
    String.raw`(?: and (?:his|her|their|the) \p{Ll}+(?: \p{Lu}[\p{L}'’.-]*)*)? ` +
    `(?!(?:${CLAUSE_VERBS.join('|')})\\b)` +
    String.raw`(?:\p{Ll}+ed|\p{Ll}+[^s\W]s|made|gave|took|brought|sent|kept|left|wrote|sold|bought|built|saw|won|lost) (?:it|them)\b`,
  'u',
);

/**
 * "The name is the Quechua word for "knot"": a name, term or title with nothing after it that says
 * whose is the one named before ("The name of the river …" and "The word "empire" …" say it).
 */
const NAME_OPENING =
  /^The (?:name|term|word|title|nickname|phrase) (?:is|was|comes|came|derives|derived|means|meant|refers|referred)\b/;

/** "Casimir Pulaski … was born here in 1747": in the article's own words, a place named before. */
const HERE_POINTING = /\bhere\b/i;

/** "The first rider to wear it was _____.": a short sentence whose thing is named before it. */
const shortWithObjectPronoun = (own: string): boolean =>
  own.split(/\s+/).length <= 12 && OBJECT_PRONOUN.test(own);

/** "such walls", but not "such as" or "such a". */
const SUCH_NOUN = /\bsuch (?!as\b|an?\b)(\p{Ll}{3,}?)(?:es|s)\b/u;

/**
 * "Because human cells do not have such walls, …": "such" before a plural noun points back to
 * things of that kind, unless the sentence names one before it ("an enzyme …; such enzymes").
 */
function suchPointsBack(own: string): boolean {
  const such = SUCH_NOUN.exec(own);
  return (
    such !== null &&
    !own
      .slice(0, such.index)
      .toLowerCase()
      .includes(such[1] as string)
  );
}

/** A generic noun with nothing after it that says whose: "The team", not "The team from UCL". */
const GENERIC_NOUN = `(?:${GENERIC_SUBJECTS.join('|')})\\b(?! (?:from|of|at|in|behind) )`;

/**
 * "The company has …", "At present the figure is …", "The researchers said the difference was …",
 * but not "The team from UCL …", which says whose.
 */
const GENERIC_OPENING = new RegExp(
  `^(?:(?:At present|Today|Now|Currently|Overall|By then),? the|The) ${GENERIC_NOUN}|\\b(?:said|says|added|noted|welcomed|praised|hailed|criticised|criticized|questioned) (?:that )?the ${GENERIC_NOUN}`,
);

/** Bodies and people a sentence may name only by "the <noun>'s", lands aside ("the country's"). */
const DOERS_OWNING = GENERIC_DOERS.filter((w) => w !== 'country' && w !== 'nation');
const DOER_POSSESSIVE = new RegExp(`\\bthe (${DOERS_OWNING.join('|')})['’]s\\b`);
const DOER_WORD = new RegExp(`\\b(?:${DOERS_OWNING.join('|')})\\b`, 'i');

/**
 * "Rizal also wrote for the movement's newspaper", "According to the team's first report": a body
 * owning something, named before, unless the sentence has named one of its kind before ("delivery
 * company _____ said …, the largest acquisition in the firm's history").
 */
function doerPossessivePointsBack(own: string): boolean {
  const found = DOER_POSSESSIVE.exec(own);
  return found !== null && !DOER_WORD.test(own.slice(0, found.index));
}

/** "How many children did the couple have?": a question asked of "the <noun>" named before. */
const GENERIC_QUESTION_SUBJECT = new RegExp(
  `\\b(?:${[...AUXILIARIES, 'did', 'do', 'does'].join('|')}) the ${GENERIC_NOUN}`,
);

/**
 * True when a sentence-shaped prompt leans on an earlier sentence for what it is about: "Dvořák
 * played there for nine years", "grants will cover half of that amount", "The company has 640
 * employees" in an article about two companies. Quoted words are someone's speech and are left be.
 */
export function pointsBack(prompt: string): boolean {
  if (/^Who said\b/.test(prompt)) return false;
  const own = prompt.replace(/^Fill in the blank: /, '').replace(/"[^"]*"/g, '""');
  const there = THERE_POINTING.exec(own) ?? NOUN_THERE.exec(own) ?? NOUN_THERE_PASSIVE.exec(own);
  // "in London, … riders there": a place named before "there" in the same sentence answers it.
  const placed =
    there !== null && /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ii]nto) \p{Lu}/u.test(own.slice(0, there.index));
  return (
    (there !== null && !placed) ||
    THAT_NOUN.test(own) ||
    GENERIC_OPENING.test(own) ||
    [
      AGED_PERSON,
      THAT_OPENING,
      THAT_SUBJECT,
      TIME_POINTING,
      THOSE_FRONTED,
      STRESSED_SELF,
      PURPOSE_IT,
      FRONTED_IT,
      SHARE_POINTING,
      SAME_OPENING,
      CONTRAST_OPENING,
      NEW_HOLDERS,
      ALL_COUNTED,
      SHARE_OF_THE,
      ORDINAL_ALONE,
      BARE_CAUSE,
      CLAUSE_OBJECT_PRONOUN,
      MEETING_POINTING,
      USE_IT,
      PRONOUN_IN_LEAD,
      THIS_BEFORE_NOUN,
      THIS_OPENING,
      FRONTED_POSSESSIVE,
      DATED_VAGUE_OPENING,
      SAME_NAME_OR_TERMS,
      BEST_KNOWN,
      THAT_NOUN_AND_VERB,
      QUESTION_ON_PRONOUN,
      NAMED_SUBJECT_OBJECT_PRONOUN,
      HERE_POINTING,
      NAME_OPENING,
    ].some((p) => p.test(own)) ||
    thisNounPointsBack(own) ||
    afterPointsBack(own) ||
    POSSESSIVE_FIRST.test(own) ||
    COUNTED_BEFORE.test(own) ||
    countedElsewhere(own) ||
    sinceElsewhere(own) ||
    shortWithObjectPronoun(own) ||
    leadInPointsBack(own) ||
    earlyItPointsBack(own) ||
    (own.endsWith('?') && GENERIC_QUESTION_SUBJECT.test(own)) ||
    OF_THEM_OPENING.test(own) ||
    suchPointsBack(own) ||
    peopleSaidIt(own) ||
    doerPossessivePointsBack(own) ||
    // "Generals _____ and Kim Jong-seo played leading roles in these campaigns."
    (own.includes('_____') && THOSE_NOUN.test(own.replace(/^(?:These|Those) /, ''))) ||
    // "Around 14% of those _____ were overdue": which ones, the sentence before said.
    /\bof those _____/.test(own) ||
    // "Only a few of these bred successfully": "these" standing alone for things named before.
    OF_THESE_ALONE.test(own)
  );
}

/**
 * The same for a statement to judge true or false, which must also not rest on "those" or "these"
 * things ("At those schools, average sleep rose …"); a blank may, as the noun says what they are.
 */
export function statementPointsBack(statement: string): boolean {
  const own = statement.replace(/"[^"]*"/g, '""');
  return (
    pointsBack(statement) || THOSE_NOUN.test(own) || THIS_NOUN.test(own) || THAT_THING.test(own)
  );
}
