/** Every file format a quiz can be exported to. */
export type ExportFormat =
  'json' | 'json-student' | 'gift' | 'moodle-xml' | 'qti' | 'aiken' | 'csv' | 'flashcards-tsv';

/** What a help text or a download link says about one export format. */
export interface ExportFormatInfo {
  format: ExportFormat;
  /** A short human name, as on a download button. */
  label: string;
  /** One line: what the file is and where it goes. */
  description: string;
  /** The end of the file name, after the slug of the quiz title. */
  extension: string;
  mediaType: string;
}

const TEXT = 'text/plain; charset=utf-8';

/** The export formats in the order a teacher page or `--help` lists them. */
export const exportFormats: readonly ExportFormatInfo[] = [
  {
    format: 'json',
    label: 'Quiz JSON (teacher)',
    description:
      'quizgen/quiz@1 with answer key, evidence and explanations (see quiz.schema.json).',
    extension: '.quiz.json',
    mediaType: 'application/json',
  },
  {
    format: 'json-student',
    label: 'Quiz JSON (student)',
    description: 'The same quiz without answers, evidence or explanations, safe to hand out.',
    extension: '.student.json',
    mediaType: 'application/json',
  },
  {
    format: 'gift',
    label: 'Moodle GIFT',
    description: 'Plain-text GIFT for Moodle (Question bank > Import > GIFT format).',
    extension: '.gift.txt',
    mediaType: TEXT,
  },
  {
    format: 'moodle-xml',
    label: 'Moodle XML',
    description:
      'Moodle XML with explanations as general feedback (Question bank > Import > Moodle XML).',
    extension: '.moodle.xml',
    mediaType: 'application/xml',
  },
  {
    format: 'qti',
    label: 'QTI 2.1 package',
    description:
      'IMS QTI 2.1 content package (zip): one item per question, a test and imsmanifest.xml.',
    extension: '.qti21.zip',
    mediaType: 'application/zip',
  },
  {
    format: 'aiken',
    label: 'Aiken',
    description:
      'Aiken text (multiple choice only; true/false become A. True / B. False; no feedback).',
    extension: '.aiken.txt',
    mediaType: TEXT,
  },
  {
    format: 'csv',
    label: 'CSV',
    description: 'One row per question keyed by question id, for spreadsheets (RFC 4180, UTF-8).',
    extension: '.csv',
    mediaType: 'text/csv; charset=utf-8; header=present',
  },
  {
    format: 'flashcards-tsv',
    label: 'Flashcards (Anki/Quizlet)',
    description: 'Tab-separated front/back cards, one per line, for Anki or Quizlet import.',
    extension: '.flashcards.tsv',
    mediaType: 'text/tab-separated-values; charset=utf-8',
  },
];

/** Whether a string names an export format (for validating CLI flags and route parameters). */
export function isExportFormat(value: string): value is ExportFormat {
  return exportFormats.some((info) => info.format === value);
}
