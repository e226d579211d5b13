import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/render/load-templates.ts';

const made: string[] = [];

/** A views folder holding the given files, by path inside it. */
function viewsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizgen-views-'));
  made.push(dir);
  for (const folder of ['layouts', 'partials', 'pages']) mkdirSync(join(dir, folder));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadTemplates', () => {
  it('takes the site layout from main.hbs and the other layouts by name', () => {
    const dir = viewsFolder({
      'layouts/main.hbs': '<main>{{{body}}}</main>',
      'layouts/print.hbs': '<article>{{{body}}}</article>',
      'pages/home.hbs': '<h1>Home</h1>',
    });
    const sources = loadTemplates(dir);
    expect(sources.layout).toBe('<main>{{{body}}}</main>');
    expect(sources.layouts).toEqual({ print: '<article>{{{body}}}</article>' });
    expect(sources.pages).toEqual({ home: '<h1>Home</h1>' });
  });

  it('names the folder when it has no main layout', () => {
    const dir = viewsFolder({ 'layouts/print.hbs': '{{{body}}}' });
    expect(() => loadTemplates(dir)).toThrow(`no main.hbs layout in ${join(dir, 'layouts')}`);
  });
});
