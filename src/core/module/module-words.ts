/** Words that open a sentence without adding to it; a key point drops them ("However, …"). */
export const LEADING_CONNECTORS: readonly string[] = [
  'however',
  'meanwhile',
  'but',
  'and',
  'also',
  'in addition',
  'moreover',
  'furthermore',
  'still',
  'yet',
];

/** Where a clause ends, in a normalized sentence: commas, semicolons, colons, dashes, quotes (not "40,000"). */
export const CLAUSE_BREAK = /[,;:](?=\s|$)|["()]|\s-\s/g;

/** Words a short phrase should not start on ("and the board …"). */
export const LEADING_DANGLING: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'of',
  'to',
  'for',
  'that',
  'which',
  'according',
]);

/** Words a short phrase should not end on ("… according to the"). */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'and',
  'or',
  'but',
  'as',
  'than',
  'that',
  'which',
  'who',
  'according',
  'along',
  'into',
  'about',
  'around',
  'over',
  'through',
  'within',
  'across',
  'near',
  'after',
  'before',
  'between',
  'during',
  'since',
  'until',
  'its',
  'their',
  'his',
  'her',
]);

/** Units that make a number a clock time, not a key number ("4 p.m."). */
export const CLOCK_UNITS: ReadonlySet<string> = new Set(['pm', 'am', 'p.m', 'a.m', "o'clock"]);

/** Words of a description that show it is a clause of its own, not an appositive ("X, the firm said"). */
export const SPEECH_IN_DESCRIPTION = /\b(?:said|says|told|added|announced|reported|stated)\b/i;

/** Words that open a unit of two words ("square feet", "cubic metres"). */
export const UNIT_PREFIXES: ReadonlySet<string> = new Set(['square', 'cubic']);
