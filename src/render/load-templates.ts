import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from './view-engine.ts';

/** The project's `views/` folder. */
export const defaultViewsDir = fileURLToPath(new URL('../../views/', import.meta.url));

function readFolder(dir: string): Record<string, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.hbs'));
  return Object.fromEntries(
    files.map((f) => [basename(f, '.hbs'), readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Reads the layouts, partials and pages from a views folder (once, at start). */
export function loadTemplates(dir: string = defaultViewsDir): TemplateSources {
  const layoutsDir = join(dir, 'layouts');
  const { main, ...layouts } = readFolder(layoutsDir);
  if (main === undefined) throw new Error(`no main.hbs layout in ${layoutsDir}`);
  return {
    layout: main,
    layouts,
    partials: readFolder(join(dir, 'partials')),
    pages: readFolder(join(dir, 'pages')),
  };
}
