import { auditQuiz } from '../../index.ts';
import type { CliIo } from '../cli-io.ts';
import { onePositional, parseCommandArgs } from '../parse-command-args.ts';
import { readQuizFile } from '../read-quiz-file.ts';
import { renderAudit } from '../render/render-audit.ts';
import { UsageError } from '../usage-error.ts';

const flags = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `quizgen audit <quiz.json>`: prints the automatic checks; resolves to 1 when a hard one fails. */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('audit', args, flags, io);
  if (parsed === undefined) return 0;
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${format}"`, { command: 'audit' });
  }
  const path = onePositional(positionals, 'audit', 'name one quiz JSON file');
  const report = auditQuiz(await readQuizFile(path, io));
  io.writeStdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderAudit(report));
  return report.ok ? 0 : 1;
}
