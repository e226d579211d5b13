/** Number words and their values, for "eight positions" and for writing distractors in words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Scale words after a numeral ("3.5 billion"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
};

/** Currency symbols and words. */
export const CURRENCY_SYMBOLS = ['$', '£', '€', '¥', '₹', 'US$', 'A$', 'C$'] as const;
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'yen',
  'yuan',
  'rupees',
  'francs',
  'marks',
  'roubles',
  'rubles',
  'pesos',
  'zloty',
  'usd',
  'eur',
  'gbp',
]);

/** Words after a number that say it is not a count of things ("years old", "percent"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set([
  'percent',
  'per cent',
  '%',
  'percentage',
]);

/** Plural nouns a year can name ("the 2018 elections"), which a count of them would not precede. */
export const YEARLY_EVENTS: ReadonlySet<string> = new Set([
  'elections',
  'midterms',
  'primaries',
  'polls',
  'olympics',
  'games',
  'finals',
  'playoffs',
  'championships',
  'protests',
  'riots',
  'floods',
  'fires',
  'wildfires',
  'attacks',
  'talks',
  'negotiations',
  'celebrations',
  'awards',
  'festivities',
  'hearings',
  'sanctions',
]);

/** The ordinal words from "first" to "twentieth", in order. */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** Verbs before a vote's tally whose first side won ("passed by 27 votes to 20", "voted 66 to 27"). */
export const TALLY_VERBS: readonly string[] = [
  'passed',
  'approved',
  'adopted',
  'carried',
  'won',
  'voted',
  'backed',
  'elected',
];
