/** A question as the print page shows it. */
export interface PrintedItem {
  number: number;
  prompt: string;
  /** Letter → option text; empty for a true/false statement. */
  options: Map<string, string>;
  /** The statement's True and False boxes are there. */
  hasTruthBoxes: boolean;
}

/** One row of a printed answer key. */
export interface PrintedKeyRow {
  number: number;
  answer: string;
  questionId: string;
}

/** One version of a print page: its sheet and its key table. */
export interface PrintedVersion {
  letter: string;
  title: string;
  items: PrintedItem[];
  key: PrintedKeyRow[];
}

/** Undoes the escaping of Handlebars (`&amp; &lt; &gt; &quot; &#x27; &#x60; &#x3D;`). */
export function unescapeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return text.replace(/&(#x[0-9a-f]+|amp|lt|gt|quot);/gi, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : (named[name] ?? ''),
  );
}

const textOf = (html: string, cls: string): string[] =>
  [...html.matchAll(new RegExp(`<span class="${cls}">([^<]*)</span>`, 'g'))].map((m) =>
    unescapeHtml(m[1] ?? ''),
  );

function readItem(html: string): PrintedItem {
  const letters = textOf(html, 'bubble');
  const texts = textOf(html, 'choice-text');
  return {
    number: Number(/<span class="num">(\d+)\.<\/span>/.exec(html)?.[1]),
    prompt: textOf(html, 'prompt-text')[0] ?? '',
    options: new Map(letters.map((letter, i) => [letter, texts[i] ?? ''])),
    hasTruthBoxes: /<span class="box"><\/span> True<\/span>/.test(html) && html.includes(' False'),
  };
}

function readKey(html: string, letter: string): PrintedKeyRow[] {
  const table = new RegExp(`<table class="key" id="key-${letter}">([\\s\\S]*?)</table>`).exec(html);
  const rows = [...(table?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
  return rows.map((row) => {
    const cell = (cls: string) =>
      unescapeHtml(new RegExp(`<td class="${cls}">([^<]*)</td>`).exec(row[1] ?? '')?.[1] ?? '');
    return {
      number: Number(cell('key-number')),
      answer: cell('key-answer'),
      questionId: cell('key-id'),
    };
  });
}

/** Reads the versions, their questions and their answer keys back out of a print page. */
export function readPrintPage(html: string): PrintedVersion[] {
  const sheets = html.matchAll(/<article class="sheet" id="version-([A-Z])"[\s\S]*?<\/article>/g);
  return [...sheets].map(([sheet, letter = '']) => ({
    letter,
    title: unescapeHtml(/<h1 id="version-[A-Z]-title">([^<]*)<\/h1>/.exec(sheet)?.[1] ?? ''),
    items: sheet
      .split(/<li class="item[ "]/)
      .slice(1)
      .map(readItem),
    key: readKey(html, letter),
  }));
}
