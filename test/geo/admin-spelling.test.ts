// The admin1 a resolved place reports: the text's spelling of its province when the text names
// it. On an invented fixture (fixtures/admin-spelling-dump.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent, type Place, type PlaceMention } from '../../src/geo/index.ts';
import { withAdminSpelling } from '../../src/geo/admin-spelling.ts';
import type { Span } from '../../src/geo/scan.ts';
import { foldKey, normName } from '../../src/geo/normalize.ts';

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

test("a slot that is the own name of the place's province, under another spelling than its table's, gives its spelling", () => {
  // Built by hand: the table calls the province "North Karu"; its area's own name is "Nord-Karu";
  // the slot resolved to a district of that name (as a second source has it), not to the province.
  const base = { lat: -1.6, lon: 29.2, iso2: 'CD', iso3: 'COD', country: 'DR Congo', admin1: 'North Karu', admin2: '', population: 0 };
  const places: Place[] = [
    { ...base, id: 'town', name: 'Gomba', feature_class: 'P', feature_code: 'PPLA' },
    { ...base, id: 'prov', name: 'Nord-Karu', feature_class: 'A', feature_code: 'ADM1' },
    { ...base, id: 'dist', name: 'Nord-Karu', feature_class: 'A', feature_code: 'ADM2', admin2: 'Nord-Karu' },
  ];
  const text = 'Teachers marched in Gomba (Gomba, Nord-Karu).';
  const span = (text0: string, ids: number[], alt: boolean[], adminSlot: boolean): Span => ({ start: text.indexOf(text0), end: text.indexOf(text0) + text0.length, text: text0, key: normName(text0), foldedKey: foldKey(normName(text0)), ids, alt, fold: false, cueBefore: '', kindAfter: '', sentenceStart: false, commonWord: false, adminSlot, inCapRun: false, partisan: false, actorAfter: false });
  const mention = (sp: Span, p: Place): PlaceMention => ({ start: sp.start, end: sp.end, text: sp.text, place: p, geo_precision: 1, confidence: 0.8, rule: 'exact-name' });
  const spans = [span('Gomba', [0], [false], false), span('Nord-Karu', [1, 2], [false, false], true)];
  const resolved = [mention(spans[0]!, places[0]!), mention(spans[1]!, places[2]!)];
  assert.equal(withAdminSpelling(0, spans, resolved, places, text).place!.admin1, 'Nord-Karu');
  // Through an alternate name only, the table's spelling stands.
  const altSpans = [spans[0]!, { ...spans[1]!, alt: [true, false] }];
  assert.equal(withAdminSpelling(0, altSpans, resolved, places, text).place!.admin1, 'North Karu');
});
