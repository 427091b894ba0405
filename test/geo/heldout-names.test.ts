// Names written with pieces the scanner used to stop at (session 17): a lower-case particle
// hyphenated onto the next capital, a possessive inside the name, a hyphen where the gazetteer
// writes one word. Sentences written for these tests; the default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const places = (text: string) => findPlaces(text, loadDefaultGazetteer(), {}).filter((m) => m.place).map((m) => `${m.text}|${m.place!.iso3}`);

test('a lower-case particle hyphenated onto a capital continues the name ("Deir ez-Zor")', () => {
  assert.deepEqual(places('A car bomb went off near Deir ez-Zor city on Sunday.'), ['Deir ez-Zor|SYR']);
  // A lower-case word that no name goes on with is still no part of one.
  assert.ok(!places('Gunmen shot a man in Homs ez-Raid.').some((p) => p.startsWith('Homs ez')));
});

test('a possessive inside a name the gazetteer knows ("Cox\'s Bazar")', () => {
  assert.deepEqual(places("Two refugees were stabbed in a camp of Cox's Bazar on Monday."), ["Cox's Bazar|BGD"]);
  // A possessive of a name that goes on as no other name stays the place alone.
  assert.deepEqual(places("Police fired tear gas in Dhaka's old town."), ['Dhaka|BGD']);
});

test('two capitals hyphenated may name a place written as one word ("Petion-Ville")', () => {
  assert.deepEqual(places('Police clashed with a gang in Petion-Ville on Friday.'), ['Petion-Ville|HTI']);
});

test('a name followed by "river" names the river, not the town of its name; an area of its name stays', () => {
  assert.deepEqual(places('Marines held a bridgehead on the left bank of the Dnipro river near Kherson.'), ['Kherson|UKR']);
  assert.deepEqual(places('A fighter was shot near Diyala river.'), ['Diyala|IRQ']);
});
