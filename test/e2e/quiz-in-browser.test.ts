import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/index.ts';
import { collectCspErrors, screenshot, seriousAccessibilityProblems, tabTo } from './browser.ts';
import { startApp, type RunningApp } from './start-app.ts';

let app: RunningApp;
let managePath = '';
let quizId = '';
const visited: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp('e2e');
  const link =
    /manage link \(shown once\): http:\/\/localhost:\d+(\/quizzes\/([^/]+)\/manage\/\S+)/.exec(
      app.server.output(),
    );
  managePath = link?.[1] ?? '';
  quizId = link?.[2] ?? '';
});

afterAll(() => app?.stop());

async function teacherQuiz(): Promise<Quiz> {
  const token = managePath.split('/').pop() ?? '';
  const res = await fetch(`${app.server.url}/api/v1/quizzes/${quizId}/teacher`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { quiz: Quiz }).quiz;
}

/** Answers the focused radio group with the option at `index`, by keyboard only. */
async function chooseWithKeys(page: Page, index: number): Promise<void> {
  if (index === 0) return page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

describe('in Chromium', () => {
  it('lets a student take a seed quiz with the keyboard only, without JavaScript, and see score and feedback', async () => {
    const quiz = await teacherQuiz();
    const context = await app.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await tabTo(page, `a[href="/quizzes/${quizId}"]`);
    await Promise.all([page.waitForURL(`**/quizzes/${quizId}`), page.keyboard.press('Enter')]);
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForURL('**/attempts/*'), page.keyboard.press('Enter')]);
    const groups = await page.$$eval('fieldset', (sets) =>
      sets.map((s) => [...s.querySelectorAll('input')].map((i) => [i.name.slice(7), i.value])),
    );
    for (const [n, group] of groups.entries()) {
      await tabTo(page, `input[name="answer-${group[0]?.[0] ?? ''}"]`);
      const question = quiz.questions.find((q) => q.id === group[0]?.[0]);
      if (n < groups.length - 1)
        await chooseWithKeys(
          page,
          group.findIndex(([, value]) => value === String(question?.answer)),
        );
    }
    await screenshot(page, 'take-phone');
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForURL('**/result'), page.keyboard.press('Enter')]);
    visited['result'] = page.url();
    const total = groups.length;
    await expect.poll(() => page.textContent('.score-value')).toBe(`${total - 1} / ${total}`);
    expect(await page.textContent('.notice')).toContain(`question ${total}`);
    expect(await page.locator('.result.is-correct').count()).toBe(total - 1);
    expect(await page.locator('.evidence').count()).toBeGreaterThanOrEqual(total);
    await screenshot(page, 'result-phone');
    await context.close();
  });

  it('lets a teacher edit a question through the manage link and students see the change', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.server.url}${managePath}`);
    await screenshot(page, 'manage-desktop');
    await page.click('summary:has-text("Edit question 1")');
    const prompt = 'Which country launched airstrikes in Syria on Wednesday (edited)?';
    await page.fill('details[open] textarea[name="prompt"]', prompt);
    await Promise.all([
      page.waitForURL('**/manage/**'),
      page.click('details[open] button:has-text("Save question 1")'),
    ]);
    expect(await page.textContent('#key-heading + ol li:first-child h3')).toContain(prompt);
    await page.goto(`${app.server.url}/quizzes/${quizId}`);
    await Promise.all([
      page.waitForURL('**/attempts/*'),
      page.click('button:has-text("Start the quiz")'),
    ]);
    expect(await page.locator('legend', { hasText: prompt }).count()).toBe(1);
    visited['take'] = page.url();
    await context.close();
  });

  it.each([
    ['home', () => '/'],
    ['quiz', () => `/quizzes/${quizId}`],
    ['take', () => new URL(visited['take'] ?? '/').pathname],
    ['result', () => new URL(visited['result'] ?? '/').pathname],
    ['manage', () => managePath],
  ])(
    'finds no serious or critical accessibility problem and no sideways scrolling on the %s page, on phone and desktop',
    async (name, path) => {
      for (const [device, width] of [
        ['phone', 375],
        ['desktop', 1280],
      ] as const) {
        const context = await app.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const cspErrors = collectCspErrors(page);
        await page.goto(`${app.server.url}${path()}`);
        await screenshot(page, `${name}-${device}`);
        expect(cspErrors).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth <= innerWidth')).toBe(
          true,
        );
        expect(await seriousAccessibilityProblems(page)).toEqual([]);
        await context.close();
      }
    },
  );
});
