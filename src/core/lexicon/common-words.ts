/** Capitalised words that begin sentences or headings but never begin a name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'what', 'which', 'who', 'why',
  'how', 'if', 'although', 'though', 'because', 'as', 'but', 'and', 'or', 'nor', 'so', 'yet', 'also',
  'however', 'meanwhile', 'moreover', 'furthermore', 'despite', 'regardless', 'according', 'both', 'each',
  'every', 'all', 'some', 'many', 'most', 'several', 'few', 'other', 'another', 'such', 'there', 'here',
  'then', 'now', 'today', 'yesterday', 'tomorrow', 'later', 'earlier', 'once', 'still', 'only', 'even',
  'about', 'around', 'over', 'under', 'between', 'among', 'into', 'onto', 'upon', 'within', 'through',
  'throughout', 'following', 'including', 'like', 'unlike', 'to', 'of', 'not', 'no', 'yes', 'shortly',
  'altogether', 'instead', 'thus', 'therefore', 'indeed', 'overall', 'currently', 'previously', 'recently',
  'additionally', 'separately', 'similarly', 'finally', 'first', 'second', 'third', 'last', 'next', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'reports', 'report', 'guests',
  'officials', 'police', 'authorities', 'scientists', 'researchers', 'experts', 'critics', 'residents',
  'some', 'others', 'people', 'those', 'post-war', 'later', 'although', 'whether', 'unless', 'against',
  'along', 'above', 'below', 'across', 'beyond', 'near', 'per', 'via', 'versus', 'vs', 'upon', 'amid',
  'towards', 'toward', 'out', 'up', 'down', 'off', 'again', 'further', 'too', 'very', 'just', 'much',
  'more', 'less', 'least', 'well', 'perhaps', 'maybe', 'sometimes', 'often', 'always', 'never', 'usually',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'earning', 'speaking', 'asked', 'speculation',
  'phd', 'ph.d.', 'mba', 'new', 'former', 'current', 'local', 'national', 'international', 'global', 'chapter', 'section', 'part',
]);

/** Small words that may stand inside a name ("Secretary of State", "Leonardo da Vinci", "Bashar al-Assad"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of', 'for', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'y', '&', 'on',
]);

/** Weekday and month names, which are dates, not names. */
export const WEEKDAYS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
