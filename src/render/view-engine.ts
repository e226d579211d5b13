import Handlebars from 'handlebars';

/** Template sources by name: `layout`, `partials/<name>`, `pages/<name>`. */
export interface TemplateSources {
  layout: string;
  partials: Record<string, string>;
  pages: Record<string, string>;
}

/** Renders a page inside the layout. */
export interface ViewEngine {
  render(page: string, model: PageModel): string;
}

/** What every page passes to the layout. */
export interface PageModel {
  title: string;
  [key: string]: unknown;
}

/** Drops the indentation of template lines: smaller pages, same rendering (no <pre> holds text). */
function unindent(source: string): string {
  return source.replace(/\n[ \t]+/g, '\n');
}

/**
 * Compiles logic-less templates once. Only the built-in block helpers exist (`each`, `if`,
 * `unless`, `with`); output is always escaped because templates never use triple braces.
 */
export function createViewEngine(sources: TemplateSources): ViewEngine {
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(sources.partials))
    hbs.registerPartial(name, unindent(source));
  const options = { knownHelpersOnly: true, data: false, assumeObjects: true } as const;
  const layout = hbs.compile(unindent(sources.layout), options);
  const pages = new Map(
    Object.entries(sources.pages).map(([name, src]) => [name, hbs.compile(unindent(src), options)]),
  );
  return {
    render(page, model) {
      const template = pages.get(page);
      if (!template) throw new Error(`no page template named ${page}`);
      return layout({ ...model, body: template(model) });
    },
  };
}
