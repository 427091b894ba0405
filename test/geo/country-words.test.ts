// Country names and demonyms in text, on hand-written sentences: which of them say where the
// text happens, and which name an actor, a relation or part of a place name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCountryMentions } from '../../src/geo/countries.ts';
import { findPlaces, inferCountry, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const country = (text: string): string | null => inferCountry(text, findPlaces(text, gz, {}));

test('a country the text only relates to ("against", "with", "from") is weak evidence', () => {
  const [m] = findCountryMentions('Villagers protested against Pakistan over the shelling.');
  assert.equal(m?.relation, true);
  assert.equal(findCountryMentions('Villagers protested in Pakistan over prices.')[0]?.relation, undefined);
  assert.equal(country('Traders marched in Minsk to oppose closer integration with Russia.'), 'BLR');
});

test('"El Salvador" keeps its article: "Salvador" alone is the Brazilian city', () => {
  assert.deepEqual(findCountryMentions('Teachers marched in Salvador, Bahia.'), []);
  assert.equal(findCountryMentions('Teachers marched in El Salvador.')[0]?.iso3, 'SLV');
  assert.equal(country('Teachers marched in Salvador, Bahia, on Monday.'), 'BRA');
});

test('a country name inside a longer place name, or as the state after "X LGA,", names the place', () => {
  assert.equal(country('A shop owner was shot in Port of Spain on Friday.'), 'TTO');
  const text = 'Bandits attacked Kagara (Rafi LGA, Niger) and abducted six people.';
  assert.equal(country(text), 'NGA');
  assert.equal(findPlaces(text, gz, {}).find((m) => m.text === 'Niger')?.place?.iso3, 'NGA');
  assert.equal(country('Soldiers patrolled the streets of Niamey in Niger.'), 'NER');
  // "Somali region", "Niger State": the next word says it is another country's admin area.
  assert.equal(country('Clan clashes erupted in the Somali region, leaving five people dead.'), 'ETH');
  assert.equal(country('Bandits abducted six farmers in Niger State on Monday.'), 'NGA');
  assert.equal(country('Clan clashes erupted in Somali villages, leaving five people dead.'), 'SOM');
});

test('"US" names the country only in capitals, wherever it stands in the text', () => {
  assert.deepEqual(findCountryMentions('Us villagers say the shelling went on all night.'), []);
  assert.equal(findCountryMentions('US forces struck a depot near the border on Monday.')[0]?.iso3, 'USA');
  assert.equal(findCountryMentions('Residents told us nothing; Us they never asked.').length, 0);
});

test('a neighbour ("bordering X", "the border with X", "from neighbouring X", "X-based") is not where it happens', () => {
  const mention = (text: string, name: string) => findCountryMentions(text).find((m) => m.text === name);
  assert.equal(mention('Troops searched hills bordering Iran after the raid.', 'Iran')?.neighbour, true);
  assert.equal(mention('The attack took place near the border with Mali, officials said.', 'Mali')?.neighbour, true);
  assert.equal(mention('The gunmen had come from neighbouring Somalia.', 'Somalia')?.neighbour, true);
  assert.equal(mention('A Kenya-based charity counted the dead.', 'Kenya')?.neighbour, true);
  assert.equal(mention('Troops searched hills in Iran after the raid.', 'Iran')?.neighbour, undefined);
  // A country closing a phrase of origin is the home of people who came, as "from X" would be.
  assert.equal(mention('Shepherds from Kala village of Tajikistan crossed the pastures.', 'Tajikistan')?.neighbour, true);
  assert.equal(mention('Shepherds crossed the pastures of Tajikistan.', 'Tajikistan')?.neighbour, undefined);
  // The possessive names the country the place lies in, against a neighbour and a group's home.
  assert.equal(country("Clashes in Kenya's Mandera county left four police dead; al-Shabaab fighters fled to hills bordering Somalia."), 'KEN');
  assert.equal(mention("Gunmen raided a market in Mali's Mopti region.", 'Mali')?.possessive, true);
  assert.equal(mention("Mali's government denied the report.", 'Mali')?.possessive, undefined);
  assert.equal(mention("Mali's Army denied the report.", 'Mali')?.possessive, undefined);
  assert.equal(mention("Mali's farmers marched; clashes hit Mali's northeast.", 'Mali')?.possessive, undefined);
  assert.equal(findCountryMentions("Mali's farmers marched; clashes hit Mali's northeast.")[1]?.possessive, true);
  assert.equal(country('Taliban fighters crossed from Afghanistan into Pakistan\'s Bajaur valley overnight.'), 'PAK');
  assert.equal(country("Fighting in Pakistan's Kurram valley killed two soldiers in an area bordering Afghanistan, where the Taliban hide."), 'PAK');
});

test('a country named after the lead sentence is background, weaker than the places the lead names', () => {
  assert.equal(country('Migrants protested in Maiquetia, Vargas state, on Monday. They said they had suffered abuse in Peru and had lost their jobs in Peru.'), 'VEN');
  assert.equal(country('Police dispersed a protest in Peru on Monday. The protesters had marched for years.'), 'PER');
});

test('a town followed by the area of its own name ("Santa Ana (Santa Ana)") is the seat of that area', () => {
  assert.equal(country('Workers protested in front of their factory in Santa Ana (Santa Ana) on Monday.'), 'SLV');
});

test('a name the text calls an area ("Merida state") votes for the country that has such an area over a town abroad', () => {
  assert.equal(country('Residents protested in Merida state on Monday.'), 'VEN');
  assert.equal(country('Residents protested in Merida on Monday.'), 'MEX');
});

test('a province written as the slot after a place ("El Refugio (Ahuachapan)") outweighs the town\'s namesakes abroad', () => {
  assert.equal(country('Police patrolling at the Mendez farm in El Refugio (Ahuachapan) were shot at on Monday.'), 'SLV');
  // So is a province after "X in": "Mansura in Ar-Raqqa" is Syria's, not Egypt's Mansoura.
  assert.equal(country('Gunmen shot a farmer in Mansura in Ar-Raqqa on Monday.'), 'SYR');
  // Not a word inside a longer name: "Khor" of "Khor Shamam" is no province (Qatar's Al Khor).
  assert.equal(country('Militias clashed in Balail, Donkey Dereisa, Khor Shamam and other areas of Tullus and Katayla (all in South Darfur state).'), 'SDN');
});

test('a country closing a firm\'s name ("Bank X Iran", "Radio Free Asia") is the firm, not the place', () => {
  assert.deepEqual(findCountryMentions('A grenade hit the door of Bank Melli Iran in the market.'), []);
  assert.deepEqual(findCountryMentions('Radio Free Asia reported the arrests.'), []);
  assert.equal(findCountryMentions('Gunmen robbed a bank in Iran.')[0]?.iso3, 'IRN');
  assert.equal(findCountryMentions('Protesters marched in Northern Iraq.')[0]?.iso3, 'IRQ');
});
