// "X, D municipality, P state" where districts of D's name lie in several provinces: only the D of
// the province named holds X (named-areas.ts innermostAreas). Invented fixture gazetteer
// (test/geo/fixtures/nested-slots20-dump.txt), sentences written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'nested-slots20-dump.txt')], defaults: false });
const placeOf = (text: string, name: string) => findPlaces(text, gz, { iso3: 'VEN' }).find((m) => m.text === name)?.place?.id ?? null;

test("a village in the namesake district of another province is no answer; the named province's district is", () => {
  const text = 'Soldiers seized three boats in El Macaco, Cedrino municipality, Bolivara state.';
  assert.equal(placeOf(text, 'El Macaco'), null);
  assert.equal(placeOf(text, 'Cedrino'), 'gn:9700003');
  assert.equal(placeOf('Soldiers seized three boats in El Macaco (Cedrino, Bolivara).', 'El Macaco'), null);
});

test('the same words naming the other province, or no district, find the village', () => {
  assert.equal(placeOf('Soldiers seized three boats in El Macaco, Cedrino municipality, Monagia state.', 'El Macaco'), 'gn:9700006');
  assert.equal(placeOf('Soldiers seized three boats in El Macaco, Bolivara state.', 'El Macaco'), 'gn:9700007');
  assert.equal(placeOf('Soldiers seized three boats in El Macaco (Cedrino).', 'El Macaco'), 'gn:9700006');
});
