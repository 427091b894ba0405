// A common word alone in the bracket after a name ("Villa Testa (Central)") against an invented
// fixture gazetteer (test/geo/fixtures/bracket-slot-dump.txt): a village and the province holding
// it under that word in one country, a bigger namesake village in another, and a province and a
// town called "Central" in two more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'bracket-slot-dump.txt')], defaults: false });

test('"X (Central)": the bracketed word is the province holding X, and places X in its country', () => {
  const ms = findPlaces('Bus drivers marched in Villa Testa (Central) to demand two months of unpaid wages.', gz);
  assert.equal(ms.find((m) => m.text === 'Villa Testa')?.place?.id, 'gn:9600001');
  assert.equal(ms.find((m) => m.text === 'Central')?.place?.id, 'gn:9600002');
});

test('"X (Central)" where no area of the word holds X: the word is no place', () => {
  const ms = findPlaces('Bus drivers marched in Otra Villa (Central) to demand two months of unpaid wages.', gz);
  assert.equal(ms.find((m) => m.text === 'Otra Villa')?.place?.id, 'gn:9600006');
  assert.equal(ms.find((m) => m.text === 'Central')?.place ?? null, null);
});
