import { printVersions, type Quiz } from '../../index.ts';
import { loadTemplates } from '../../render/load-templates.ts';
import { inlinePrintStylesheet, type Paper } from '../../render/print-stylesheet.ts';
import { printView } from '../../render/print-view.ts';
import { createViewEngine } from '../../render/view-engine.ts';

/** How to lay out the printed quiz. */
export interface PrintPageOptions {
  versions: number;
  seed: number;
  /** Fixes the page size; without it the printer's paper is used. */
  paper?: Paper;
}

/**
 * The print page of a quiz as one HTML file that prints offline: the stylesheet travels inside
 * it and it links to nothing.
 */
export function renderPrintPage(quiz: Quiz, options: PrintPageOptions): string {
  const versions = printVersions(quiz, { versions: options.versions, seed: options.seed });
  const stylesheetHref = inlinePrintStylesheet(options.paper);
  const model = printView({ quiz, versions, seed: options.seed, stylesheetHref });
  return createViewEngine(loadTemplates()).render('print', model, 'print');
}
