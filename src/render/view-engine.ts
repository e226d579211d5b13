import Handlebars from 'handlebars';

/** Template sources by name: `layout`, `layouts/<name>`, `partials/<name>`, `pages/<name>`. */
export interface TemplateSources {
  /** The site's layout, in which pages render unless told otherwise. */
  layout: string;
  /** Further layouts by name (as `print`), for pages that leave the site's frame. */
  layouts?: Record<string, string>;
  partials: Record<string, string>;
  pages: Record<string, string>;
}

/** Renders a page inside the site layout, or inside the named layout. */
export interface ViewEngine {
  render(page: string, model: PageModel, layout?: string): string;
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
  const layouts = new Map(
    Object.entries({ ...sources.layouts, main: sources.layout }).map(([name, src]) => [
      name,
      hbs.compile(unindent(src), options),
    ]),
  );
  const pages = new Map(
    Object.entries(sources.pages).map(([name, src]) => [name, hbs.compile(unindent(src), options)]),
  );
  return {
    render(page, model, layout = 'main') {
      const template = pages.get(page);
      if (!template) throw new Error(`no page template named ${page}`);
      const frame = layouts.get(layout);
      if (!frame) throw new Error(`no layout template named ${layout}`);
      return frame({ ...model, body: template(model) });
    },
  };
}
