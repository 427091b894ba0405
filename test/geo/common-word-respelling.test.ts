// A capitalised common word in a place slot ("the area of Mine 6/7") against an invented fixture
// gazetteer (test/geo/fixtures/common-word-dump.txt): a city abroad by that name, a village at home
// whose spelling folds to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';
test('a common word is not respelled into the country: "the area of Mine 6/7" is no village Minna', () => {
  const words = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'common-word-dump.txt')], defaults: false });
  const ms = findPlaces('Shelling hit positions in the area of Mine 6/7, Testovska.', words, { iso3: 'UKR' });
  assert.equal(ms.find((m) => m.text === 'Mine')?.place ?? null, null);
  // The village by its own name is still found.
  assert.equal(findPlaces('Shelling hit positions near Minna, Testovska.', words, { iso3: 'UKR' }).find((m) => m.text === 'Minna')?.place?.id, 'gn:9500002');
});
