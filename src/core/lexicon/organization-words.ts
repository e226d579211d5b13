/** Head words that make a capitalised name an organization ("Syrian National Coalition"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'administration', 'bureau', 'commission', 'committee',
  'council', 'coalition', 'alliance', 'union', 'federation', 'confederation', 'association', 'society',
  'institute', 'institution', 'university', 'college', 'school', 'academy', 'observatory', 'laboratory',
  'laboratories', 'lab', 'labs', 'foundation', 'fund', 'trust', 'bank', 'party', 'parliament', 'congress',
  'senate', 'assembly', 'court', 'tribunal', 'army', 'navy', 'forces', 'force', 'police', 'guard', 'corps',
  'service', 'services', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'plc', 'co', 'co.', 'group', 'holdings', 'industries', 'enterprises', 'partners', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'networks', 'network', 'media', 'news', 'press', 'times', 'post',
  'journal', 'gazette', 'herald', 'tribune', 'broadcasting', 'radio', 'television', 'studios', 'records',
  'museum', 'gallery', 'library', 'hospital', 'clinic', 'centre', 'center', 'club', 'team', 'fc', 'united',
  'league', 'organization', 'organisation', 'authority', 'board', 'cabinet', 'government', 'church',
  'brigade', 'front', 'movement', 'campaign', 'secretariat', 'program', 'programme', 'project', 'initiative',
  'orchestra', 'ensemble', 'band', 'choir', 'reports', 'expeditions', 'observers', 'watch', 'rights',
  'nations', 'kommersant', 'reuters', 'bbc', 'cnn', 'nasa', 'fbi', 'cia', 'nato', 'who', 'unesco', 'unicef',
  'opec', 'imf', 'isis', 'isil', 'fifa', 'uefa', 'ioc', 'esa', 'eu', 'un',
]);

/** Acronyms and names that are organizations wherever they stand. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'nasa', 'fbi', 'cia', 'nato', 'unesco', 'unicef', 'opec', 'imf', 'isis', 'isil', 'fifa', 'uefa', 'ioc',
  'esa', 'reuters', 'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'afp', 'ap', 'pap', 'tass', 'nhs', 'un', 'eu', 'who',
  'google', 'apple', 'microsoft', 'amazon', 'facebook', 'twitter', 'youtube', 'wikipedia', 'wikinews',
  'hamas', 'hezbollah', 'taliban', 'al-qaeda', 'interpol', 'europol', 'greenpeace', 'spacex', 'boeing',
  'airbus', 'toyota', 'volkswagen', 'samsung', 'sony', 'nintendo', 'netflix', 'ibm', 'intel', 'tesla',
]);
