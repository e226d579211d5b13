import { access, constants } from 'node:fs/promises';
import type { Paper } from '../render/print-stylesheet.ts';
import { InputError } from './input-error.ts';

/** Where Chromium is looked for when QUIZGEN_CHROMIUM is not set. */
export const defaultChromiumPath = '/usr/bin/chromium';

/** Flags for headless Chromium on a machine without a display or network. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function howToGetChromium(path: string, reason: string): string {
  return [
    `--pdf needs Chromium, and ${reason} at ${path}.`,
    'Install it (Debian or Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium),',
    'or set QUIZGEN_CHROMIUM to the path of a Chromium or Chrome program.',
    'Without --pdf, quizgen print writes HTML that any browser prints.',
  ].join('\n');
}

async function assertRunnable(path: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch (error) {
    throw new InputError(howToGetChromium(path, 'there is no program'), { cause: error });
  }
}

/**
 * Prints an HTML page to PDF with headless Chromium at `chromiumPath`. Throws an InputError that
 * says how to get Chromium when it is missing or will not start.
 */
export async function renderPdf(
  html: string,
  paper: Paper,
  chromiumPath: string,
): Promise<Uint8Array> {
  await assertRunnable(chromiumPath);
  // Loaded here, so that the commands without --pdf start without it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: chromiumFlags })
    .catch((error: unknown) => {
      throw new InputError(howToGetChromium(chromiumPath, 'the program would not start'), {
        cause: error,
      });
    });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
