import type { Question, Quiz } from '../types.ts';

/** Options of toCsv. */
export interface CsvOptions {
  /**
   * Prefix cells that start with `=`, `+`, `-`, `@`, tab or CR with `'` so a spreadsheet shows them as
   * text instead of running them as formulas. Default false (cells hold exactly the quiz text).
   */
  guardFormulas?: boolean;
}

// Spreadsheets get one column per option slot; quizzes have three to five options.
const MIN_CHOICE_COLUMNS = 5;

/**
 * One CSV field per RFC 4180: quoted, with quotes doubled, when it holds a comma, a quote or a line
 * break (or starts or ends with a space, which some readers trim).
 *
 * @example
 * csvField('Say "hi", then go'); // '"Say ""hi"", then go"'
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function choiceLetter(index: number): string {
  return String.fromCharCode(97 + index);
}

function header(choiceColumns: number): string[] {
  const choices = Array.from({ length: choiceColumns }, (_, i) => `choice_${choiceLetter(i)}`);
  return [
    'question_id',
    'type',
    'prompt',
    ...choices,
    'answer',
    'answer_text',
    'explanation',
    'evidence',
    'difficulty',
    'tags',
  ];
}

function answerCells(question: Question): [string, string] {
  switch (question.type) {
    case 'multiple-choice':
      return [question.answer, question.choices.find((c) => c.id === question.answer)?.text ?? ''];
    case 'true-false':
      return [String(question.answer), question.answer ? 'True' : 'False'];
  }
}

function row(question: Question, choiceColumns: number): string[] {
  const texts = question.type === 'multiple-choice' ? question.choices.map((c) => c.text) : [];
  const choices = Array.from({ length: choiceColumns }, (_, i) => texts[i] ?? '');
  return [
    question.id,
    question.type,
    question.prompt,
    ...choices,
    ...answerCells(question),
    question.explanation,
    question.evidence.map((e) => e.text).join(' … '),
    String(question.difficulty),
    question.tags.join('; '),
  ];
}

function guard(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV of a quiz for spreadsheets, one row per question keyed by `question_id` (RFC 4180: CRLF line
 * ends, a header row, quotes doubled). Columns: question_id, type, prompt, choice_a…choice_e, answer
 * (the choice id, or `true`/`false`), answer_text, explanation, evidence, difficulty, tags.
 *
 * @example
 * toCsv(quiz).split('\r\n')[0]; // 'question_id,type,prompt,choice_a,…,tags'
 */
export function toCsv(quiz: Quiz, options: CsvOptions = {}): string {
  const most = Math.max(
    0,
    ...quiz.questions.map((q) => (q.type === 'multiple-choice' ? q.choices.length : 0)),
  );
  const columns = Math.max(MIN_CHOICE_COLUMNS, most);
  const rows = quiz.questions.map((q) =>
    row(q, columns).map((cell) => (options.guardFormulas ? guard(cell) : cell)),
  );
  return [header(columns), ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
