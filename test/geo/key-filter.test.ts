// The key filter lets a lookup skip the name index for keys no place has: it must never say no for
// a key it was given (else a place would be missed), also after it grew, and it must say no for
// most others (else it saves nothing).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyFilter } from '../../src/geo/key-filter.ts';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import type { Place } from '../../src/geo/types.ts';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${(i * 7919).toString(36)}`);

test('a filter never rejects a key it was given, and rejects most others', () => {
  const given = words(5000, 'qasr');
  const f = KeyFilter.over([given], 100); // sized small: full() says when to rebuild
  assert.equal(f.full(), true);
  const grown = KeyFilter.over([given], given.length);
  for (const k of given) assert.equal(grown.mayHave(k), true, k);
  const passed = words(5000, 'kafr').filter((k) => grown.mayHave(k)).length;
  assert.ok(passed < 250, `${passed} absent keys passed`);
});

const place = (name: string): Place => ({ id: `t:${name}`, name, lat: 0, lon: 0, iso2: '', iso3: 'SYR', country: '', admin1: '', admin2: '', feature_class: 'P', feature_code: 'PPL', population: 0 });

test('a gazetteer that grew its filters, and its cached copy, find every name, prefix and fold', () => {
  const gz = new MemoryGazetteer();
  const names = words(3000, 'Tall'); // capitalised, as names are written
  for (const n of names) gz.add(place(n), []);
  const copy = MemoryGazetteer.fromSnapshot(gz.snapshot());
  for (const g of [gz, copy]) {
    for (const n of names) {
      assert.equal(g.exactIds(n.toLowerCase()).length, 1, n);
      assert.equal(g.foldIds(n.toLowerCase()).length > 0, true, n);
    }
    assert.equal(g.hasPrefix('tall'), true);
    assert.equal(g.hasExact('tall'), false);
    assert.deepEqual(g.exactIds('kafr nabl'), []);
  }
});
