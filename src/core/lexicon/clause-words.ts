/** Verbs that invert with the subject in a question ("had the court ruled …?"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
]);

/** Words after which a past form is a participle ("was arrested", "had earned"), not a new clause. */
export const AFTER_AUXILIARY: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'to',
]);

/** Forms of "be": a number after them names a state, not something done ("the toll was 18"). */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/** Words before a number that make it approximate or a lower bound: the question says "about". */
export const APPROXIMATORS: readonly string[] = [
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'some',
  'over',
  'more than',
  'at least',
  'close to',
  'upwards of',
  'an estimated',
  'an estimate of',
];

/** Words before a number that bound it from above; such a number cannot be asked as "how many". */
export const UPPER_BOUNDS: readonly string[] = [
  'up to',
  'fewer than',
  'less than',
  'under',
  'at most',
];

/** Past and present forms the tagger leaves without a dictionary form. */
export const IRREGULAR_ROOTS: Readonly<Record<string, string>> = {
  has: 'have',
  had: 'have',
  drew: 'draw',
  did: 'do',
  does: 'do',
  went: 'go',
  won: 'win',
  saw: 'see',
  took: 'take',
  gave: 'give',
  made: 'make',
  held: 'hold',
  sold: 'sell',
  lost: 'lose',
  paid: 'pay',
  spent: 'spend',
  sent: 'send',
  built: 'build',
  brought: 'bring',
  bought: 'buy',
  found: 'find',
  left: 'leave',
  led: 'lead',
  met: 'meet',
  put: 'put',
  set: 'set',
  cut: 'cut',
  hit: 'hit',
  grew: 'grow',
  rose: 'rise',
  fell: 'fall',
  ran: 'run',
  began: 'begin',
  became: 'become',
  caught: 'catch',
  killed: 'kill',
  told: 'tell',
  said: 'say',
  wrote: 'write',
  struck: 'strike',
  chose: 'choose',
  kept: 'keep',
};

/** Past participles of irregular verbs ("born Maria Skłodowska", "known as", "ground up"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'born',
  'known',
  'shown',
  'grown',
  'seen',
  'done',
  'gone',
  'taken',
  'given',
  'written',
  'chosen',
  'drawn',
  'ground',
]);

/** Date phrases asked with "In which …" or "On which …", by the date's kind. */
export const WHEN_WORDS: Readonly<Record<string, string>> = {
  year: 'In which year',
  weekday: 'On which day',
  month: 'In which month',
  'month-year': 'In which month and year',
  'month-day': 'On which date',
  'full-date': 'On which date',
  decade: 'In which decade',
  century: 'In which century',
};

/** Verbs that credit a figure to its source ("Reuters estimated around 200 people attended"). */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'reported',
  'reports',
  'estimated',
  'estimates',
  'announced',
  'stated',
  'claimed',
  'claims',
  'told',
]);

/** Plural nouns without an -s that a number counts. */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'personnel',
  'cattle',
  'sheep',
  'fish',
  'deer',
  'feet',
  'teeth',
  'mice',
  'geese',
]);

/** Forms of "be" a negated statement puts "not" after ("was not suspended"). */
export const FINITE_COPULAS: readonly string[] = ['is', 'are', 'was', 'were'];

/** Helping verbs a negated statement puts "not" after, when a verb follows ("had not agreed"). */
export const NEGATABLE_HELPERS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
]);

/** Words that open a side clause: a "not" after them would change a detail, not the statement. */
export const SUBORDINATORS: readonly string[] = [
  'when',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'as',
  'than',
  'if',
  'because',
  'while',
  'although',
  'though',
  'since',
  'after',
  'before',
  'until',
  'whether',
  'that',
  'once',
  'unless',
];

/** Adverbs a "not" cannot stand before: "is not sometimes called", "are not both". */
export const ADVERBS_NOT_AFTER_NOT: ReadonlySet<string> = new Set([
  'sometimes',
  'often',
  'usually',
  'always',
  'also',
  'both',
  'still',
  'generally',
  'ordinarily',
  'typically',
  'frequently',
  'mostly',
  'largely',
  'already',
  'never',
  'only',
  'even',
  'probably',
  'possibly',
  'perhaps',
  'likely',
  'apparently',
  'reportedly',
  'certainly',
  'definitely',
  'clearly',
  'widely',
]);

/**
 * Nouns of an event that a date can belong to ("until Brahms's death in 1897"): a date right after
 * one dates the event, not the sentence's verb.
 */
export const EVENT_NOUNS: readonly string[] = [
  'death',
  'birth',
  'marriage',
  'wedding',
  'retirement',
  'election',
  'founding',
  'foundation',
  'invasion',
  'independence',
  'collapse',
  'arrival',
  'departure',
  'return',
  'release',
  'premiere',
  'publication',
  'launch',
  'opening',
  'closure',
  'merger',
  'resignation',
  'visit',
  'victory',
  'defeat',
  'war',
  'revolution',
  'coup',
  'reign',
  'accession',
  'move',
];

/** "at the annual general meeting in March": gatherings whose date is theirs, not the verb's. */
export const GATHERING_NOUNS: readonly string[] = [
  'meeting',
  'session',
  'conference',
  'summit',
  'hearing',
  'festival',
  'congress',
  'assembly',
  'ceremony',
];

