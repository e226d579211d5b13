/**
 * Mountains, deserts, rivers and plains that lie within one continent, by that continent's name
 * in lower case: "the Andes" in a sentence already says "South America". Ranges and rivers that
 * mark a border between continents (the Urals, the Caucasus) are left out, and so are names that
 * are also common words or firms.
 */
export const LANDFORM_CONTINENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'south america':
      'Andes Andean Amazon_basin Amazon_rainforest Amazon_River Amazonia Patagonia Pampas Atacama Orinoco Gran_Chaco Altiplano Tierra_del_Fuego',
    'north america':
      'Rockies Rocky_Mountains Appalachians Appalachian_Mountains Mississippi_River Great_Plains Yukon Great_Lakes',
    europe:
      'Alps Alpine Pyrenees Carpathians Danube Rhine Balkans Apennines Iberian_Peninsula Volga',
    asia: 'Himalayas Himalaya Himalayan Gobi Tibetan_Plateau Siberia Mekong Yangtze Ganges Karakoram Hindu_Kush Yellow_River Deccan',
    africa:
      'Sahara Saharan Kalahari Namib Nile Sahel Serengeti Kilimanjaro Great_Rift_Valley Congo_Basin Zambezi Okavango Atlas_Mountains',
    oceania: 'Outback Great_Barrier_Reef',
  }).flatMap(([continent, names]) =>
    names.split(' ').map((name) => [name.replace(/_/g, ' ').toLowerCase(), continent] as const),
  ),
);

/**
 * The lands whose rulers or ages a name marks, when followed by "dynasty", "period", "era",
 * "shogunate" or "court": "the Western Han dynasty" already says "China". Keyed in lower case; the lands are
 * written as the country lexicons write them, old and new names side by side.
 */
export const DYNASTY_LANDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    China: 'Shang Zhou Qin Han Xin Jin Sui Tang Song Yuan Ming Qing Northern_Wei Liao',
    Japan: 'Nara Heian Kamakura Muromachi Edo Tokugawa Meiji Taisho Showa Ashikaga',
    'Korea/South Korea/North Korea': 'Joseon Goryeo Silla Baekje Goguryeo',
    India: 'Maurya Mauryan Gupta Mughal Chola Vijayanagara',
    'Persia/Iran': 'Achaemenid Parthian Sasanian Sassanid Safavid Qajar',
    Egypt: 'Ptolemaic Fatimid Mamluk',
    Vietnam: 'Ly Tran Nguyen Le',
    Russia: 'Romanov Rurik',
  }).flatMap(([land, names]) =>
    names
      .split(' ')
      .map((name) => [name.replace(/_/g, ' ').toLowerCase(), land.split('/')] as const),
  ),
);

/** The words for a continent's own ("the Australian continent"), as a people's word writes them. */
export const CONTINENT_WORDS: ReadonlySet<string> = new Set([
  'African',
  'Asian',
  'European',
  'Australian',
  'American',
  'North American',
  'South American',
  'Antarctic',
]);
