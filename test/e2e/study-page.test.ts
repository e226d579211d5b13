import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCspErrors, screenshot, seriousAccessibilityProblems, tabTo } from './browser.ts';
import { startApp, type RunningApp } from './start-app.ts';

let app: RunningApp;
let studyPath = '';

beforeAll(async () => {
  app = await startApp('study');
  const syria = /seed russia-airstrikes-syria[^\n]*\/quizzes\/([^/]+)\/manage\//;
  const id = syria.exec(app.server.output())?.[1];
  studyPath = `/quizzes/${id ?? ''}/study`;
});

afterAll(() => app?.stop());

describe('the study page in Chromium', () => {
  it.each([
    ['phone', 375],
    ['desktop', 1280],
  ] as const)(
    'finds no serious accessibility problem or CSP error on a %s',
    async (device, width) => {
      const context = await app.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const cspErrors = collectCspErrors(page);
      await page.goto(`${app.server.url}${studyPath}`);
      await screenshot(page, `study-page-${device}`);
      expect(cspErrors).toEqual([]);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      expect(await page.locator('.who-name', { hasText: 'John Kerry' }).count()).toBe(1);
      await context.close();
    },
  );

  it('jumps from a source link to its sentence and highlights it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.server.url}${studyPath}`);
    const link = page.locator('.who-item', { hasText: 'John Kerry' }).locator('a.source');
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL(`**${href}`);
    const sentence = page.locator(href);
    await expect.poll(() => sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toContain('U.S. Secretary of State John Kerry');
    expect(await page.evaluate('document.querySelector(":target")?.id')).toBe(href.slice(1));
    const box = await sentence.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 9999).toBeLessThan(900);
    await context.close();
  });

  it('opens a flashcard with the keyboard, without JavaScript', async () => {
    const context = await app.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${app.server.url}${studyPath}`);
    await tabTo(page, '.flashcard summary', 200);
    await page.keyboard.press('Enter');
    expect(await page.locator('.flashcard[open]').count()).toBe(1);
    expect(await page.locator('.flashcard[open] .flashcard-back').isVisible()).toBe(true);
    await context.close();
  });

  it('prints with every card open, no navigation and sources as numbers', async () => {
    const context = await app.browser.newContext({ viewport: { width: 800, height: 1100 } });
    const page = await context.newPage();
    await page.goto(`${app.server.url}${studyPath}`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'study-page-print');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.study-contents').isVisible()).toBe(false);
    const cards = await page.locator('.flashcard-print').count();
    expect(cards).toBeGreaterThan(0);
    expect(await page.locator('.flashcard-print .flashcard-back').first().isVisible()).toBe(true);
    const marker = await page.evaluate(
      'getComputedStyle(document.querySelector(".key-points .source"), "::before").content',
    );
    expect(marker).toBe('"["');
    await context.close();
  });
});
