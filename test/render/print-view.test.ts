import { describe, expect, it } from 'vitest';
import { printVersions, type Question, type Quiz } from '../../src/index.ts';
import { loadTemplates } from '../../src/render/load-templates.ts';
import { printView } from '../../src/render/print-view.ts';
import { createViewEngine } from '../../src/render/view-engine.ts';
import { seedQuizzes } from '../core/print/print-cases.ts';
import { hostileQuiz } from '../core/export/fixtures/hostile-quiz.ts';
import { readPrintPage, type PrintedItem } from './read-print-page.ts';

const engine = createViewEngine(loadTemplates());
const cases = [...seedQuizzes(), { name: 'the hostile quiz', quiz: hostileQuiz }];

function renderPrintPage(quiz: Quiz, versions: number, seed = 3): string {
  const laidOut = printVersions(quiz, { versions, seed });
  const model = printView({ quiz, versions: laidOut, seed, stylesheetHref: '/static/print.css' });
  return engine.render('print', model, 'print');
}

/** What a student marks to answer `question` correctly on `item`: the option's text, or True/False. */
function expectedMark(question: Question | undefined): string {
  if (question?.type === 'true-false') return question.answer ? 'True' : 'False';
  return question?.choices.find((c) => c.id === question.answer)?.text ?? 'no key';
}

function markedText(item: PrintedItem | undefined, answer: string): string {
  if (item?.hasTruthBoxes) return answer;
  return item?.options.get(answer) ?? `no option ${answer}`;
}

describe('the print page', () => {
  it.each(cases)(
    'prints keys for $name that lead to the correct option on every printed version',
    ({ quiz }) => {
      const printed = readPrintPage(renderPrintPage(quiz, 3));
      expect(printed.map((v) => v.letter)).toEqual(['A', 'B', 'C']);
      for (const version of printed) {
        expect(version.key).toHaveLength(quiz.questions.length);
        expect(version.items).toHaveLength(quiz.questions.length);
        for (const row of version.key) {
          const item = version.items.find((i) => i.number === row.number);
          const question = quiz.questions.find((q) => q.id === row.questionId);
          expect(item?.prompt).toBe(question?.prompt);
          expect(markedText(item, row.answer)).toBe(expectedMark(question));
        }
      }
    },
  );

  it('heads every version with the quiz title, its letter and name, class and date lines', () => {
    const html = renderPrintPage(hostileQuiz, 2);
    const printed = readPrintPage(html);
    expect(printed.map((v) => v.title)).toEqual([hostileQuiz.title, hostileQuiz.title]);
    expect(html.match(/<p class="blank">(Name|Class|Date)<\/p>/g)).toHaveLength(6);
    expect(html).toContain('Version <strong>B</strong>');
  });

  it('letters the options from A and gives statements True and False boxes', () => {
    const printed = readPrintPage(renderPrintPage(hostileQuiz, 1));
    const [choice, statement] = printed[0]?.items ?? [];
    expect([...(choice?.options.keys() ?? [])]).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(statement?.hasTruthBoxes).toBe(true);
    expect(statement?.options.size).toBe(0);
  });

  it('escapes article text and never shows the site header', () => {
    const html = renderPrintPage(hostileQuiz, 1);
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('site-header');
    expect(html).toContain('<link rel="stylesheet" href="/static/print.css">');
  });

  it('says how many versions it holds and how to get them again', () => {
    const html = renderPrintPage(hostileQuiz, 4, 12);
    expect(html).toContain('4 versions (A–D) of 5 questions');
    expect(html).toContain('seed 12');
  });
});
