import { segmentArticle } from '../text/segment-article.ts';
import type { MultipleChoiceQuestion, Question, Quiz, TrueFalseQuestion } from '../types.ts';

/** Options of generateQuiz; every field is optional. */
export interface GenerateOptions {
  /** Multiple-choice questions wanted. Default 6. */
  multipleChoice?: number;
  /** True/false questions wanted. Default 4. */
  trueFalse?: number;
  /** Seed of every random choice. Default 1. */
  seed?: number;
  /** Title to use instead of the one found in the text. */
  title?: string;
}

/** First, simple pipeline: cloze on capitalised names. Replaced stage by stage. */
export function generateQuiz(text: string, options: GenerateOptions = {}): Quiz {
  const seed = options.seed ?? 1;
  const wantMc = options.multipleChoice ?? 6;
  const wantTf = options.trueFalse ?? 4;
  const article = segmentArticle(text);
  const names = new Set<string>();
  for (const s of article.sentences) for (const m of s.text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) names.add(m[0]);
  const pool = [...names];
  const questions: Question[] = [];
  for (const s of article.sentences) {
    if (questions.length >= wantMc + wantTf) break;
    const m = /\b[A-Z][a-z]{3,}\b/.exec(s.text.slice(1));
    if (!m) continue;
    const key = m[0];
    const evidence = [{ start: s.start, end: s.end, text: s.text }];
    const mcCount = questions.filter((q) => q.type === 'multiple-choice').length;
    if (mcCount < wantMc) {
      const others = pool.filter((n) => n !== key).slice(0, 3);
      if (others.length < 2) continue;
      const choices = [key, ...others].sort().map((t, i) => ({ id: String.fromCharCode(97 + i), text: t }));
      const q: MultipleChoiceQuestion = {
        id: `q${questions.length + 1}`,
        type: 'multiple-choice',
        prompt: `Fill in the blank: ${s.text.replace(key, '_____')}`,
        choices,
        answer: choices.find((c) => c.text === key)?.id ?? 'a',
        evidence,
        explanation: `The article says: ${s.text}`,
        difficulty: 0.5,
        tags: ['cloze'],
      };
      questions.push(q);
    } else {
      const q: TrueFalseQuestion = {
        id: `q${questions.length + 1}`,
        type: 'true-false',
        prompt: s.text,
        answer: true,
        evidence,
        explanation: `The article says: ${s.text}`,
        difficulty: 0.3,
        tags: ['statement'],
      };
      questions.push(q);
    }
  }
  return {
    format: 'quizgen/quiz@1',
    id: `quiz-${seed}-${text.length}`,
    title: options.title ?? 'Quiz',
    seed,
    source: { title: options.title ?? 'Quiz', text },
    questions,
    shortfall: null,
  };
}
