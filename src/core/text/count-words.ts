/** A word: letters or digits, possibly joined by an apostrophe, hyphen or period ("don't", "3.5"). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

/** Counts the words of a text without building a list of them. */
export function countWords(text: string): number {
  const word = new RegExp(WORD);
  let count = 0;
  while (word.exec(text)) count++;
  return count;
}
