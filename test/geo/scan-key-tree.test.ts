// The scanner steps through a remembered tree of gazetteer keys (MemoryGazetteer.step) instead of
// looking each n-gram's key up: the tree must give the indexes' answers and follow names added later.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import { scanPlaces } from '../../src/geo/scan.ts';
import type { Place } from '../../src/geo/types.ts';

const place = (name: string): Place => ({ id: `t:${name}`, name, lat: 0, lon: 0, iso2: '', iso3: 'LBY', country: '', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });

test('a key reached word by word answers as the indexes do', () => {
  const gz = new MemoryGazetteer();
  gz.add(place('Qasr bin Ghashir'), []);
  const qasr = gz.step(gz.rootKey(), 'qasr');
  assert.equal(qasr.key, 'qasr');
  assert.equal(qasr.answer.prefix, true);
  assert.equal(qasr.answer.hits.ids.length, 0);
  const whole = gz.step(gz.step(qasr, 'bin'), 'ghashir');
  assert.equal(whole.key, 'qasr bin ghashir');
  assert.deepEqual(whole.answer.hits.ids, [0]);
  assert.equal(whole.answer.prefix, false);
  assert.equal(gz.step(gz.rootKey(), 'qasr'), qasr);
  assert.deepEqual(scanPlaces('Clashes in Qasr bin Ghashir today.', gz).map((s) => s.text), ['Qasr bin Ghashir']);
});

test('a name added after the scanner walked past it is found by the next scan', () => {
  const gz = new MemoryGazetteer();
  gz.add(place('Qasr bin Ghashir'), []);
  assert.deepEqual(scanPlaces('Clashes in Qasr today.', gz).map((s) => s.text), []);
  gz.add(place('Qasr'), []);
  assert.deepEqual(gz.step(gz.rootKey(), 'qasr').answer.hits.ids, [1]);
  assert.deepEqual(scanPlaces('Clashes in Qasr today.', gz).map((s) => s.text), ['Qasr']);
});
