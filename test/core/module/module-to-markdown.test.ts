import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLearningModule, moduleToMarkdown } from '../../../src/index.ts';

const text = readFileSync(
  new URL('../../../seeds/russia-airstrikes-syria.txt', import.meta.url),
  'utf8',
);
const markdown = moduleToMarkdown(buildLearningModule(text));

describe('moduleToMarkdown', () => {
  it('opens with the title and has a heading per section with items', () => {
    expect(markdown.startsWith('# Study guide: Shortly after')).toBe(true);
    for (const heading of [
      'Key points',
      "Who's who",
      'Places',
      'Key numbers',
      'Quotes',
      'Flashcards',
      'The article',
    ])
      expect(markdown).toContain(`\n## ${heading}\n`);
  });

  it("writes who's who as name and role with a link to the sentence", () => {
    expect(markdown).toContain('- **John Kerry** — U.S. Secretary of State ([source](#s15))');
  });

  it('gives every linked sentence an anchor in the article at the end', () => {
    const links = [...markdown.matchAll(/\(#(s\d+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const id of links) expect(markdown).toContain(`<a id="${id}"></a>`);
  });

  it('escapes Markdown in article text and leaves out a section with nothing in it', () => {
    const md = moduleToMarkdown(
      buildLearningModule('The *best* [plan] of the year. It rained | a lot on the weekend.'),
    );
    expect(md).toContain('\\*best\\* \\[plan\\]');
    expect(md).not.toContain('## Quotes');
    expect(md).not.toContain('## Who');
  });
});
