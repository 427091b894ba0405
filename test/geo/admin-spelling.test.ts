// The admin1 a resolved place reports: the text's spelling of its province when the text names
// it. On an invented fixture (fixtures/admin-spelling-dump.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'admin-spelling-dump.txt')], defaults: false });
const admin1Of = (text: string): string | undefined => {
  const m = locateEvent(findPlaces(text, gz, { iso3: 'YEM' }), { start: 0, end: text.length }, { iso3: 'YEM' });
  return m?.place?.admin1;
};

test("a village's own slot names its province, whatever the gazetteer's table says", () => {
  assert.equal(admin1Of('Gunmen attacked Bayt Suran village (Qarna) on Monday.'), 'Qarna');
  // Without the slot the table's province stands.
  assert.equal(admin1Of('Gunmen attacked Bayt Suran village on Monday.'), 'Wadib');
});

test("a seat keeps the gazetteer's province against the text's slot (the writer slips more often)", () => {
  assert.equal(admin1Of('Protesters gathered in Hisn Dar town (Qarna) on Monday.'), 'Wadib');
});

test('the province written as a slot is spelled as the slot writes it, not as a town named earlier', () => {
  assert.equal(admin1Of('Shelling hit Madinat Ruba near Wadib town (Madinat Ruba, al-Wadib).'), 'al-Wadib');
});

test("the one province a text names, at the same point as the place's own province, gives its spelling", () => {
  // The capital's table says Sharqa; the text names the same area by its other source's name.
  assert.equal(admin1Of('Protesters gathered in Madinat Sharq (Mintaqat Dhufar) on Monday.'), 'Mintaqat Dhufar');
  // Another province named, whose capital is not the place's province's, does not.
  assert.equal(admin1Of('Protesters gathered in Hisn Dar town after clashes in Qarna.'), 'Wadib');
});
