import type { Analysis } from '../analyze/analysis-types.ts';
import type { Candidate } from './candidate.ts';
import { wordCount } from './sentence-tools.ts';

const PROMPTS = [
  'Which of these statements is true, according to the article?',
  'According to the article, which of these is true?',
  'Which of these statements does the article support?',
] as const;

/** Whether two statements are close enough in length that neither stands out as the key. */
function similarLength(a: string, b: string): boolean {
  const [x, y] = [wordCount(a), wordCount(b)];
  return Math.min(x, y) / Math.max(x, y) >= 0.55;
}

const WINDOW = 6;

/** False versions from other sentences, nearest in the article first, each from its own sentence. */
function falseNeighbours(
  key: Candidate,
  bySentence: ReadonlyMap<number, Candidate[]>,
  count: number,
): Candidate[] {
  const main = key.sentences[0] ?? 0;
  const picked: Candidate[] = [];
  const used = new Set<number>([main]);
  // Only sentences near the key are looked at, so the family stays linear in the article.
  const near: Candidate[] = [];
  for (let d = -WINDOW; d <= WINDOW; d++) near.push(...(bySentence.get(main + d) ?? []));
  const byDistance = near.sort(
    (a, b) =>
      Math.abs((a.sentences[0] ?? 0) - main) - Math.abs((b.sentences[0] ?? 0) - main) ||
      (a.sentences[0] ?? 0) - (b.sentences[0] ?? 0),
  );
  for (const c of byDistance) {
    const at = c.sentences[0] ?? -1;
    if (used.has(at) || !similarLength(c.prompt, key.prompt)) continue;
    used.add(at);
    picked.push(c);
    if (picked.length === count) break;
  }
  return picked;
}

function explain(key: Candidate, wrong: readonly Candidate[]): string {
  const others = wrong.map((c) =>
    c.explanation.replace(/^False\. /, '').replace(/\s*The article says: .*$/, ''),
  );
  const changed = others.filter(Boolean).join(' ');
  return `${key.explanation.replace(/^True\. /, '')}${changed ? ` In the other statements a detail is changed: ${changed}` : ''}`;
}

/**
 * "Which of these statements is true?": one sentence of the article as it stands against false
 * versions of nearby sentences (a name or number changed, never a bare negation), of similar length.
 * The last resort for articles with few names of one kind; `statements` are the true/false
 * candidates already made.
 */
export function whichTrue(analysis: Analysis, statements: readonly Candidate[]): Candidate[] {
  const truths = statements.filter((c) => c.truth);
  const bySentence = new Map<number, Candidate[]>();
  for (const c of statements) {
    if (c.truth || c.answer.startsWith('negation@')) continue;
    const at = c.sentences[0] ?? -1;
    bySentence.set(at, [...(bySentence.get(at) ?? []), c]);
  }
  const out: Candidate[] = [];
  truths.forEach((key, n) => {
    const wrong = falseNeighbours(key, bySentence, 3);
    if (wrong.length < 2) return;
    const sentences = [...new Set([...key.sentences, ...wrong.flatMap((c) => c.sentences)])];
    out.push({
      family: 'which-true',
      type: 'multiple-choice',
      prompt: PROMPTS[n % PROMPTS.length] as string,
      key: key.prompt,
      truth: true,
      distractors: wrong.map((c) => c.prompt),
      sentences,
      answer: `which-true@${key.sentences[0] ?? 0}`,
      answerType: 'statement',
      numeric: false,
      forbidden: [],
      explanation: explain(key, wrong),
      score: 0.4,
      difficulty: 0.55,
    });
  });
  return out;
}
