// A district named with a province it is not in: the province is the writer's slip only when one
// province holds districts of that name; with namesakes in several, the province named stands.
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const at = (text: string) => {
  const m = locateEvent(findPlaces(text, gz), { start: 0, end: text.length }, { iso3: 'MEX' });
  return m ? `${m.place?.admin1} ${m.geo_precision}` : null;
};

test('a district name shared by several other provinces does not override the province named', () => {
  assert.equal(at('Gunmen shot two men in Benito Juarez, Nuevo Leon, on Sunday.'), 'Nuevo Leon 3');
});
