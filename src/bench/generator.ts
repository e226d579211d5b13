/**
 * `npm run bench`: how fast the generator is, against compromise's own parse of the same texts.
 * Not a test: it prints a table. Run on an idle machine for figures worth comparing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { generateQuiz } from '../index.ts';
import { renderTable } from '../cli/render/render-table.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const options = { multipleChoice: 8, trueFalse: 6, seed: 1 };
const REPS = 5;

setFlagsFromString('--expose-gc');
/** A full garbage collection, so heap figures start from live data only. */
const collectGarbage = runInNewContext('gc') as () => void;

interface Article {
  name: string;
  text: string;
  words: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

function loadArticles(): { source: string; articles: Article[] } {
  const corpus = join(root, '../shared/corpus');
  const dir = existsSync(corpus) ? corpus : join(root, 'seeds');
  const articles = textFiles(dir).map((path) => {
    const text = readFileSync(path, 'utf8');
    return { name: path.slice(dir.length + 1), text, words: countWords(text) };
  });
  return { source: dir, articles };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

const median = (values: number[]): number => quantile(values, 0.5);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const ms = (n: number): string => n.toFixed(2);

/** Times generation and compromise's parse of each article, interleaved, after a warm-up. */
function measureCorpus(articles: Article[]): { gen: number[]; parse: number[] } {
  const gen: number[][] = articles.map(() => []);
  const parse: number[][] = articles.map(() => []);
  for (const a of articles) {
    generateQuiz(a.text, options);
    nlp(a.text);
  }
  for (let rep = 0; rep < REPS; rep++) {
    articles.forEach((a, i) => {
      const runGen = (): void => void gen[i]?.push(time(() => generateQuiz(a.text, options)));
      const runParse = (): void => void parse[i]?.push(time(() => nlp(a.text)));
      const order = rep % 2 === 0 ? [runGen, runParse] : [runParse, runGen];
      for (const run of order) run();
    });
  }
  return { gen: gen.map(median), parse: parse.map(median) };
}

function reportCorpus(source: string, articles: Article[]): void {
  const { gen, parse } = measureCorpus(articles);
  const words = sum(articles.map((a) => a.words));
  const ratios = gen.map((g, i) => g / (parse[i] ?? Number.NaN));
  console.log(`Corpus: ${articles.length} articles, ${words} words from ${source}`);
  console.log(
    `(median of ${REPS} interleaved runs per article after one warm-up run; --mc 8 --tf 6)\n`,
  );
  const rows = [
    [
      'generateQuiz',
      ms(median(gen)),
      ms(quantile(gen, 0.95)),
      String(Math.round(words / (sum(gen) / 1000))),
    ],
    [
      'compromise nlp(text)',
      ms(median(parse)),
      ms(quantile(parse, 0.95)),
      String(Math.round(words / (sum(parse) / 1000))),
    ],
  ];
  console.log(
    renderTable(['', 'median ms/article', 'p95 ms/article', 'words/s'], rows, [
      'left',
      'right',
      'right',
      'right',
    ]),
  );
  console.log(
    `Ratio of our generation to compromise's parse: ${(sum(gen) / sum(parse)).toFixed(2)} overall, ` +
      `${median(ratios).toFixed(2)} median per article (target ≤ 2.0)\n`,
  );
}

/** The paragraphs of `text` repeated until the result holds at least `words` words. */
function grow(text: string, words: number): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => countWords(p) > 0);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    out.push(p);
    count += countWords(p);
  }
  return out.join('\n\n');
}

function reportScaling(base: Article): void {
  const sizes = [1_000, 10_000, 100_000];
  const reps = [5, 3, 1];
  const maxRss0 = process.resourceUsage().maxRSS;
  const rows = sizes.map((size, k) => {
    const text = grow(base.text, size);
    const words = countWords(text);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const times = Array.from({ length: reps[k] ?? 1 }, () =>
      time(() => generateQuiz(text, options)),
    );
    const heapAfter = process.memoryUsage().heapUsed;
    const t = median(times);
    return {
      words,
      t,
      perWord: (t / words) * 1000,
      heap: (heapAfter - heapBefore) / 2 ** 20,
      rss: process.resourceUsage().maxRSS / 1024,
    };
  });
  console.log(`Scaling: ${base.name} grown by repeating its paragraphs\n`);
  console.log(
    renderTable(
      ['words', 'ms', 'µs/word', 'heap growth MiB', 'peak RSS MiB'],
      rows.map((r) => [
        String(r.words),
        ms(r.t),
        r.perWord.toFixed(1),
        r.heap.toFixed(1),
        r.rss.toFixed(0),
      ]),
      ['right', 'right', 'right', 'right', 'right'],
    ),
  );
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last) {
    console.log(
      `Per-word cost at ${last.words} vs ${first.words} words: ${(last.perWord / first.perWord).toFixed(2)}× (target ≤ 1.3×); ` +
        `peak RSS before scaling ${(maxRss0 / 1024).toFixed(0)} MiB`,
    );
  }
}

const { source, articles } = loadArticles();
reportCorpus(source, articles);
const seed = join(root, 'seeds/russia-airstrikes-syria.txt');
const baseText = existsSync(seed) ? readFileSync(seed, 'utf8') : (articles[0]?.text ?? '');
reportScaling({
  name: existsSync(seed) ? 'seeds/russia-airstrikes-syria.txt' : (articles[0]?.name ?? ''),
  text: baseText,
  words: countWords(baseText),
});
