import { exportFormats, exportQuiz, isExportFormat, type ExportFormat } from '../../index.ts';
import type { CliIo } from '../cli-io.ts';
import { onePositional, parseCommandArgs } from '../parse-command-args.ts';
import { readQuizFile } from '../read-quiz-file.ts';
import { UsageError } from '../usage-error.ts';
import { writeOutput } from '../write-output.ts';

const flags = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseFormat(value: string | undefined): ExportFormat {
  const known = exportFormats.map((f) => f.format).join(', ');
  if (value === undefined)
    throw new UsageError(`--format is required: one of ${known}`, { command: 'export' });
  if (!isExportFormat(value))
    throw new UsageError(`unknown format "${value}": use one of ${known}`, { command: 'export' });
  return value;
}

/** `quizgen export <quiz.json> --format F [--out FILE]`: writes the quiz in another format. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('export', args, flags, io);
  if (parsed === undefined) return 0;
  const { values, positionals } = parsed;
  const format = parseFormat(values.format);
  const path = onePositional(positionals, 'export', 'name one quiz JSON file');
  const file = exportQuiz(await readQuizFile(path, io), format);
  if (values.out === undefined && typeof file.body !== 'string') {
    throw new UsageError(`${format} is a binary file: write it with --out ${file.filename}`, {
      command: 'export',
    });
  }
  for (const note of file.notes) io.writeStderr(`quizgen: note: ${note}\n`);
  if (values.out === undefined) {
    io.writeStdout(file.body);
    return 0;
  }
  await writeOutput(values.out, file.body, io);
  io.writeStderr(`quizgen: wrote ${file.itemCount} item(s) as ${format} to ${values.out}\n`);
  return 0;
}
