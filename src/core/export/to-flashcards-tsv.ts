/** One study card: what is asked on the front, the answer on the back. */
export interface Flashcard {
  front: string;
  back: string;
}

/**
 * One TSV field for Anki and Quizlet: tabs and line breaks become single spaces (both tools read one
 * card per line and split at tabs); a field that starts with `"` or `#` is quoted with quotes doubled,
 * because Anki would otherwise read it as a quoted field or a comment line.
 *
 * @example
 * tsvField('a\tb\nc'); // 'a b c'
 */
export function tsvField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return /^["#]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * Flashcards as tab-separated text for Anki or Quizlet: `front<TAB>back`, one card per line.
 *
 * @example
 * toFlashcardsTsv([{ front: 'Capital of France?', back: 'Paris' }]); // 'Capital of France?\tParis\n'
 */
export function toFlashcardsTsv(cards: readonly Flashcard[]): string {
  return cards.map((card) => `${tsvField(card.front)}\t${tsvField(card.back)}\n`).join('');
}
