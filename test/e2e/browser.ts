import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, defaultChromiumPath } from '../../src/cli/render-pdf.ts';

/** Where screenshots go (git-ignored). */
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** The Chromium the browser tests drive: QUIZGEN_CHROMIUM, else CHROMIUM_PATH, else Debian's. */
export const chromiumPath =
  process.env['QUIZGEN_CHROMIUM'] ?? process.env['CHROMIUM_PATH'] ?? defaultChromiumPath;

/** Launches Chromium headless, with the flags `quizgen print --pdf` uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
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

let axeSource: string | undefined;

/** The serious and critical accessibility problems axe finds on the page, as `id: help`. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('axe.run().then((r) => r.violations)')) as {
    id: string;
    impact: string;
    help: string;
  }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${v.id}: ${v.help}`);
}

/** Collects the Content Security Policy errors the page logs from now on. */
export function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && errors.push(m.text()));
  return errors;
}
