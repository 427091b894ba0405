// A misspelt town written with its province ("in Culianca, Sinaloa") goes to the one town of the
// province a slip away, not to the province's capital. On an invented fixture (misspelt-dump.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { editDistance } from '../../src/geo/misspelt.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'misspelt-dump.txt')], defaults: false });
const placeOf = (text: string): string | undefined => {
  const m = locateEvent(findPlaces(text, gz, { iso3: 'MEX' }), { start: 0, end: text.length }, { iso3: 'MEX' });
  return m?.place ? `${m.place.name}:${m.rule}` : undefined;
};

test('edit distance counts an adjacent transposition as one slip, and stops past the maximum', () => {
  assert.equal(editDistance('culianca', 'culiacan', 2), 2);
  assert.equal(editDistance('patzuaro', 'patzcuaro', 2), 1);
  assert.equal(editDistance('saihwal', 'sahiwal', 2), 1);
  assert.equal(editDistance('abcdefgh', 'zzzzzzzz', 2), 3);
});

/** The textbook optimal-string-alignment distance, a full table, for the test below. */
function referenceDistance(a: string, b: string, swaps: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

test('edit distance equals the full-table distance up to the maximum, and says more otherwise, with and without swaps', () => {
  let seed = 3;
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const word = () => Array.from({ length: next(9) }, () => 'abcé'[next(4)]).join('');
  for (let n = 0; n < 3000; n++) {
    const [a, b, max, swaps] = [word(), word(), next(4), next(2) === 1];
    assert.equal(Math.min(editDistance(a, b, max, swaps), max + 1), Math.min(referenceDistance(a, b, swaps), max + 1), `${a} / ${b} max ${max} swaps ${swaps}`);
  }
});

test("a misspelt town before its province's slot is the province's town a slip away", () => {
  assert.equal(placeOf('On 8 May 2020, in Tepicalo, Navarita, armed men attacked a man.'), 'Tepicala:misspelt-name-in-named-area');
  assert.equal(placeOf('On 8 May 2020, in the municipality of Tepicalo (Navarita), traders protested.'), 'Tepicala:misspelt-name-in-named-area');
  // At the start of a sentence too.
  assert.equal(placeOf('In Tepicalo, Navarita, armed men attacked a man on 8 May 2020.'), 'Tepicala:misspelt-name-in-named-area');
});

test('no guess when two towns are as near in spelling, the first letter differs, or the slot repeats the name', () => {
  assert.equal(placeOf('On 8 May 2020, in Tepocala, Navarita, armed men attacked a man.'), 'Navarita:exact-name-admin');
  assert.equal(placeOf('On 8 May 2020, in Fepicala, Navarita, armed men attacked a man.'), 'Navarita:exact-name-admin');
  assert.equal(placeOf('On 8 May 2020, in Ixtlana town (Ixtlano, Navarita), armed men attacked a man.'), 'Ixtlano:exact-name');
  // Two towns of one name a slip away, 130 km apart: no telling which.
  assert.equal(placeOf('On 8 May 2020, in Rosamara, Navarita, armed men attacked a man.'), 'Navarita:exact-name-admin');
});

test('"near" a misspelt town places the event around it, as for a name spelt right', () => {
  const text = 'On 8 May 2020, near Tepicalo, Navarita, armed men attacked a man.';
  const m = locateEvent(findPlaces(text, gz, { iso3: 'MEX' }), { start: 0, end: text.length }, { iso3: 'MEX' });
  assert.equal(m?.place?.name, 'Tepicala');
  assert.equal(m?.geo_precision, 2);
});
