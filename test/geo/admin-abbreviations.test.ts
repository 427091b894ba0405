// The default gazetteer's curated admin names (src/geo/data/supplement.json) on hand-written
// sentences: state abbreviations in an admin slot, official names in another language, and an
// admin area followed by a comma and a word for people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, inferCountry, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const event = (text: string) => {
  const ms = findPlaces(text, gz, {});
  const iso3 = inferCountry(text, ms);
  return { iso3, place: locateEvent(ms, { start: 0, end: text.length }, { iso3 })?.place ?? null, ms };
};

test('state abbreviations in an admin slot name the state (TS, KP), short codes included', () => {
  // Hyderabad is also a Pakistani city; the state abbreviation decides.
  const ts = event('Workers protested outside a factory in Hyderabad city (Hyderabad, TS).');
  assert.equal(ts.ms.find((m) => m.text === 'TS')?.place?.admin1, 'Telangana');
  assert.equal(ts.iso3, 'IND');
  assert.equal(ts.place?.admin1, 'Telangana');
  const kp = event('A bomb went off near a market in Bannu (Bannu, KP).');
  assert.equal(kp.ms.find((m) => m.text === 'KP')?.place?.admin1, 'Khyber Pakhtunkhwa');
  assert.equal(kp.iso3, 'PAK');
  assert.equal(kp.place?.admin1, 'Khyber Pakhtunkhwa');
});

test("Cameroon's regions written in French resolve to the regions (Extreme-Nord, Nord-Ouest)", () => {
  const far = event('Gunmen raided a village near Mora (Mayo-Sava, Extreme-Nord) at night.');
  assert.equal(far.iso3, 'CMR');
  // The region resolved (GeoNames' "Far North"), written as the text and ACLED spell it.
  assert.equal(far.ms.find((m) => m.text === 'Extreme-Nord')?.place?.name, 'Far North');
  assert.equal(far.place?.admin1, 'Extreme-Nord');
  const nw = event('Soldiers searched houses in Bamenda town (Mezam, Nord-Ouest).');
  assert.equal(nw.iso3, 'CMR');
  assert.equal(nw.place?.name, 'Bamenda');
});

test('an admin area followed by a comma and a word for people is still a place (", workers")', () => {
  const { place } = event('In Tonala, Chiapas, workers of two clinics protested on Tuesday.');
  assert.equal(place?.admin1, 'Chiapas');
});

test('"the West Zone of X" is a part of X, not a place called West', () => {
  const { iso3, place, ms } = event('In the West Zone of Rio de Janeiro, police raided a house on Sunday.');
  assert.equal(ms.some((m) => m.text === 'West' && m.place), false);
  assert.equal(iso3, 'BRA');
  assert.equal(place?.name, 'Rio de Janeiro');
});
