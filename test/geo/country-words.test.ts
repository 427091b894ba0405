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
});

test('"US" names the country only in capitals, wherever it stands in the text', () => {
  assert.deepEqual(findCountryMentions('Us villagers say the shelling went on all night.'), []);
  assert.equal(findCountryMentions('US forces struck a depot near the border on Monday.')[0]?.iso3, 'USA');
  assert.equal(findCountryMentions('Residents told us nothing; Us they never asked.').length, 0);
});
