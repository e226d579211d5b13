import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seedText } from '../cli/articles.ts';
import { createMemoryIo } from '../cli/memory-io.ts';
import { chromiumPath, screenshot } from './browser.ts';
import { startApp, type RunningApp } from './start-app.ts';

let app: RunningApp;
let managePath = '';

beforeAll(async () => {
  app = await startApp('print');
  managePath =
    /manage link \(shown once\): http:\/\/localhost:\d+(\S+)/.exec(app.server.output())?.[1] ?? '';
});

afterAll(() => app?.stop());

/** Printable area of a sheet in CSS pixels: the paper less the print stylesheet's @page margins. */
const printable = {
  a4: { width: mm(210 - 30), height: mm(297 - 29) },
  letter: { width: mm(215.9 - 30), height: mm(279.4 - 29) },
};

function mm(length: number): number {
  return (length * 96) / 25.4;
}

/** How many pages the PDF holds, from its page tree. */
function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(0, ...counts);
}

/**
 * Lays the page out as print media in columns as high as the printable area, one column per
 * page, forcing the breaks the print stylesheet forces. Chromium fragments columns as it
 * fragments pages, so a question split across pages would show as a box with two fragments.
 */
async function paginate(page: Page, area: { width: number; height: number }) {
  await page.emulateMedia({ media: 'print' });
  await page.addStyleTag({
    content: `body { width: ${area.width}px; height: ${area.height}px; columns: ${area.width}px;
      column-gap: 40px; column-fill: auto; }
      .sheet ~ .sheet, .keys { break-before: column; }`,
  });
  // A string, as the tests compile without the DOM library.
  return page.evaluate<{ pages: number; split: number; boxes: number }>(`(() => {
    const stride = ${area.width + 40};
    const left = document.body.getBoundingClientRect().left;
    const boxes = [...document.querySelectorAll('.item, .key')];
    const last = Math.max(...boxes.map((b) => Math.floor((b.getBoundingClientRect().right - 1 - left) / stride)));
    const split = boxes.filter((b) => b.getClientRects().length > 1).length;
    return { pages: last + 1, split, boxes: boxes.length };
  })()`);
}

describe('the print page in Chromium', () => {
  it('shows three versions and their keys on screen, linked from the manage page', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1100, height: 1000 } });
    await page.goto(`${app.server.url}${managePath}`);
    await page.fill('#print-versions', '3');
    await Promise.all([
      page.waitForURL('**/print?versions=3'),
      page.click('text=Open the printable quiz'),
    ]);
    expect(await page.locator('.sheet').count()).toBe(3);
    expect(await page.locator('table.key').count()).toBe(3);
    expect(await page.locator('.site-header').count()).toBe(0);
    const breaks =
      "[...document.querySelectorAll('.item')].map((el) => getComputedStyle(el).breakInside)";
    expect(new Set(await page.evaluate<string[]>(breaks))).toEqual(new Set(['avoid']));
    await screenshot(page, 'print-page');
    await page.close();
  });

  it.each(['a4', 'letter'] as const)(
    'prints on %s paper with every version on new pages and no question split',
    async (paper) => {
      const context = await app.browser.newContext({
        bypassCSP: true,
        viewport: { width: 3000, height: 1100 },
      });
      const page = await context.newPage();
      await page.goto(`${app.server.url}${managePath}/print?versions=3`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter' });
      const laidOut = await paginate(page, printable[paper]);
      await screenshot(page, `print-pages-${paper}`);
      expect(laidOut.split).toBe(0);
      expect(laidOut.boxes).toBeGreaterThan(10);
      expect(laidOut.pages).toBe(pdfPageCount(pdf));
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);
      await context.close();
    },
  );
});

describe('quizgen print --pdf', () => {
  it('writes a PDF through Chromium', async () => {
    vi.stubEnv('QUIZGEN_CHROMIUM', chromiumPath);
    const io = createMemoryIo({ files: { 'article.txt': seedText }, dirs: ['out'] });
    const code = await main(
      ['print', 'article.txt', '--versions', '2', '--pdf', 'out/quiz.pdf'],
      io,
    );
    vi.unstubAllEnvs();
    expect(code).toBe(0);
    const pdf = Buffer.from(io.files.get('out/quiz.pdf') ?? []);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(io.stderr()).toContain('wrote 2 version(s)');
  });
});
