import { toStudentQuiz } from '../quiz/to-student-quiz.ts';
import type { Quiz } from '../types.ts';
import { exportFormats, type ExportFormat, type ExportFormatInfo } from './export-formats.ts';
import { quizToFlashcards } from './quiz-to-flashcards.ts';
import { slugifyTitle } from './slugify-title.ts';
import { toAiken } from './to-aiken.ts';
import { toCsv } from './to-csv.ts';
import { toFlashcardsTsv, type Flashcard } from './to-flashcards-tsv.ts';
import { toGift } from './to-gift.ts';
import { toMoodleXml } from './to-moodle-xml.ts';
import { toQtiPackage } from './to-qti-package.ts';
import { UnknownExportFormatError } from './unknown-export-format-error.ts';

/** A file ready to save or send as a download. */
export interface ExportFile {
  /** A safe file name: the slug of the quiz title and the format's extension. */
  filename: string;
  /** The Content-Type to send it with. */
  mediaType: string;
  /** Text (UTF-8) for every format but `qti`, which is a zip. */
  body: string | Uint8Array;
  /** Questions written to the file (flashcards: cards written). */
  itemCount: number;
  /** What the format cannot carry or made us change, one sentence each; empty when nothing. */
  notes: string[];
}

/** Options of exportQuiz; every field is optional. */
export interface ExportOptions {
  /** The file name without extension. Default: the slug of the quiz title. */
  basename?: string;
  /** CSV only: prefix cells starting with `= + - @` with `'` against formula injection. Default false. */
  guardFormulas?: boolean;
  /** flashcards-tsv only: the cards to write instead of one per question (the learning module's). */
  cards?: readonly Flashcard[];
}

type Content = Pick<ExportFile, 'body' | 'itemCount' | 'notes'>;

const NO_FEEDBACK = 'Explanations are not included: the format has no place for them.';

function aikenContent(quiz: Quiz): Content {
  const aiken = toAiken(quiz);
  const notes: string[] = [NO_FEEDBACK];
  if (aiken.trueFalseConverted > 0)
    notes.push(`${aiken.trueFalseConverted} true/false question(s) written as A. True / B. False.`);
  if (aiken.omitted.length > 0)
    notes.push(`Left out (too many options): ${aiken.omitted.join(', ')}.`);
  return { body: aiken.text, itemCount: aiken.written, notes };
}

function flashcardsContent(quiz: Quiz, options: ExportOptions): Content {
  const cards = options.cards ?? quizToFlashcards(quiz);
  return { body: toFlashcardsTsv(cards), itemCount: cards.length, notes: [] };
}

function content(quiz: Quiz, format: ExportFormat, options: ExportOptions): Content {
  const all = (body: string | Uint8Array, notes: string[] = []): Content => ({
    body,
    itemCount: quiz.questions.length,
    notes,
  });
  switch (format) {
    case 'json':
      return all(`${JSON.stringify(quiz, null, 2)}\n`);
    case 'json-student':
      return all(`${JSON.stringify(toStudentQuiz(quiz), null, 2)}\n`);
    case 'gift':
      return all(toGift(quiz));
    case 'moodle-xml':
      return all(toMoodleXml(quiz));
    case 'qti':
      return all(toQtiPackage(quiz), [NO_FEEDBACK]);
    case 'aiken':
      return aikenContent(quiz);
    case 'csv':
      return all(
        toCsv(
          quiz,
          options.guardFormulas === undefined ? {} : { guardFormulas: options.guardFormulas },
        ),
      );
    case 'flashcards-tsv':
      return flashcardsContent(quiz, options);
  }
}

function formatInfo(format: ExportFormat): ExportFormatInfo {
  const info = exportFormats.find((f) => f.format === format);
  if (info === undefined) throw new UnknownExportFormatError(format);
  return info;
}

/**
 * Exports a quiz to one file format; the one entry the CLI and the server both use.
 *
 * @example
 * const file = exportQuiz(quiz, 'gift');
 * // { filename: 'russia-air-strikes.gift.txt', mediaType: 'text/plain; charset=utf-8', body: '…', itemCount: 10, notes: [] }
 */
export function exportQuiz(
  quiz: Quiz,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile {
  const info = formatInfo(format);
  const basename = slugifyTitle(options.basename ?? quiz.title);
  return {
    filename: `${basename}${info.extension}`,
    mediaType: info.mediaType,
    ...content(quiz, format, options),
  };
}
