/**
 * Words that make up titles and roles ("U.S. Defense Secretary", "Prime Minister", "chief executive").
 * A name chunk that starts with these words is split into a role and a name.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice', 'secretary', 'minister', 'premier', 'chancellor', 'governor', 'senator', 'mayor',
  'speaker', 'representative', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'bishop', 'archbishop', 'cardinal', 'general', 'admiral',
  'colonel', 'captain', 'commander', 'lieutenant', 'sergeant', 'major', 'chief', 'director', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'executive', 'ceo', 'founder', 'co-founder', 'manager', 'coach',
  'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'judge', 'justice', 'attorney',
  'prosecutor', 'professor', 'dr', 'dr.', 'doctor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame',
  'lord', 'lady', 'saint', 'st.', 'rev.', 'reverend', 'father', 'sheikh', 'ayatollah', 'deputy', 'acting',
  'former', 'interim', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'state',
  'home', 'justice', 'education', 'energy', 'trade', 'labour', 'labor', 'agriculture', 'transport',
  'treasury', 'attorney-general', 'general-secretary', 'secretary-general', 'undersecretary', 'assistant',
  'senior', 'junior', 'associate', 'lead', 'principal', 'dean', 'chancellor', 'provost', 'rector',
  'researcher', 'scientist', 'astronaut', 'editor', 'correspondent', 'reporter', 'author', 'analyst',
  'economist', 'designer', 'drummer', 'singer', 'guitarist', 'actor', 'actress', 'director-general',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'player', 'champion', 'driver', 'rider',
  'forward', 'quarterback', 'pitcher', 'owner', 'partner', 'analyst', 'historian', 'physicist', 'chemist',
  'biologist', 'oceanographer', 'engineer', 'architect', 'inspector', 'superintendent', 'commissioner',
  'councillor', 'councilor', 'alderman', 'sheriff', 'constable', 'marshal', 'magistrate', 'mp', 'mep',
  'rep.', 'sen.', 'gov.', 'gen.', 'col.', 'capt.', 'lt.', 'sgt.', 'prof.', 'pres.', 'supt.', 'insp.',
  'press', 'police', 'fire', 'party', 'opposition', 'republican', 'democrat', 'democratic', 'labour',
  'conservative', 'liberal', 'green', 'independent', 'national', 'federal', 'regional', 'city', 'county',
  'district', 'u.s.', 'us', 'u.k.', 'uk', 'eu', 'un', 'u.n.',
]);

/** Role words that can end a role phrase (the head noun of a title). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'secretary', 'minister', 'premier', 'chancellor', 'governor', 'senator', 'mayor', 'speaker',
  'representative', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'bishop', 'archbishop', 'cardinal', 'general', 'admiral', 'colonel',
  'captain', 'commander', 'lieutenant', 'sergeant', 'chief', 'director', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'executive', 'ceo', 'founder', 'co-founder', 'manager', 'coach', 'head', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'judge', 'justice', 'attorney', 'prosecutor',
  'professor', 'doctor', 'dean', 'provost', 'rector', 'researcher', 'scientist', 'astronaut', 'editor',
  'correspondent', 'reporter', 'author', 'analyst', 'economist', 'designer', 'drummer', 'singer',
  'guitarist', 'actor', 'actress', 'director-general', 'secretary-general', 'attorney-general', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'player', 'champion', 'driver', 'rider', 'quarterback',
  'pitcher', 'owner', 'partner', 'historian', 'physicist', 'chemist', 'biologist', 'oceanographer',
  'engineer', 'architect', 'inspector', 'superintendent', 'commissioner', 'councillor', 'councilor',
  'sheriff', 'magistrate', 'mp', 'mep', 'deputy', 'chancellor', 'officer', 'cfo', 'cto', 'coo', 'treasurer',
  'governor-general', 'lawmaker', 'legislator', 'diplomat', 'official', 'adviser', 'advisor', 'aide',
  'candidate', 'nominee', 'spokesperson', 'curator', 'conductor', 'composer', 'novelist', 'poet',
  'writer', 'journalist', 'photographer', 'filmmaker', 'producer', 'entrepreneur', 'investor', 'banker',
  'lawyer', 'surgeon', 'nurse', 'teacher', 'student', 'activist', 'campaigner', 'priest', 'imam', 'rabbi',
  'monk', 'cleric', 'warden', 'ranger', 'pilot', 'astronomer', 'mathematician', 'geologist', 'ecologist',
  'epidemiologist', 'virologist', 'psychologist', 'sociologist', 'archaeologist', 'paleontologist',
]);

/** Honorifics that stand before a name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'rev', 'rev.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.', 'col', 'col.', 'capt', 'capt.',
  'lt', 'lt.', 'sgt', 'sgt.', 'st', 'st.', 'mme', 'mlle', 'herr', 'frau',
]);
