import type { MultipleChoiceQuestion, Question, Quiz, TrueFalseQuestion } from '../types.ts';
import { escapeXml } from './escape-xml.ts';

// Moodle's idnumber column holds at most 100 characters; a longer id is left out rather than cut
// (two cut ids could collide and fail the import).
const MAX_IDNUMBER = 100;

/** A `<tag format="plain_text"><text>…</text></tag>` element: plain text, shown as typed. */
function textElement(tag: string, text: string, indent: string): string {
  return `${indent}<${tag} format="plain_text"><text>${escapeXml(text)}</text></${tag}>`;
}

function commonFields(question: Question, penalty: string): string[] {
  const fields = [
    `    <name><text>${escapeXml(question.id)}</text></name>`,
    textElement('questiontext', question.prompt, '    '),
    textElement('generalfeedback', question.explanation, '    '),
    '    <defaultgrade>1</defaultgrade>',
    `    <penalty>${penalty}</penalty>`,
    '    <hidden>0</hidden>',
  ];
  if (question.id.length <= MAX_IDNUMBER)
    fields.push(`    <idnumber>${escapeXml(question.id)}</idnumber>`);
  return fields;
}

function answer(fraction: 100 | 0, text: string): string {
  return [
    `    <answer fraction="${fraction}" format="plain_text">`,
    `      <text>${escapeXml(text)}</text>`,
    '      <feedback format="plain_text"><text></text></feedback>',
    '    </answer>',
  ].join('\n');
}

function multipleChoice(question: MultipleChoiceQuestion): string[] {
  return [
    '  <question type="multichoice">',
    ...commonFields(question, '0.3333333'),
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...question.choices.map((c) => answer(c.id === question.answer ? 100 : 0, c.text)),
    '  </question>',
  ];
}

function trueFalse(question: TrueFalseQuestion): string[] {
  return [
    '  <question type="truefalse">',
    ...commonFields(question, '1'),
    // Moodle recognises the two answers only by these literal texts.
    answer(question.answer ? 100 : 0, 'true'),
    answer(question.answer ? 0 : 100, 'false'),
    '  </question>',
  ];
}

function moodleQuestion(question: Question): string[] {
  switch (question.type) {
    case 'multiple-choice':
      return multipleChoice(question);
    case 'true-false':
      return trueFalse(question);
  }
}

/** Moodle category paths use `/` between levels; a literal slash is written `//`. */
function category(title: string): string[] {
  const name = title.replace(/\s+/g, ' ').trim().replace(/\//g, '//') || 'Quiz';
  return [
    '  <question type="category">',
    `    <category><text>$course$/top/quizgen/${escapeXml(name)}</text></category>`,
    '  </question>',
  ];
}

/**
 * Moodle XML (`<quiz>`) of a quiz, for Moodle's question bank import: a category named after the quiz,
 * `multichoice` questions with `<single>true</single>` and fractions 100/0, `truefalse` questions with
 * the literal answers `true` and `false`, explanations as general feedback; all text plain and
 * escaped.
 *
 * @example
 * toMoodleXml(quiz); // '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">…'
 */
export function toMoodleXml(quiz: Quiz): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', ...category(quiz.title)];
  for (const question of quiz.questions) lines.push(...moodleQuestion(question));
  lines.push('</quiz>');
  return `${lines.join('\n')}\n`;
}
