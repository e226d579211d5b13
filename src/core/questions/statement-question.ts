import { entityDistractors } from '../distractors/entity-distractors.ts';
import { numberDistractors } from '../distractors/number-distractors.ts';
import type { Analysis } from '../analyze/analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { isUsableSentence } from './sentence-tools.ts';

const LEAD_IN = /^(?:However|Meanwhile|Moreover|Furthermore|Additionally|Also|Still|Regardless|Instead|Indeed|Separately|Similarly|Finally|In addition|As a result),\s+/;
const PRONOUN_START = /^(?:He|She|They|It|This|These|Those|That|His|Her|Their|Its)\b/;
const NEGATION = /\b(?:not|never|no)\b|n't\b/;

function statementText(sentence: Sentence): string | null {
  const text = sentence.normalized.replace(LEAD_IN, '');
  if (!isUsableSentence(text, 32) || text.includes('"') || PRONOUN_START.test(text) || /^(?:And|But|Or|So)\b/.test(text)) return null;
  return text[0]?.toUpperCase() + text.slice(1);
}

function base(analysis: Analysis, i: number, prompt: string, truth: boolean, explanation: string, answer: string): Candidate {
  return { family: 'statement', type: 'true-false', prompt, key: '', truth, distractors: [], sentences: [i], answer, answerType: 'statement', numeric: false, forbidden: [], explanation, score: 1.5, difficulty: truth ? 0.3 : 0.45 };
}

function says(sentence: Sentence): string {
  return `The article says: "${sentence.text}"`;
}

function swappedEntity(analysis: Analysis, i: number, text: string, offset: number, seed: number): Candidate | null {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  for (const m of analysis.mentions[i] ?? []) {
    const entity = analysis.entities.get(m.entity);
    if (!entity || entity.type === 'date' && entity.subtype !== 'weekday' && entity.subtype !== 'month') continue;
    const start = m.start - offset;
    if (start < 0 || text.slice(start, start + m.text.length) !== m.text) continue;
    const form = entity.type === 'person' && m.text === entity.short && entity.short !== entity.name ? 'short' : 'full';
    if (entity.type === 'person' && form === 'full' && m.text !== entity.name) continue;
    const inSentence = (analysis.mentions[i] ?? []).map((o) => o.text.toLowerCase());
    const [swap] = entityDistractors(analysis, entity, { form, count: 1, keyText: m.text, avoid: inSentence, seed });
    if (!swap) continue;
    const prompt = text.slice(0, start) + swap + text.slice(start + m.text.length);
    return base(analysis, i, prompt, false, `False. The article says ${m.text}, not ${swap}. ${says(sentence)}`, `${m.entity}@${i}`);
  }
  return null;
}

function changedNumber(analysis: Analysis, i: number, text: string, offset: number, seed: number): Candidate | null {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  for (const q of analysis.quantities[i] ?? []) {
    const start = q.numeralStart - offset;
    const keyText = sentence.normalized.slice(q.numeralStart, q.numeralEnd);
    if (start < 0 || q.kind === 'ordinal' || text.slice(start, start + keyText.length) !== keyText) continue;
    const exclude = (analysis.quantities[i] ?? []).map((o) => o.value);
    const [swap] = numberDistractors(q.value, keyText, { count: 1, exclude, kind: q.kind, seed });
    if (!swap) continue;
    const prompt = text.slice(0, start) + swap + text.slice(start + keyText.length);
    return base(analysis, i, prompt, false, `False. The article says ${keyText}, not ${swap}. ${says(sentence)}`, `number@${i}`);
  }
  return null;
}

function flippedNegation(analysis: Analysis, i: number, text: string): Candidate | null {
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const m = /\b(was|were|is|are|has|have|had|will|would|can|could|did|does|do)( not\b)?/.exec(text);
  if (!m || text.indexOf(m[0]) > text.length * 0.7) return null;
  const flipped = m[2] ? text.replace(m[0], m[1] ?? '') : text.replace(m[0], `${m[1]} not`);
  if (flipped === text) return null;
  const lead = m[2] ? 'False. The article says the opposite.' : 'False. The article does not deny it.';
  return base(analysis, i, flipped, false, `${lead} ${says(sentence)}`, `negation@${i}`);
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
    const falsified = (i + seed) % 5 === 0 ? flippedNegation(analysis, i, text) : null;
    const swapped = falsified ?? changedNumber(analysis, i, text, offset, seed) ?? swappedEntity(analysis, i, text, offset, seed);
    if (swapped) out.push(swapped);
  });
  return out;
}