/** Nouns that "that" points back with ("half of that amount", "later that year"). */
export const POINTED_NOUNS: readonly string[] = [
  'amount',
  'figure',
  'number',
  'sum',
  'total',
  'year',
  'month',
  'week',
  'day',
  'night',
  'season',
  'time',
  'period',
  'decision',
  'plan',
  'deal',
  'event',
  'place',
  'city',
  'country',
  'match',
  'game',
  'case',
  'point',
  'university',
  'school',
  'company',
  'town',
  'region',
  'war',
  'battle',
  'law',
  'agreement',
  'treaty',
  'settlement',
  'arrangement',
  'campaign',
  'victory',
  'defeat',
  'request',
  'proposal',
  'offer',
  'demand',
  'suggestion',
  'argument',
  'idea',
  'rebellion',
  'revolt',
  'uprising',
  'conflict',
  'dispute',
  'crisis',
  'expedition',
  'siege',
];

/** Generic subjects for an event or an amount, not a doer ("The decision …", "The total …"). */
export const GENERIC_EVENTS: readonly string[] = [
  'action',
  'move',
  'decision',
  'incident',
  'figure',
  'total',
  'money',
  'decline',
  'increase',
  'spending',
  'stock',
  'shares',
  'deaths',
  'losses',
  'site',
  'difference',
  'problem',
  'change',
  'figures',
  'results',
  'findings',
  'risk',
];

/** Generic subjects for a doer: a land, a body, a team or a person ("The company …"). */
export const GENERIC_DOERS: readonly string[] = [
  'country',
  'nation',
  'company',
  'firm',
  'group',
  'team',
  'club',
  'side',
  'agency',
  'organization',
  'organisation',
  'minister',
  'official',
  'player',
  'coach',
  'man',
  'woman',
  'couple',
  'pair',
  'duo',
  'association',
  'union',
  'federation',
  'family',
  'movement',
];

/**
 * Nouns that, opening a sentence as "The <noun>", stand for a firm, team or person named before,
 * or for a figure given before ("The company has 640 employees", "The figure represents …").
 */
export const GENERIC_SUBJECTS: readonly string[] = [...GENERIC_DOERS, ...GENERIC_EVENTS];

/** Verbs of being somewhere that "there" opens or follows ("there remain", "there appeared"). */
export const EXISTENCE_VERBS: readonly string[] = [
  'seem',
  'seems',
  'seemed',
  'remain',
  'remains',
  'remained',
  'appear',
  'appears',
  'appeared',
  'exist',
  'exists',
  'existed',
];

/** Words that open a clause with a subject of its own ("When Hahn arrived, he …"). */
export const CLAUSE_LEADS: readonly string[] = [
  'when',
  'after',
  'before',
  'since',
  'until',
  'while',
  'although',
  'though',
  'because',
  'if',
  'once',
  'as',
  'whereas',
];

/** Prepositions that open a short fronted phrase before a sentence's subject ("In 1835 she …"). */
export const FRONTING_PREPOSITIONS: readonly string[] = [
  'In',
  'On',
  'At',
  'By',
  'Since',
  'After',
  'Before',
  'Until',
  'During',
  'From',
];

/**
 * Words that open a lead-in with no subject of its own ("Despite the war, she …", "Native to
 * Europe, it …"): a pronoun after it stands for someone or something named before. The fronting
 * prepositions are among them ("In 1912, she …"); "Since" and "Until" also open clauses, which
 * `CLAUSE_LEADS` reads first.
 */
export const SUBJECTLESS_LEADS: readonly string[] = [
  ...FRONTING_PREPOSITIONS.map((w) => w.toLowerCase()),
  'for',
  'with',
  'without',
  'despite',
  'unlike',
  'like',
  'under',
  'upon',
  'within',
  'throughout',
  'following',
  'born',
  'native',
  'unable',
  'eager',
  'keen',
  'determined',
  'built',
  'known',
  'made',
  'written',
  'given',
  'held',
  'led',
  'left',
  'brought',
  'grown',
  'the following',
  'the next',
  'that',
  'later that',
];

/**
 * Words that make the figure after them a limit the truth lies under, or a start it runs from
 * ("before 1514", "within 150 kilometres", "since 1975"): a higher figure would still be true, so
 * only a lower one makes a false statement.
 */
export const FALSE_ONLY_LOWER: readonly string[] = [
  'before',
  'by',
  'until',
  'till',
  'within',
  'under',
  'below',
  'less than',
  'fewer than',
  'up to',
  'at most',
  'no more than',
  'since',
  'from',
];

/**
 * Words that make the figure after them a floor the truth lies over ("more than 1,000 towers",
 * "after 1510"): a lower figure would still be true, so only a higher one makes a false statement.
 */
export const FALSE_ONLY_HIGHER: readonly string[] = [
  'more than',
  'over',
  'above',
  'at least',
  'exceeding',
  'upwards of',
  'after',
];

/** Nouns a firm's name describes, which the tagger reads as verbs ("Aurelis shares rose"). */
export const OWNED_NOUNS: ReadonlySet<string> = new Set([
  'shares',
  'stocks',
  'profits',
  'sales',
  'revenues',
  'earnings',
  'prices',
  'exports',
  'imports',
  'workers',
  'officials',
  'fans',
  'players',
]);

/** Words that say which way a length runs ("189 metres long"). */
export const DIMENSIONS: ReadonlySet<string> = new Set([
  'long',
  'wide',
  'high',
  'tall',
  'deep',
  'thick',
  'across',
]);
