import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, defaultChromiumPath } from '../../src/cli/render-pdf.ts';

/** Where screenshots go (git-ignored). */
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Launches Debian's Chromium headless, with the flags `quizgen print --pdf` uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath:
      process.env['QUIZGEN_CHROMIUM'] ?? process.env['CHROMIUM_PATH'] ?? defaultChromiumPath,
    args: chromiumFlags,
  });
}

/** Saves a full-page screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)
    )
      return;
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}
