// Country evidence beyond place names and country names (H3, session 10), on hand-written notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findContextCues } from '../../src/geo/context-cues.ts';
import { findPlaces, inferCountry, loadGazetteer } from '../../src/geo/index.ts';
import { spanWeight } from '../../src/geo/span-weights.ts';
import type { Span } from '../../src/geo/scan.ts';
import { countryNameVotes } from '../../src/geo/infer.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

test('context cues: an admin unit word only one country uses places the note in that country', () => {
  assert.equal(findContextCues('Guards fired at workers in Kalipur area of Daudpur Upazila (Narsingdi).').countries.get('BGD'), 1);
  assert.equal(findContextCues('Gunmen raided a farm in Kagara LGA (Niger).').countries.get('NGA'), 1);
  assert.equal(findContextCues('Troops clashed with gunmen in Barangay Malinao, Datu Piang.').countries.get('PHL'), 1);
  assert.equal(findContextCues('A bomb went off in a village of Bhume Rural Municipality.').countries.get('NPL'), 1);
  // A word inside another word is no cue.
  assert.equal(findContextCues('The GALGA members met.').countries.size, 0);
});

test('context cues: a local armed group of a long-running conflict implies its country', () => {
  assert.equal(findContextCues('Two MILF commanders clashed over land.').countries.get('PHL'), 1);
  assert.equal(findContextCues('Members of the Sinaloa Cartel posted threats.').countries.get('MEX'), 1);
  assert.equal(findContextCues('Dan Na Ambassagou militiamen burned a hamlet.').countries.get('MLI'), 1);
  assert.equal(findContextCues('An IED hit a TMF patrol near the village.').countries.get('IRQ'), 1);
});

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'country-evidence-dump.txt')], defaults: false });
const country = (text: string): string | null => inferCountry(text, findPlaces(text, gz, {}));

test('a capital named as the event place outweighs a country named as background', () => {
  assert.equal(country('Citizens protested in Varnola, demanding the return of relatives stranded in Morocco.'), 'MRT');
  // Without the capital the named country decides.
  assert.equal(country('Citizens protested, demanding the return of relatives stranded in Morocco.'), 'MAR');
});

test('a part of another place named after a capital is no capital', () => {
  assert.equal(country('Gunmen killed a man in Varnola area of Kessel district.'), 'AFG');
});

test('a seat of government counts as a capital; an area of a capital\'s name does not', () => {
  assert.equal(country('Tailors protested in Pazora, demanding loans promised by the government of Peru.'), 'BOL');
  assert.equal(country('Gunmen killed two miners in Sucra municipality, Bolivara state.'), 'VEN');
});

test('a province seat named in a slot of its own counts as the province', () => {
  // "Tilbara" is the seat of Tilbara Region (NER); "Dassa" a city in Ethiopia.
  assert.equal(country('Militants attacked the village of Goru (Dassa, Tilbara), and killed two civilians.'), 'NER');
  // Written with no slot the bigger Dassa decides.
  assert.equal(country('Militants attacked the village of Goru near Dassa and Tilbara.'), 'ETH');
});

test('a country name in brackets after an admin-kind word is the area of that name ("Kagara LGA (Niger)")', () => {
  const text = 'Vigilantes clashed with gunmen in Kagara LGA (Niger).';
  assert.equal(findPlaces(text, gz, {}).find((m) => m.text === 'Niger')?.place?.iso3, 'NGA');
  assert.equal(country(text), 'NGA');
});

test('a name the text calls a city is a town before an admin area of that name', () => {
  assert.equal(country('Families of people killed in Palestinian attacks protested outside the minister\'s home in Qudsa city.'), 'ISR');
});

test('a name held with its kind word ("Jaffna district") weighs as one followed by the word', () => {
  const bare = { key: 'jaffna', cueBefore: '', kindAfter: '', adminSlot: false, inCapRun: false, fold: false } as unknown as Span;
  assert.equal(spanWeight(bare), 1);
  assert.equal(spanWeight({ ...bare, key: 'jaffna district' } as Span), 2);
  assert.equal(spanWeight({ ...bare, key: 'new district' } as Span), 2);
  assert.equal(spanWeight({ ...bare, key: 'district' } as Span), 1);
});

test('an admin area after "the countryside of" is the event\'s area, as after "X in"', () => {
  assert.equal(country('Rebels destroyed a bulldozer on the Zawia front in the southern countryside of Idlab.'), 'SYR');
});

test('a slot naming one country\'s admin seat after a name outweighs the name\'s bigger namesake elsewhere', () => {
  // Valencio is a big Venezuelan city; Sangro Grande a Trinidadian regional seat.
  assert.equal(country('Two men robbed a pharmacy in Valencio, Sangro Grande, late on Friday.'), 'TTO');
  assert.equal(country('Two men robbed a pharmacy in Valencio late on Friday.'), 'VEN');
});

