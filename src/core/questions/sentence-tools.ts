import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';

/** The blank that stands for the answer in a fill-in-the-blank prompt. */
export const BLANK = '_____';

/** Words in a sentence. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Replaces `[start, end)` of a sentence with a blank. */
export function blankOut(sentence: string, start: number, end: number): string {
  return `${sentence.slice(0, start)}${BLANK}${sentence.slice(end)}`;
}

/** True when any alias of the entity appears as a whole word in the text. */
export function mentionsEntity(text: string, entity: NamedEntity): boolean {
  const lower = text.toLowerCase();
  for (const alias of entity.aliases) {
    if (alias.length < 3) continue;
    const at = lower.indexOf(alias);
    if (at >= 0 && !/\w/.test(lower[at - 1] ?? ' ') && !/\w/.test(lower[at + alias.length] ?? ' '))
      return true;
  }
  return false;
}

/** The sentence where an entity is first named in full, to ground a key that a later sentence shortens. */
export function fullNameSentence(analysis: Analysis, entity: NamedEntity): number | null {
  const full = entity.mentions.find((m) => m.text === entity.name);
  return full ? full.sentence : null;
}

/** Evidence sentences for a key: the sentence itself, plus the one that names the key in full when needed. */
export function groundedSentences(
  analysis: Analysis,
  sentence: number,
  entity: NamedEntity,
  keyText: string,
): number[] {
  const text = analysis.segmented.sentences[sentence]?.normalized ?? '';
  if (text.includes(keyText)) return [sentence];
  const full = fullNameSentence(analysis, entity);
  return full === null || full === sentence ? [sentence] : [sentence, full];
}

/** True when the sentence reads as a plain statement we can quote in a prompt. */
export function isUsableSentence(text: string, maxWords = 40): boolean {
  const words = wordCount(text);
  return words >= 6 && words <= maxWords && /[.!]["')\]]?$/.test(text) && !text.includes('?');
}

/** Mentions in a sentence that refer to the given entity. */
export function mentionsOf(mentions: readonly NameMention[], entity: string): NameMention[] {
  return mentions.filter((m) => m.entity === entity);
}

/** Lower-case forms of an entity for the prompt check. */
export function forbiddenForms(entity: NamedEntity): string[] {
  return [...entity.aliases].filter((a) => a.length >= 3);
}

/** The question word for a type of answer. */
export function whWord(entity: NamedEntity): string | null {
  switch (entity.type) {
    case 'person':
      return 'Who';
    case 'organization':
      return 'Which organization';
    case 'place':
      return entity.subtype === 'country'
        ? 'Which country'
        : entity.subtype === 'city'
          ? 'Which city'
          : null;
    default:
      return null;
  }
}

/** Quotes the evidence for an explanation. */
export function explainWith(
  analysis: Analysis,
  sentences: readonly number[],
  lead: string,
): string {
  const quoted = sentences.map((i) => analysis.segmented.sentences[i]?.text ?? '').join(' ');
  return `${lead} ${quoteEvidence(quoted)}`;
}

/** "The article says: …", quoting the sentence unless it already opens with a quotation mark. */
export function quoteEvidence(text: string): string {
  return /^["“‘']/.test(text) ? `The article says: ${text}` : `The article says: "${text}"`;
}
