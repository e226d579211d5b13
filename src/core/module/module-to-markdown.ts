import type { LearningModule, ModuleEvidence } from './module-types.ts';

/** Escapes the characters Markdown would read as formatting, and the pipe that splits table cells. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/\s+/g, ' ');
}

/** The anchor of an item's sentence: `s1` for the first sentence. */
export function sentenceAnchor(evidence: Pick<ModuleEvidence, 'sentence'>): string {
  return `s${evidence.sentence + 1}`;
}

function source(evidence: ModuleEvidence): string {
  return `([source](#${sentenceAnchor(evidence)}))`;
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`## ${heading}`, '', ...lines, ''];
}

function named(mentions: number): string {
  return mentions === 1 ? 'named once' : `named ${mentions} times`;
}

function body(m: LearningModule): string[] {
  return [
    ...section(
      'Key points',
      m.keyPoints.map((k, i) => `${i + 1}. ${md(k.text)} ${source(k.evidence)}`),
    ),
    ...section(
      "Who's who",
      m.people.map((p) => {
        const about = p.roles.length > 0 ? p.roles.map(md).join('; ') : named(p.mentions);
        return `- **${md(p.name)}** — ${about} ${source(p.evidence)}`;
      }),
    ),
    ...section(
      'Places',
      m.places.map((p) => `- ${md(p.name)} (${named(p.mentions)}) ${source(p.evidence)}`),
    ),
    ...section('Key numbers', [
      ...(m.numbers.length > 0
        ? ['| Number | What it counts | Source |', '| --- | --- | --- |']
        : []),
      ...m.numbers.map(
        (n) =>
          `| ${md(n.figure)} | ${md(n.phrase)} | [${sentenceAnchor(n.evidence)}](#${sentenceAnchor(n.evidence)}) |`,
      ),
    ]),
    ...section(
      m.datesOrder === 'chronological' ? 'Timeline' : 'Dates, in article order',
      m.dates.map((d) => `- **${md(d.date)}** — ${md(d.event)} ${source(d.evidence)}`),
    ),
    ...section(
      'Quotes',
      m.quotes.flatMap((q) => [
        `> "${md(q.quote)}"`,
        `> — ${md(q.speaker)} ${source(q.evidence)}`,
        '',
      ]),
    ),
    ...section(
      'Flashcards',
      m.flashcards.map(
        (c, i) => `${i + 1}. **${md(c.front)}** — ${md(c.back)} ${source(c.evidence)}`,
      ),
    ),
  ];
}

function article(m: LearningModule): string[] {
  const paragraphs = m.article.map((p) =>
    p.sentences.map((s) => `<a id="${sentenceAnchor(s)}"></a>${md(s.text)}`).join(' '),
  );
  return section(
    'The article',
    paragraphs.flatMap((p) => [p, '']),
  ).slice(0, -1);
}

/**
 * The learning module as Markdown: a heading per section with items, every item linking to its
 * sentence in the article printed at the end (`<a id="s1"></a>` anchors).
 *
 * @example
 * moduleToMarkdown(buildLearningModule(text)).startsWith('# Study guide: '); // true
 */
export function moduleToMarkdown(module: LearningModule): string {
  const lines = [`# Study guide: ${md(module.title)}`, '', ...body(module), ...article(module)];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
