import type { MultipleChoiceQuestion, Question, Quiz, TrueFalseQuestion } from '../types.ts';

/**
 * Escapes text for GIFT: the reserved characters `~ = # { } :` and the backslash get a backslash,
 * and a line break becomes `\n` so that a question stays one block (a blank line would end it).
 *
 * @example
 * escapeGift('1 + 1 = 2 {yes}'); // '1 + 1 \\= 2 \\{yes\\}'
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

// `[plain]` tells Moodle the text is plain text, not HTML: `<b>` in an article stays visible as `<b>`.
const PLAIN = '[plain]';

function generalFeedback(question: Question): string {
  return question.explanation.trim() === '' ? '' : `####${escapeGift(question.explanation)}`;
}

function multipleChoiceAnswers(question: MultipleChoiceQuestion): string {
  const lines = question.choices.map(
    (c) => `${c.id === question.answer ? '=' : '~'}${escapeGift(c.text)}`,
  );
  const feedback = generalFeedback(question);
  return `{\n${lines.join('\n')}${feedback === '' ? '' : `\n${feedback}`}\n}`;
}

function trueFalseAnswer(question: TrueFalseQuestion): string {
  return `{${question.answer ? 'TRUE' : 'FALSE'}${generalFeedback(question)}}`;
}

function giftQuestion(question: Question): string {
  const head = `::${escapeGift(question.id)}::${PLAIN}${escapeGift(question.prompt)}`;
  switch (question.type) {
    case 'multiple-choice':
      return `${head}${multipleChoiceAnswers(question)}`;
    case 'true-false':
      return `${head}${trueFalseAnswer(question)}`;
  }
}

/**
 * Moodle reads the `$CATEGORY` line raw (no escapes), so reserved characters become spaces there;
 * `/` separates category levels, and a literal slash is written `//`.
 */
function categoryName(title: string): string {
  const plain = title
    .replace(/[\\~=#{}:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' ? 'Quiz' : plain.replace(/\//g, '//');
}

/**
 * Moodle GIFT text of a quiz: a `$CATEGORY` named after the quiz, then one block per question titled
 * with its id; multiple choice marks the key with `=` and the others with `~`, true/false is
 * `{TRUE}`/`{FALSE}`, the explanation is the general feedback (`####…`).
 *
 * @example
 * toGift(quiz); // '$CATEGORY: quizgen/…\n\n::q1::[plain]Who …?{\n=Kerry\n~Lavrov\n…}\n'
 */
export function toGift(quiz: Quiz): string {
  const blocks = [`$CATEGORY: quizgen/${categoryName(quiz.title)}`];
  for (const question of quiz.questions) blocks.push(giftQuestion(question));
  return `${blocks.join('\n\n')}\n`;
}
