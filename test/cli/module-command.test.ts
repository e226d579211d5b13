import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { LearningModule } from '../../src/index.ts';
import { germanText, seedText } from './articles.ts';
import { createMemoryIo } from './memory-io.ts';

const setup = { files: { 'syria.txt': seedText }, dirs: ['out'] };

describe('quizgen module', () => {
  it("prints the learning module as Markdown by default, with who's who and linked sources", async () => {
    const io = createMemoryIo(setup);
    expect(await main(['module', 'syria.txt'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^# Study guide: /);
    expect(io.stdout()).toContain('- **John Kerry** — U.S. Secretary of State ([source](#s15))');
    expect(io.stderr()).toBe('');
  });

  it("prints the module as JSON with the article's people, numbers and quotes", async () => {
    const io = createMemoryIo(setup);
    expect(await main(['module', 'syria.txt', '--format', 'json'], io)).toBe(0);
    const module = JSON.parse(io.stdout()) as LearningModule;
    expect(module.format).toBe('quizgen/module@1');
    expect(module.title).toMatch(/^Shortly after a unanimous parliamentary vote/);
    expect(Object.fromEntries(module.people.map((p) => [p.name, p.roles]))).toMatchObject({
      'John Kerry': ['U.S. Secretary of State'],
      'Sergey Lavrov': ['Russian foreign minister'],
      'Bashar al-Assad': ['Syrian President'],
    });
    expect(module.numbers.map((n) => n.figure)).toEqual(
      expect.arrayContaining(['28 people', '36 people']),
    );
    expect(module.quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'Sergey Lavrov',
        quote: expect.stringContaining('establish channels of communication') as string,
      }),
    );
    for (const item of [...module.people, ...module.numbers, ...module.quotes])
      expect(seedText.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
  });

  it('writes a standalone HTML page with its stylesheet inside and no outside links', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['module', 'syria.txt', '--format', 'html', '--out', 'out/s.html'], io)).toBe(
      0,
    );
    const html = new TextDecoder().decode(io.files.get('out/s.html'));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('.flashcard');
    expect(html).not.toMatch(/<link |<script|src="http/);
    expect(html).toContain('id="s15"');
    expect(io.stderr()).toContain('wrote the learning module as html to out/s.html');
  });

  it('prints the flashcards as TSV for Anki or Quizlet', async () => {
    const io = createMemoryIo(setup);
    expect(await main(['module', 'syria.txt', '--format', 'tsv'], io)).toBe(0);
    expect(io.stdout()).toContain('Who is the U.S. Secretary of State?\tJohn Kerry\n');
  });

  it('reads the article from standard input and takes a title', async () => {
    const io = createMemoryIo({ stdin: seedText });
    expect(await main(['module', '-', '--title', 'Airstrikes in Syria'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^# Study guide: Airstrikes in Syria\n/);
  });

  it.each([
    [['module'], 2, 'name one article file'],
    [['module', 'syria.txt', '--format', 'pdf'], 2, '--format must be one of md, html, json, tsv'],
    [['module', 'missing.txt'], 1, 'missing.txt: no such file'],
    [['module', 'german.txt'], 1, 'german.txt:'],
  ])('refuses %j with exit code %i', async (argv, code, message) => {
    const io = createMemoryIo({ files: { ...setup.files, 'german.txt': germanText } });
    expect(await main(argv, io)).toBe(code);
    expect(io.stderr()).toContain(message);
    expect(io.stdout()).toBe('');
  });

  it('explains its formats in its help and is listed in the general help', async () => {
    const io = createMemoryIo();
    expect(await main(['module', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('tsv: the flashcards for Anki or Quizlet');
    const general = createMemoryIo();
    await main(['--help'], general);
    expect(general.stdout()).toContain('quizgen module <file|->');
  });
});
