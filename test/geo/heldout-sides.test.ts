// An event placed only in a side of a country ("in southern Lebanon", "Nigeria's northeast"):
// the first-level area at the middle of that side, not the capital (session 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaOnSide, countrySide } from '../../src/geo/country-region.ts';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import type { Place } from '../../src/geo/types.ts';

test('the side of a country named around its name', () => {
  const side = (text: string, name: string) => countrySide(text, text.indexOf(name), text.indexOf(name) + name.length);
  assert.deepEqual(side('Jets struck targets across southern Ruritania.', 'Ruritania'), [-1, 0]);
  assert.deepEqual(side('Clashes went on in the far north of Ruritania.', 'Ruritania'), [1, 0]);
  assert.deepEqual(side("Rebels raided a base in Ruritania's northeast.", 'Ruritania'), [Math.SQRT1_2, Math.SQRT1_2]);
  // Followed by a lower-case word too (the case-insensitive \p{Lu} had matched it).
  assert.deepEqual(side("Rebels raided a base in Ruritania's northeast on Thursday.", 'Ruritania'), [Math.SQRT1_2, Math.SQRT1_2]);
  assert.deepEqual(side('Shelling hit eastern parts of Ruritania.', 'Ruritania'), [0, 1]);
  // No side, or a side of a place named after the possessive ("Ruritania's North Province").
  assert.equal(side('Jets struck targets in Ruritania.', 'Ruritania'), null);
  assert.equal(side("Jets struck Ruritania's North Province.", 'Ruritania'), null);
});

const area = (name: string, lat: number, lon: number): Place => ({ name, iso3: 'RUR', feature_class: 'A', feature_code: 'ADM1', lat, lon, population: 0, admin1: name } as unknown as Place);

test('the area at the middle of a side, not its farthest corner', () => {
  // The south holds three areas; the one nearest their middle wins, not the farthest south.
  const places = [area('Capital', 34, 35), area('North', 35.5, 35), area('Hills', 34.5, 36), area('Coast', 32.4, 34.8), area('Valley', 32.1, 35.1), area('Far South', 31.8, 35.2)];
  assert.equal(areaOnSide(places, 'RUR', [-1, 0])?.name, 'Valley');
  assert.equal(areaOnSide(places, 'RUR', [1, 0])?.name, 'North');
  // Another country's areas are none of its sides; fewer than three areas have none.
  assert.equal(areaOnSide(places, 'XYZ', [-1, 0]), null);
  assert.equal(areaOnSide(places.slice(0, 2), 'RUR', [-1, 0]), null);
});

test('an event in "eastern Ukraine" is coded to an eastern oblast, not to Kyiv', () => {
  const [r] = extractReports({ document_id: 'side', text: 'On 3 May 2023, artillery shelled Ukrainian positions in eastern Ukraine. No casualties were reported.', published: '2023-05-03' }, { gazetteer: loadDefaultGazetteer() });
  assert.equal(r?.country, 'Ukraine');
  assert.ok((r?.longitude ?? 0) > 35, `${r?.location} at ${r?.longitude}`);
  assert.equal(r?.geo_precision, 3);
  // Without a side the capital stays.
  const [s] = extractReports({ document_id: 'side2', text: 'On 3 May 2023, artillery shelled Ukrainian positions. No casualties were reported.', published: '2023-05-03' }, { gazetteer: loadDefaultGazetteer() });
  assert.equal(s?.location, 'Kyiv');
});

test('an area on the side named for that side is the side ("northern Ruritania": its Northern District)', () => {
  const places = [area('Capital', 34, 35), area('Northern District', 35.4, 35.6), area('Harbour', 35.6, 34.8), area('Hills', 34.5, 36), area('Coast', 32.4, 34.8), area('Sud', 32.1, 35.1)];
  assert.equal(areaOnSide(places, 'RUR', [1, 0])?.name, 'Northern District');
  assert.equal(areaOnSide(places, 'RUR', [-1, 0])?.name, 'Sud');
  // A compound side is no area of the plain side: "North-West" does not tie with "North".
  const compound = [area('Capital', 34, 35), area('North-West', 35.6, 34.8), area('North', 35.3, 35.7), area('Coast', 32.4, 34.8)];
  assert.equal(areaOnSide(compound, 'RUR', [1, 0])?.name, 'North');
});
