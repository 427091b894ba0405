// Place recognition and disambiguation on hand-written sentences against the invented
// fixture gazetteer (test/geo/fixtures/mini-dump.txt), so results do not move with npm data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, inferCountry, loadGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'mini-dump.txt')], defaults: false });
const ids = (text: string, iso3: string | null = null) => findPlaces(text, gz, { iso3 }).map((m) => [m.text, m.place?.id ?? null]);

test('offsets and text of each mention', () => {
  const text = 'Heavy fighting was reported in Qarat Nuri on Monday.';
  const [m] = findPlaces(text, gz, {});
  assert.equal(text.slice(m!.start, m!.end), 'Qarat Nuri');
  assert.equal(m!.text, 'Qarat Nuri');
});

test('namesakes: population decides alone, the admin area named in the text overrides it', () => {
  assert.deepEqual(ids('Heavy fighting was reported in Qarat Nuri on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  assert.deepEqual(ids('Heavy fighting was reported in Qarat Nuri, Wadi Qamar on Monday.'), [
    ['Qarat Nuri', 'gn:9000001'],
    ['Wadi Qamar', 'gn:9000010'],
  ]);
});

test('namesakes: nearness to the other places of the document', () => {
  assert.deepEqual(ids('Shelling hit Saffah at dawn and later reached Qarat Nuri.'), [
    ['Saffah', 'gn:9000013'],
    ['Qarat Nuri', 'gn:9000001'],
  ]);
});

test('country: a given country filters, a named country is inferred, none in country is "no answer"', () => {
  assert.deepEqual(ids('Clashes erupted in Tell Hamra.'), [['Tell Hamra', 'gn:9000020']]);
  assert.deepEqual(ids('Clashes erupted in Tell Hamra.', 'LBY'), [['Tell Hamra', 'gn:9000021']]);
  const text = 'Clashes erupted in Tell Hamra, in southern Libya.';
  assert.deepEqual(ids(text), [['Tell Hamra', 'gn:9000021']]);
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'LBY');
  const none = findPlaces('Clashes erupted in Bir Salwa.', gz, { iso3: 'SYR' });
  assert.equal(none.length, 1);
  assert.equal(none[0]!.place, null);
  assert.equal(none[0]!.rule, 'no-match-in-country');
});

test('common words are places only with a place cue', () => {
  assert.deepEqual(ids('Police arrested three men near the market.'), []);
  assert.deepEqual(ids('Unknown gunmen attacked the village of Police overnight.'), [['Police', 'gn:9000004']]);
  // Before a word for people it is part of an actor's name, whatever cue stands before it.
  assert.deepEqual(ids('Rioters hurled rocks at Police forces overnight.'), []);
});

test('a battle front at a village and a valley or mountain named after it point at the village', () => {
  assert.deepEqual(ids('Clashes erupted on the Qarat Nuri front on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  assert.deepEqual(ids('Artillery shelled Jabal Qarat Nuri on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  // Another capitalised word before it is still an unknown longer name.
  assert.deepEqual(ids('Artillery shelled Mount Qarat Nuri on Monday.'), []);
});

test('a police station or army camp named after a village is at the village; its police are not', () => {
  assert.deepEqual(ids('Bombs were found under Qarat Nuri police station limits on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  assert.deepEqual(ids('Gunmen attacked the Qarat Nuri army camp on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  assert.deepEqual(ids('Qarat Nuri police arrested two men on Monday.'), []);
});

test('a forest or hills named after a village point at the village', () => {
  assert.deepEqual(ids('Jets bombed camps in Qarat Nuri Forest on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  assert.deepEqual(ids('Gunmen fired from the Qarat Nuri hills on Monday.'), [['Qarat Nuri', 'gn:9000002']]);
  // Any other capitalised word after it still makes an unknown longer name.
  assert.deepEqual(ids('Jets bombed camps in Qarat Nuri Oasis on Monday.'), []);
});

test('"X-Y road" names two places, each an end of the road', () => {
  const ms = findPlaces('Protesters blocked the Qarat Nuri-Umm Ruwaba road on Monday.', gz, {});
  assert.deepEqual(ms.map((m) => [m.text, m.kind]), [['Qarat Nuri', 'road'], ['Umm Ruwaba', 'road']]);
  // Hyphenated without a route word it is one unknown name.
  assert.deepEqual(ids('Protesters gathered at the Qarat Nuri-Umm Ruwaba club on Monday.'), []);
});

test('names joined by "and" that a word for people closes are actors, not places', () => {
  // "Qarat Nuri" is a village of the fixture; here it is one of two families.
  assert.deepEqual(ids('A fight broke out between the Qarat Nuri and Al Dumra families on Monday.'), []);
  assert.deepEqual(ids('A fight broke out between the Qarat Nuri and Al Dumra residents on Monday.'), []);
  // A list of places stays a list of places.
  assert.deepEqual(ids('Fighting was reported in Qarat Nuri and Bir Tawil on Monday.').map(([t]) => t), ['Qarat Nuri']);
});

test('spelling variants: article, apostrophes, transliteration', () => {
  assert.deepEqual(ids('A convoy was ambushed near Bir al-Salwa.'), [['Bir al-Salwa', 'gn:9000003']]);
  assert.deepEqual(ids('A convoy was ambushed near Beer Salwa.'), [['Beer Salwa', 'gn:9000003']]);
  assert.deepEqual(ids('A convoy was ambushed near Qaret Nouri.', 'LBY').map((x) => x[1]), ['gn:9000001']);
  // Only the fold reaches this spelling; both namesakes match it and the bigger one wins.
  assert.deepEqual(ids('A convoy was ambushed near Kárat Nouri.', 'LBY').map((x) => x[1]), ['gn:9000002'], 'folded variant');
});

test('admin areas: "X district" is the district, at its seat, with a coarser precision', () => {
  const [m] = findPlaces('An airstrike hit a farm in Saffah district.', gz, { iso3: 'LBY' });
  assert.equal(m!.place?.id, 'gn:9000012');
  assert.equal(m!.geo_precision, 2);
  assert.deepEqual([m!.place!.lat, m!.place!.lon], [31.21, 15.22], 'moved to the same-name town');
  const [p] = findPlaces('Protesters gathered in Wadi Qamar province.', gz, { iso3: 'LBY' });
  assert.equal(p!.place?.feature_code, 'ADM1');
  assert.equal(p!.geo_precision, 3);
});

test('landmarks and "near" give precision 2 where the place is only approximate', () => {
  const [a] = findPlaces('Drones struck Mitfa airbase.', gz, { iso3: 'LBY' });
  assert.equal(a!.place?.id, 'gn:9000030');
  const [n] = findPlaces('Shots were fired near Saffah.', gz, { iso3: 'LBY' });
  assert.equal(n!.geo_precision, 2);
});

test('locateEvent: an unknown village falls back to the district named with it', () => {
  const text = 'Gunmen attacked Zarzura village (Saffah district, Wadi Qamar) at night.';
  const ms = findPlaces(text, gz, {});
  const loc = locateEvent(ms, { start: 0, end: text.length }, {});
  assert.equal(loc?.place?.id, 'gn:9000012');
  assert.equal(loc?.geo_precision, 2);
});

test('actor names and sides are not places', () => {
  assert.deepEqual(ids('Saffah fighters and pro-Saffah gunmen clashed with the army.'), []);
});
