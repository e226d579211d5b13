import Handlebars from 'handlebars';

/** The radio groups of a take page: question id → option values, in page order. */
export function radioGroups(html: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const m of html.matchAll(
    /<input type="radio" id="[^"]+" name="answer-([^"]+)" value="([^"]+)">/g,
  )) {
    const [, id = '', value = ''] = m;
    groups.set(id, [...(groups.get(id) ?? []), value]);
  }
  return groups;
}

/** The path a 303 redirect points to. */
export function locationOf(res: { headers: Record<string, string> }): string {
  return res.headers['location'] ?? '';
}

/** Text as the pages escape it, to look for it in a page. */
export function escaped(text: string): string {
  return Handlebars.escapeExpression(text);
}
