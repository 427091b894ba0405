// A city's other spelling ("Odessa" for GeoNames' "Odesa") counts as its own name, so the city is
// not outvoted by smaller namesakes abroad that carry that spelling as their own (Odessa, Texas).
// Hand-written notes, default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, inferCountry, loadDefaultGazetteer } from '../../src/geo/index.ts';

test('a city written in another spelling of its own name is that city', () => {
  const gz = loadDefaultGazetteer();
  const text = 'Activists blocked a road near Odessa on Saturday.';
  const ms = findPlaces(text, gz, {});
  assert.equal(inferCountry(text, ms), 'UKR');
  assert.equal(ms.find((m) => m.text === 'Odessa')!.place!.iso3, 'UKR');
});

test('a country whose alternate name is a region elsewhere does not take the region', () => {
  const gz = loadDefaultGazetteer();
  const text = 'Police shot a civilian in Goday, Shabelle Zone (Somali region).';
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'ETH');
});

test("a name met only through the transliteration fold and followed by a word for people ('the Shariy Party') is no place", () => {
  const gz = loadDefaultGazetteer();
  const text = 'Members of the Shariy Party blocked a road near Odessa.';
  const ms = findPlaces(text, gz, {});
  assert.deepEqual(ms.map((m) => m.text), ['Odessa']);
  assert.equal(inferCountry(text, ms), 'UKR');
});
