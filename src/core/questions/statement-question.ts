import { entityDistractors } from '../distractors/entity-distractors.ts';
import { numberDistractors } from '../distractors/number-distractors.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { isUsableSentence, quoteEvidence } from './sentence-tools.ts';
import { numeralValue } from './cloze-question.ts';

const LEAD_IN =
  /^(?:However|Meanwhile|Moreover|Furthermore|Additionally|Also|Still|Regardless|Instead|Indeed|Separately|Similarly|Finally|In addition|As a result),\s+/;
const PRONOUN_START = /^(?:He|She|They|It|This|These|Those|That|His|Her|Their|Its)\b/;
const NEGATION = /\b(?:not|never|no)\b|n't\b/;

function statementText(sentence: Sentence): string | null {
  const text = sentence.normalized.replace(LEAD_IN, '');
  if (
    !isUsableSentence(text, 32) ||
    text.includes('"') ||
    PRONOUN_START.test(text) ||
    /^(?:And|But|Or|So)\b/.test(text)
  )
    return null;
  return text[0]?.toUpperCase() + text.slice(1);
}

function base(
  analysis: Analysis,
  i: number,
  prompt: string,
  truth: boolean,
  explanation: string,
  answer: string,
): Candidate {
  return {
    family: 'statement',
    type: 'true-false',
    prompt,
    key: '',
    truth,
    distractors: [],
    sentences: [i],
    answer,
    answerType: 'statement',
    numeric: false,
    forbidden: [],
    explanation,
    score: 1.5,
    difficulty: truth ? 0.3 : 0.45,
  };
}

function says(sentence: Sentence): string {
  return quoteEvidence(sentence.text);
}

function swappedEntities(
  analysis: Analysis,
  i: number,
  text: string,
  offset: number,
  seed: number,
): Candidate[] {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const out: Candidate[] = [];
  for (const m of analysis.mentions[i] ?? []) {
    const entity = analysis.entities.get(m.entity);
    if (
      !entity ||
      (entity.type === 'date' && entity.subtype !== 'weekday' && entity.subtype !== 'month')
    )
      continue;
    const start = m.start - offset;
    if (start < 0 || text.slice(start, start + m.text.length) !== m.text) continue;
    const form =
      entity.type === 'person' && m.text === entity.short && entity.short !== entity.name
        ? 'short'
        : 'full';
    if (entity.type === 'person' && form === 'full' && m.text !== entity.name) continue;
    const inSentence = (analysis.mentions[i] ?? []).map((o) => o.text.toLowerCase());
    const [swap] = entityDistractors(analysis, entity, {
      form,
      count: 1,
      keyText: m.text,
      avoid: inSentence,
      seed,
    });
    // "the United States" → "the Israel" reads wrong; "US prices" → "Israel prices" too.
    if (
      !swap ||
      (/\bthe\s$/i.test(text.slice(0, start)) &&
        !/^(?:United|Netherlands|Philippines|Czech)/.test(swap)) ||
      /^(?:[A-Z]\.?){2,3}$/.test(m.text)
    )
      continue;
    const prompt = text.slice(0, start) + swap + text.slice(start + m.text.length);
    out.push(
      base(
        analysis,
        i,
        prompt,
        false,
        `False. The article says ${m.text}, not ${swap}. ${says(sentence)}`,
        `${m.entity}@${i}`,
      ),
    );
  }
  return out;
}

function changedNumbers(
  analysis: Analysis,
  i: number,
  text: string,
  offset: number,
  seed: number,
): Candidate[] {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const out: Candidate[] = [];
  for (const q of analysis.quantities[i] ?? []) {
    const start = q.numeralStart - offset;
    const keyText = sentence.normalized.slice(q.numeralStart, q.numeralEnd);
    if (start < 0 || q.kind === 'ordinal' || text.slice(start, start + keyText.length) !== keyText)
      continue;
    const exclude = (analysis.quantities[i] ?? []).map((o) => o.value);
    const [swap] = numberDistractors(numeralValue(q), keyText, {
      count: 1,
      exclude: exclude.map((v) => v / (q.value / numeralValue(q) || 1)),
      kind: q.kind,
      seed,
    });
    if (!swap) continue;
    const prompt = text.slice(0, start) + swap + text.slice(start + keyText.length);
    const c = base(
      analysis,
      i,
      prompt,
      false,
      `False. The article says ${keyText}, not ${swap}. ${says(sentence)}`,
      `number@${i}`,
    );
    c.score += 0.2;
    out.push(c);
  }
  return out;
}

function flippedNegation(analysis: Analysis, i: number, text: string): Candidate | null {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const m = /\b(was|were|is|are|has|have|had|will|would|can|could|did|does|do)( not\b)?/.exec(text);
  if (!m || text.indexOf(m[0]) > text.length * 0.7) return null;
  const flipped = m[2] ? text.replace(m[0], m[1] ?? '') : text.replace(m[0], `${m[1]} not`);
  if (flipped === text) return null;
  const c = base(analysis, i, flipped, false, `False. ${says(sentence)}`, `negation@${i}`);
  c.score -= m[2] ? 0.2 : 0.6;
  return c;
}

/**
 * True/false statements from plain sentences: the sentence itself (true), or the same sentence with a
 * same-type name swapped, a number changed, or (sparingly) its negation flipped (false).
 */
export function statementQuestion(analysis: Analysis, seed: number): Candidate[] {
  const out: Candidate[] = [];
  analysis.segmented.sentences.forEach((sentence, i) => {
    const text = statementText(sentence);
    if (!text) return;
    const offset = sentence.normalized.length - text.length;
    const truthful = base(analysis, i, text, true, `True. ${says(sentence)}`, `fact@${i}`);
    truthful.score += NEGATION.test(text) ? 0.3 : 0;
    out.push(truthful);
    out.push(
      ...changedNumbers(analysis, i, text, offset, seed),
      ...swappedEntities(analysis, i, text, offset, seed),
    );
    const negated = flippedNegation(analysis, i, text);
    if (negated) out.push(negated);
  });
  return out;
}
