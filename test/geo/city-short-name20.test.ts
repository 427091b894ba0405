// "Cavite" for Cavite City: a town's name without its word "City" is its own short name, not an
// exonym, so a small village of the bare name does not win by it. Sentences written for the test;
// the default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const placeOf = (text: string, name: string) => findPlaces(text, gz, {}).find((m) => m.text === name)?.place?.name;

test('the short name of an "X City" is the city, before a village called X', () => {
  assert.equal(placeOf('Women demonstrated in Cavite to decry the lack of food aid.', 'Cavite'), 'Cavite City');
  assert.equal(placeOf('Drivers protested in Cavite City against the fuel price.', 'Cavite City'), 'Cavite City');
  assert.equal(placeOf('Vendors protested in Cebu against the lockdown.', 'Cebu'), 'Cebu City');
});