test('countries named as the subject of a past-tense verb are states acting, not the place', () => {
  assert.equal(country('On 3 May 2021, Turkey and Russia escorted a convoy of trucks along the motorway near Idlab.'), 'SYR');
  // Named as the place, the country still counts.
  assert.equal(country('On 3 May 2021, a convoy of trucks was escorted in Turkey.'), 'TUR');
});

test('a common word before a plural noun qualifies the noun and names no place ("the Arab cities")', () => {
  const text = 'Traders in the Arab towns and villages closed early for the festival, and in Kafr Qasma they marched to the council.';
  assert.deepEqual(findPlaces(text, gz, {}).map((m) => m.text), ['Kafr Qasma']);
  assert.equal(country(text), 'ISR');
  // Before a singular noun or a kind word the cue still makes it a place.
  assert.equal(findPlaces('Shops closed in Arab town.', gz, {})[0]?.place?.iso3, 'USA');
});

test('a country\'s demonym and its name as a neighbour count apart ("Hellenic Police ... the border with Greece")', async () => {
  const votes = countryNameVotes(findCountryMentions('Hellenic Police reported that Turkish guards fired flares at night across the river border with Greece.'));
  assert.equal(votes.get('GRC'), 1);
  assert.equal(votes.get('TUR'), 0.5);
  // The same demonym repeated is the same actor again: once.
  assert.equal(countryNameVotes(findCountryMentions('Turkish convoys reached Turkish posts.')).get('TUR'), 0.5);
});

test('a province right after a name the gazetteer lacks ("in Mojala Sinalva") names the province', () => {
  const text = 'A burnt car was found in Mojala Sinalva on Monday, a local paper said.';
  assert.equal(findPlaces(text, gz, {}).find((m) => m.text === 'Sinalva')?.place?.feature_code, 'ADM1');
  assert.equal(country(text), 'MEX');
  // Not inside a longer run of capitals ("Colonia Sinalva Norte" is a neighbourhood's name).
  assert.equal(country('A man was shot in Colonia Sinalva Norte on Friday.'), null);
});

test('forces of one country acting on people of another name no place for the forces', async () => {
  const votes = countryNameVotes(findCountryMentions('Israeli forces raided a town and fired tear gas at Palestinians.'));
  assert.equal(votes.get('ISR'), undefined);
  assert.equal(votes.get('PSE'), 0.5);
  // With no other people named the forces still count a little.
  assert.equal(countryNameVotes(findCountryMentions('Israeli forces raided a town.')).get('ISR'), 0.3);
});

test('"near the border with X" places the event beside X, not in it', async () => {
  const votes = countryNameVotes(findCountryMentions('Rockets were fired at an Algerian Army garrison near the border with Mali.'));
  assert.equal(votes.get('MLI'), undefined);
  assert.equal(votes.get('DZA'), 0.3);
  // Every country of a list after it.
  const both = countryNameVotes(findCountryMentions('Herders clashed in a village near the border with Kenya and Somalia.'));
  assert.equal(both.get('KEN'), undefined);
  assert.equal(both.get('SOM'), undefined);
  // A border with X named otherwise still counts a little for X.
  assert.equal(countryNameVotes(findCountryMentions('Shots were heard on the river border with Greece.')).get('GRC'), 0.5);
});

test('a country named inside a Romance place or body name ("Bairro de Angola") is no mention', () => {
  assert.deepEqual(findCountryMentions('Police raided the Morro de Israel and the Bairro de Angola on Monday.').map((m) => m.iso3), []);
  // Lower case before "de" is a phrase, not a name: "norte de Mexico" still names Mexico.
  assert.deepEqual(findCountryMentions('Fighting in el norte de Mexico.').map((m) => m.iso3), ['MEX']);
});

test('a state acting in a clause beside the event, or telling of it, weighs as a relation, not as the scene', () => {
  const rel = (t: string, iso3: string): boolean | undefined => findCountryMentions(t).find((m) => m.iso3 === iso3)?.relation;
  assert.equal(rel('Shells hit a market in Khan Younis after Israel widened its offensive.', 'ISR'), true);
  assert.equal(rel('A drone hit a car near Sinjat in northern Iraq, killing a commander, Turkey\'s interior ministry said.', 'TUR'), true);
  assert.equal(rel('Gunmen killed a chief near Dori, Burkina Faso said on Monday.', 'BFA'), true);
  // Leading the sentence, or saying more than the event, the state keeps its weight.
  assert.equal(rel('Nigeria deployed troops to Baga.', 'NGA'), undefined);
  assert.equal(rel('Ukraine said Russian shelling killed four people, and more died later.', 'UKR'), undefined);
});

test('a province that qualifies a town\'s own district qualifies the town too ("Palma town (Palma, Cabo Delgado)")', () => {
  const def = loadGazetteer();
  const text = 'Insurgents burned shops in Palma town (Palma, Cabo Delgado) overnight.';
  assert.equal(inferCountry(text, findPlaces(text, def, {})), 'MOZ');
});
