import { readFileSync } from 'node:fs';
import { defaultViewsDir } from './load-templates.ts';

/** Paper a printed quiz can be laid out for. */
export type Paper = 'a4' | 'letter';

/** The server's path of the print stylesheet (views/static/print.css). */
export const printStylesheetPath = '/static/print.css';

const pageSize: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

/**
 * The print stylesheet as a `data:` URL, so that a page saved as one file prints offline with no
 * other file beside it. With a paper, the page size is fixed to it; without, the printer decides.
 */
export function inlinePrintStylesheet(paper?: Paper): string {
  const css = readFileSync(`${defaultViewsDir}static/print.css`, 'utf8');
  const size = paper === undefined ? '' : `\n@page {\n  size: ${pageSize[paper]};\n}\n`;
  return `data:text/css;base64,${Buffer.from(css + size, 'utf8').toString('base64')}`;
}
