// Which written names of a place the gazetteer indexes: a primary name is found even when it is
// already written as its own key (all lower case); an alternate written that way is a search stub
// and is left out, while its capitalised spelling is indexed. Invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import type { Place } from '../../src/geo/types.ts';

const place = (name: string): Place => ({ id: `t:${name}`, name, lat: 0, lon: 0, iso2: 'XX', iso3: 'XXX', country: 'X', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });

test('a lower-case primary name is indexed; a lower-case alternate is not, its capitalised twin is', () => {
  const gz = new MemoryGazetteer();
  const a = gz.add(place('qaryat'), ['qaryat', 'dbarta']);
  const b = gz.add(place('Wadi Sur'), ['Wadi Sur', 'wadisur', 'Suriya'], undefined, 1);
  assert.deepEqual(gz.exactIds('qaryat'), [a]);
  assert.deepEqual(gz.exactIds('dbarta'), [a]); // all names given as primary
  assert.deepEqual(gz.exactIds('wadisur'), []);
  assert.deepEqual(gz.exactIds('suriya'), [b]);
});
