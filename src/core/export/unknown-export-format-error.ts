import { exportFormats } from './export-formats.ts';

/** Thrown when exportQuiz is called with a format it does not know (a caller's mistake). */
export class UnknownExportFormatError extends Error {
  override readonly name = 'UnknownExportFormatError';
  /** The format that was asked for. */
  readonly format: string;

  constructor(format: string) {
    super(
      `Unknown export format "${format}"; known: ${exportFormats.map((f) => f.format).join(', ')}.`,
    );
    this.format = format;
  }
}
