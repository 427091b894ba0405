// Indexes built from a gazetteer's places (name skeletons, the countries whose villages it lists)
// are rebuilt when places are added after a first lookup: a long-running process that imports a
// dump later must find its names. Invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import { skeletonIds } from '../../src/geo/name-skeleton.ts';
import { foldKey, normName } from '../../src/geo/normalize.ts';
import type { Place } from '../../src/geo/types.ts';

const place = (name: string): Place => ({ id: `t:${name}`, name, lat: 1, lon: 1, iso2: 'XX', iso3: 'XXX', country: 'X', admin1: 'Qarna', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });

test('a place added after a skeleton lookup is found by the next one', () => {
  const gz = new MemoryGazetteer();
  gz.add(place('Dar Tamrin'), ['Dar Tamrin']);
  assert.deepEqual(skeletonIds(gz, foldKey(normName('Sharkrak')), 'XXX', 3, 2), []);
  const id = gz.add(place('Sharakrak'), ['Sharakrak']);
  assert.deepEqual(skeletonIds(gz, foldKey(normName('Sharkrak')), 'XXX', 3, 2), [id]);
});

test("a place added after a lookup of a fold's places in a country is found by the next one", () => {
  const gz = new MemoryGazetteer();
  const first = gz.add(place('Tal Marwan'), ['Tal Marwan']);
  gz.add({ ...place('Tall Marwan'), iso3: 'YYY' }, ['Tall Marwan']);
  assert.deepEqual(gz.foldIdsIn('tall marwan', 'XXX'), [first]);
  const second = gz.add(place('Tell Marwan'), ['Tell Marwan']);
  assert.deepEqual(gz.foldIdsIn('tall marwan', 'XXX'), [first, second]);
});
