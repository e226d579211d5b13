import { PERSON_PRONOUNS, SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import type { NameMention, QuoteFact } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';

interface Piece {
  sentence: number;
  offset: number;
}

const SPEECH = [...SPEECH_VERBS].join('|');
const VERB_NEAR_START = new RegExp(
  String.raw`^[\s,]*(?:[a-z]+\s+){0,2}?(?:${SPEECH}|according to)\b`,
  'i',
);
const VERB_NEAR_END = new RegExp(
  String.raw`\b(?:${SPEECH})\b(?:[^"]{0,60}?)?[\s,:]*(?:that\s*)?$`,
  'i',
);
const SAID_BEFORE = new RegExp(String.raw`^\s+(?:[a-z]+\s+)?(?:${SPEECH})\s*[,:]\s*$`, 'i');
const PRONOUN_AFTER = new RegExp(String.raw`^[\s,]*(he|she)\s+(?:[a-z]+\s+)?(?:${SPEECH})\b`, 'i');
const PRONOUN_BEFORE = new RegExp(
  String.raw`\b(he|she)\s+(?:[a-z]+\s+)?(?:${SPEECH})\b[^"]{0,40}$`,
  'i',
);

function personsIn(mentions: readonly NameMention[]): NameMention[] {
  return mentions.filter((m) => m.type === 'person');
}

/**
 * Finds direct quotations in each paragraph and who said them: a name next to a speech verb
 * ("…," Pelosi told the public. / Lavrov said "…") or a pronoun safely resolved to the one person
 * named just before ("…" he stated.).
 */
export function extractQuotes(
  sentences: readonly Sentence[],
  mentions: readonly NameMention[][],
): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const group = byParagraph.get(s.paragraph);
    if (group) group.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  for (const group of byParagraph.values()) quotes.push(...quotesOfParagraph(group, mentions));
  return quotes;
}

function quotesOfParagraph(
  group: readonly Sentence[],
  mentions: readonly NameMention[][],
): QuoteFact[] {
  const pieces: Piece[] = [];
  let text = '';
  for (const s of group) {
    pieces.push({ sentence: s.index, offset: text.length });
    text += s.normalized + ' ';
  }
  const sentenceAt = (at: number): number => pieces.findLast((p) => p.offset <= at)?.sentence ?? 0;
  const offsets = new Map(pieces.map((p) => [p.sentence, p.offset]));
  const local = (m: NameMention): number => (offsets.get(m.sentence) ?? 0) + m.start;
  const persons = group.flatMap((s) => personsIn(mentions[s.index] ?? []));
  const found: QuoteFact[] = [];
  for (const m of text.matchAll(/"([^"]{2,}?)"/g)) {
    const open = m.index;
    const close = open + m[0].length;
    const first = sentenceAt(open);
    const last = sentenceAt(close - 1);
    const sentencesOf = range(first, last);
    const sameSentence = persons.filter((p) => p.sentence === last || p.sentence === first);
    const speaker =
      speakerOf(text, open, close, sameSentence, local) ??
      pronounSpeaker(text, open, close, first, mentions);
    found.push({
      sentences: sentencesOf,
      inner: (m[1] ?? '').trim(),
      speaker: speaker?.id ?? null,
      via: speaker?.via ?? null,
    });
  }
  return found;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

type Found = { id: string; via: 'name' | 'pronoun' };

function speakerOf(
  text: string,
  open: number,
  close: number,
  persons: readonly NameMention[],
  local: (m: NameMention) => number,
): Found | null {
  const before = persons.findLast((p) => local(p) + p.text.length <= open && open - local(p) < 120);
  const between = before ? text.slice(local(before) + before.text.length, open) : '';
  // The words from the name before the quotation to its opening mark, if no other quotation sits
  // there. "her father, to whom she wrote that": the one named is spoken to, not the speaker.
  // "In a letter to Hooke he wrote, "…"": one written to, with a pronoun of its own as the
  // subject, is no speaker either.
  const addressed =
    before !== undefined &&
    (/\bto\s$/i.test(text.slice(Math.max(0, local(before) - 3), local(before))) ||
      /^\s*(?:he|she|they|we|i)\b/i.test(between));
  const leadIn =
    before && !addressed && !between.includes('"') && !/\bwhom\b/i.test(between) ? between : null;
  // "Vladimir Putin said, "…"": a name and speech verb right before the quotation open it.
  if (before && leadIn !== null && SAID_BEFORE.test(leadIn))
    return { id: before.entity, via: 'name' };
  const after = persons.find(
    (p) => local(p) >= close && local(p) - close < 50 && !text.slice(close, local(p)).includes('"'),
  );
  if (after) {
    const between = text.slice(close, local(after));
    const rest = text.slice(
      local(after) + after.text.length,
      local(after) + after.text.length + 40,
    );
    // "… "…" and notes that Luther's enemies …": the verb is the earlier speaker's, the name its object.
    const verbBefore =
      VERB_NEAR_START.test(between) &&
      !/\b(?:and|but|or)\b|\bthat\s*$/i.test(between) &&
      !/^['’]s\b/.test(rest);
    if (verbBefore || VERB_NEAR_START.test(rest.replace(/^['’]s\b/, '')))
      return { id: after.entity, via: 'name' };
  }
  if (before && leadIn !== null && VERB_NEAR_END.test(leadIn))
    return { id: before.entity, via: 'name' };
  return null;
}

function pronounSpeaker(
  text: string,
  open: number,
  close: number,
  sentence: number,
  mentions: readonly NameMention[][],
): Found | null {
  const lead = text.slice(Math.max(0, open - 80), open);
  const pronoun = PRONOUN_AFTER.exec(text.slice(close, close + 40)) ?? PRONOUN_BEFORE.exec(lead);
  if (!pronoun || !PERSON_PRONOUNS.has((pronoun[1] ?? '').toLowerCase())) return null;
  // "her father, Ellis Franklin, to whom she later wrote": the one named is spoken to.
  if (/\bwhom\b/i.test(lead)) return null;
  // Safe only when the sentence before (and this one) name exactly one person.
  const window = [...(mentions[sentence - 1] ?? []), ...(mentions[sentence] ?? [])];
  const people = new Set(personsIn(window).map((m) => m.entity));
  if (people.size !== 1) return null;
  // "In a letter to Hooke he wrote": the one person named is the one written to.
  const named = personsIn(mentions[sentence] ?? []).map((m) => m.text);
  if (named.some((n) => lead.includes(`to ${n} `))) return null;
  return { id: [...people][0] as string, via: 'pronoun' };
}
