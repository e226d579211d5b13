import {
  buildLearningModule,
  moduleToMarkdown,
  toFlashcardsTsv,
  type LearningModule,
} from '../../index.ts';
import { assertArticleUsable } from '../assert-article-usable.ts';
import type { CliIo } from '../cli-io.ts';
import { onePositional, parseCommandArgs } from '../parse-command-args.ts';
import { readText } from '../read-input.ts';
import { renderStudyPage } from '../render/render-study-page.ts';
import { UsageError } from '../usage-error.ts';
import { writeOutput } from '../write-output.ts';

const flags = {
  format: { type: 'string', short: 'f' },
  title: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const formats = ['md', 'html', 'json', 'tsv'] as const;
type ModuleFormat = (typeof formats)[number];

function parseFormat(value: string | undefined): ModuleFormat {
  const format = value ?? 'md';
  if ((formats as readonly string[]).includes(format)) return format as ModuleFormat;
  throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`, {
    command: 'module',
  });
}

function render(module: LearningModule, format: ModuleFormat): string {
  switch (format) {
    case 'md':
      return moduleToMarkdown(module);
    case 'html':
      return renderStudyPage(module);
    case 'json':
      return `${JSON.stringify(module, null, 2)}\n`;
    case 'tsv':
      return toFlashcardsTsv(module.flashcards);
  }
}

/**
 * `quizgen module <article|-> [--format md|html|json|tsv] [--title TEXT] [--out FILE]`: the learning
 * module of an article, as Markdown (default), a standalone HTML page, JSON or flashcards as TSV.
 */
export async function moduleCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('module', args, flags, io);
  if (parsed === undefined) return 0;
  const { values, positionals } = parsed;
  const format = parseFormat(values.format);
  const path = onePositional(
    positionals,
    'module',
    'name one article file (or - for standard input)',
  );
  const name = path === '-' ? 'standard input' : path;
  const text = await readText(path, io);
  assertArticleUsable(text, name);
  const module = buildLearningModule(
    text,
    values.title === undefined ? {} : { title: values.title },
  );
  const output = render(module, format);
  if (values.out === undefined) io.writeStdout(output);
  else {
    await writeOutput(values.out, output, io);
    io.writeStderr(`quizgen: wrote the learning module as ${format} to ${values.out}\n`);
  }
  return 0;
}
