/** Countries (lower case), used to type places and as a last-resort pool of distractors. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Bulgaria',
  'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo', 'Croatia', 'Cuba',
  'Cyprus', 'Czech Republic', 'Denmark', 'Ecuador', 'Egypt', 'England', 'Estonia', 'Ethiopia', 'Finland',
  'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Haiti', 'Honduras', 'Hungary',
  'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan',
  'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Latvia', 'Lebanon', 'Libya', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malaysia', 'Mali', 'Malta', 'Mexico', 'Moldova', 'Mongolia', 'Morocco',
  'Mozambique', 'Myanmar', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'North Korea', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Scotland', 'Senegal',
  'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan',
  'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tanzania', 'Thailand',
  'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States',
  'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Wales', 'Yemen', 'Zambia', 'Zimbabwe',
];

/** Country names by other names the press uses for them. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'united states of america': 'United States', 'the united states': 'United States',
  'u.k.': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  holland: 'Netherlands', 'the netherlands': 'Netherlands', burma: 'Myanmar', 'ivory coast': "Côte d'Ivoire",
  prc: 'China', 'the philippines': 'Philippines', 'czechia': 'Czech Republic', uae: 'United Arab Emirates',
};

/** Well-known cities, to type places and as a last-resort pool of city distractors. */
export const CITIES: readonly string[] = [
  'Amsterdam', 'Athens', 'Atlanta', 'Baghdad', 'Bangkok', 'Barcelona', 'Beijing', 'Beirut', 'Berlin',
  'Bogotá', 'Boston', 'Brussels', 'Budapest', 'Buenos Aires', 'Cairo', 'Cape Town', 'Chicago',
  'Copenhagen', 'Damascus', 'Dallas', 'Delhi', 'Denver', 'Detroit', 'Dhaka', 'Dubai', 'Dublin',
  'Edinburgh', 'Geneva', 'Glasgow', 'Hamburg', 'Havana', 'Helsinki', 'Hong Kong', 'Houston', 'Istanbul',
  'Jakarta', 'Jerusalem', 'Johannesburg', 'Kabul', 'Karachi', 'Kyiv', 'Kiev', 'Lagos', 'Lima', 'Lisbon',
  'London', 'Los Angeles', 'Madrid', 'Manchester', 'Manila', 'Melbourne', 'Mexico City', 'Miami', 'Milan',
  'Montreal', 'Moscow', 'Mumbai', 'Munich', 'Nairobi', 'New Delhi', 'New Orleans', 'New York',
  'New York City', 'Oslo', 'Ottawa', 'Paris', 'Philadelphia', 'Prague', 'Rio de Janeiro', 'Riyadh', 'Rome',
  'San Diego', 'San Francisco', 'Santiago', 'São Paulo', 'Seattle', 'Seoul', 'Shanghai', 'Singapore',
  'Stockholm', 'Sydney', 'Taipei', 'Tehran', 'Tel Aviv', 'Tokyo', 'Toronto', 'Vancouver', 'Vienna',
  'Warsaw', 'Washington', 'Wellington', 'Zurich', 'Aleppo', 'Homs', 'Kraków', 'Krakow', 'Gdańsk', 'Fresno',
  'Sacramento', 'Oakland', 'Austin', 'Phoenix', 'Portland', 'Minneapolis', 'Pittsburgh', 'Cleveland',
];

/** States, provinces and regions often named in news. */
export const REGIONS: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia',
  'Alberta', 'Bavaria', 'Catalonia', 'Normandy', 'Brittany', 'Tuscany', 'Sicily', 'Siberia', 'Crimea',
  'Kashmir', 'Punjab', 'Bengal', 'Tibet', 'Xinjiang', 'Queensland', 'Victoria', 'Tasmania', 'Patagonia',
  'Gaza', 'West Bank', 'Kurdistan', 'Darfur', 'Yorkshire', 'Kent', 'Cornwall', 'Lombardy', 'Andalusia',
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Antarctica', 'Oceania', 'Middle East',
  'Scandinavia', 'Balkans', 'Caribbean', 'Mediterranean', 'Atlantic', 'Pacific', 'Arctic', 'Amazon',
  'Sahara', 'Alps', 'Himalayas', 'Rhine', 'Danube', 'Nile', 'Thames', 'Mississippi River',
];
