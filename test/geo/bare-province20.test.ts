// A province named bare ("in Jalisco") is the province before a hamlet of its name elsewhere; a
// town of its name with ten thousand people or more is still the town. Sentences written for the
// test; the default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const placeOf = (text: string, name: string) => findPlaces(text, gz, {}).find((m) => m.text === name)?.place ?? null;

test('a bare state name is the state, not a hamlet of its name in another state', () => {
  for (const state of ['Jalisco', 'Sonora', 'Sinaloa']) {
    const p = placeOf(`Gunmen killed two men in ${state} on Sunday.`, state);
    assert.equal(p?.feature_code, 'ADM1', state);
    assert.equal(p?.admin1, state);
  }
});

test("a town of the province's name is still the town", () => {
  assert.equal(placeOf('Gunmen killed two traders in Kaduna on Sunday.', 'Kaduna')?.feature_class, 'P');
  assert.equal(placeOf('Taliban attacked a checkpoint in Ghazni on Sunday.', 'Ghazni')?.feature_class, 'P');
  assert.equal(placeOf('Protesters rallied in Benghazi on Sunday.', 'Benghazi')?.feature_class, 'P');
});
