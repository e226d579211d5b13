/** Nationality and group adjectives with the country they refer to. */
export const NATIONALITIES: Readonly<Record<string, string>> = {
  american: 'United States', russian: 'Russia', syrian: 'Syria', british: 'United Kingdom',
  english: 'England', scottish: 'Scotland', welsh: 'Wales', irish: 'Ireland', french: 'France',
  german: 'Germany', italian: 'Italy', spanish: 'Spain', portuguese: 'Portugal', dutch: 'Netherlands',
  belgian: 'Belgium', swiss: 'Switzerland', austrian: 'Austria', polish: 'Poland', czech: 'Czech Republic',
  hungarian: 'Hungary', romanian: 'Romania', bulgarian: 'Bulgaria', greek: 'Greece', turkish: 'Turkey',
  ukrainian: 'Ukraine', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland',
  icelandic: 'Iceland', chinese: 'China', japanese: 'Japan', korean: 'Korea', indian: 'India',
  pakistani: 'Pakistan', afghan: 'Afghanistan', iranian: 'Iran', iraqi: 'Iraq', israeli: 'Israel',
  palestinian: 'Palestine', lebanese: 'Lebanon', jordanian: 'Jordan', saudi: 'Saudi Arabia',
  egyptian: 'Egypt', libyan: 'Libya', tunisian: 'Tunisia', moroccan: 'Morocco', algerian: 'Algeria',
  nigerian: 'Nigeria', kenyan: 'Kenya', ethiopian: 'Ethiopia', 'south african': 'South Africa',
  australian: 'Australia', canadian: 'Canada', mexican: 'Mexico', brazilian: 'Brazil',
  argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', colombian: 'Colombia',
  venezuelan: 'Venezuela', cuban: 'Cuba', peruvian: 'Peru', indonesian: 'Indonesia', thai: 'Thailand',
  vietnamese: 'Vietnam', filipino: 'Philippines', malaysian: 'Malaysia', european: 'Europe',
  african: 'Africa', asian: 'Asia', arab: 'Arab world', kurdish: 'Kurdistan', serbian: 'Serbia',
  croatian: 'Croatia', bosnian: 'Bosnia', albanian: 'Albania', georgian: 'Georgia', armenian: 'Armenia',
  belarusian: 'Belarus', estonian: 'Estonia', latvian: 'Latvia', lithuanian: 'Lithuania',
  slovak: 'Slovakia', slovenian: 'Slovenia', qatari: 'Qatar', yemeni: 'Yemen', sudanese: 'Sudan',
  somali: 'Somalia', ghanaian: 'Ghana', ugandan: 'Uganda', zimbabwean: 'Zimbabwe', nepali: 'Nepal',
  bangladeshi: 'Bangladesh', 'sri lankan': 'Sri Lanka', taiwanese: 'Taiwan', mongolian: 'Mongolia',
  norman: 'Normandy', frankish: 'Francia', roman: 'Rome', byzantine: 'Byzantium', mongol: 'Mongolia',
  prussian: 'Prussia', soviet: 'Soviet Union', ottoman: 'Ottoman Empire', persian: 'Persia',
};

/** Groups named by a plural noun ("Democrats", "Republicans", "Kurds"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'kurds', 'arabs',
  'jews', 'muslims', 'christians', 'catholics', 'protestants', 'hindus', 'buddhists', 'sunnis', 'shiites',
  'normans', 'vikings', 'mongols', 'romans', 'greeks', 'britons', 'americans', 'russians', 'syrians',
  'europeans', 'africans', 'asians', 'australians', 'canadians', 'germans', 'french', 'chinese',
  'japanese', 'indians', 'tories', 'whigs', 'puritans', 'huguenots', 'anglo-saxons', 'franks', 'celts',
]);
