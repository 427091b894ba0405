import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { importDataset } from '../../src/datasets/import.ts';
import { parseAcledDate } from '../../src/datasets/acled.ts';
import { geoPrecisionOfWherePrec, placeDescription, timePrecisionOfDatePrec, ucdpRecord } from '../../src/datasets/ucdp.ts';
import { exportEvents } from '../../src/export/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const SHARED = join(import.meta.dirname, '../../../shared/data');

async function exportCsv(store: Store): Promise<Array<Record<string, string>>> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c) => chunks.push(c));
  await exportEvents(store, { include_hidden: true }, 'acled-csv', out);
  return parse(Buffer.concat(chunks).toString('utf8'), { columns: true });
}

test('ACLED dates in the three spellings exports use; impossible days refused', () => {
  assert.equal(parseAcledDate('9-May-20'), '2020-05-09');
  assert.equal(parseAcledDate('09 May 2020'), '2020-05-09');
  assert.equal(parseAcledDate('2020-05-09'), '2020-05-09');
  assert.equal(parseAcledDate('3-Jan-98'), '1998-01-03');
  assert.throws(() => parseAcledDate('31-Feb-20'), /not a real day/);
  assert.throws(() => parseAcledDate('May 9'), /not an ACLED date/);
});

test('UCDP precision scales map onto ACLED coarsely, never more precise than the source', () => {
  assert.deepEqual([1, 2, 3, 4, 5].map(timePrecisionOfDatePrec), [1, 2, 2, 3, 3]);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(geoPrecisionOfWherePrec), [1, 2, 2, 3, 3, 3, 3]);
});

test('own ACLED fixture: bad row named by line and skipped, the rest round-trips through export', async () => {
  const store = await openStore(':memory:');
  const stats = await importDataset(store, 'acled', join(FIX, 'acled-sample.csv'), { batch: 2 });
  assert.equal(stats.rows, 5);
  assert.equal(stats.imported, 4);
  assert.deepEqual(stats.failed.map((f) => f.line), [5]);
  assert.match(stats.failed[0]!.message, /event_date/);
  const again = await importDataset(store, 'acled', join(FIX, 'acled-sample.csv'));
  assert.equal(again.imported, 0, 're-import writes nothing');
  assert.equal(again.unchanged, 4);

  const original = parse(readFileSync(join(FIX, 'acled-sample.csv')), { columns: true }) as Array<Record<string, string>>;
  const exported = await exportCsv(store);
  assert.equal(exported.length, 4);
  for (const e of exported) {
    const o = original.find((r) => r.event_id_cnty === e.event_id_cnty)!;
    for (const c of Object.keys(o)) assert.equal(e[c], o[c], `${o.event_id_cnty}.${c}`);
  }
  await store.close();
});

test('own UCDP fixture: dates, tolls as min/best/max, sides as ACLED actors, civilians targeted in one-sided violence', async () => {
  const store = await openStore(':memory:');
  const stats = await importDataset(store, 'ucdp', join(FIX, 'ucdp-sample.csv'));
  assert.equal(stats.imported, 2);
  assert.deepEqual(stats.failed.map((f) => f.line), [4]);
  const events = (await store.listEvents({ sort: 'date' })).items;
  const [range, strike] = events;
  assert.equal(strike!.event_date, '2019-11-18');
  assert.deepEqual([strike!.fatalities_min, strike!.fatalities, strike!.fatalities_max], [7, 8, 11]);
  assert.equal(strike!.actor1, 'Military Forces of Libya (2016-) Government of National Accord');
  assert.equal(strike!.actor2, 'Military Forces of Libya (2014-) Haftar Faction');
  assert.equal(strike!.geo_precision, 2);
  assert.equal(strike!.iso3, 'LBY');
  assert.equal(range!.event_date, '2019-09-20');
  assert.equal(range!.event_date_end, '2019-10-02');
  assert.equal(range!.time_precision, 3);
  assert.equal(range!.event_type, 'Violence against civilians');
  assert.equal(range!.actor2, 'Civilians (Libya)');
  assert.equal(range!.civilian_targeting, 'Civilian targeting');
  // The coder's place description joins the headlines in the notes; the death split is evidence for the toll.
  assert.equal(range!.notes, 'Shell lands on a market in an invented headline\nSecond invented headline\nwestern region');
  assert.equal(strike!.notes, 'Drone strike hits a workshop south of the capital in an invented test headline\nsouth of Tripoli');
  const [report] = await store.getReports(strike!.id);
  assert.ok(report!.rules!.includes('ucdp:deaths=a:0,b:0,civilians:8,unknown:0'));
  const doc = (await store.getDocument(report!.document_id))!;
  const toll = report!.evidence.find((e) => e.field === 'fatalities')!;
  assert.equal(doc.text.slice(toll.start, toll.end), 'Deaths: Government of Libya 0; Forces of the House of Representatives 0; civilians 8; unknown 0');
  const place = report!.evidence.find((e) => e.field === 'location')!;
  assert.equal(doc.text.slice(place.start, place.end), 'Tripoli', 'the coded place where the text names it');
  assert.equal(strike!.assoc_actor_2, 'Civilians (Libya)', 'civilians killed in a state-based fight: harmed, not targeted');
  assert.equal(strike!.civilian_targeting, '');
  // Coded fields are trusted, mapped guesses are not: a state-based row's "Armed clash" is no claim of a clash.
  assert.deepEqual([report!.confidence.event_date, report!.confidence.location, report!.confidence.fatalities, report!.confidence.event_type], [0.95, 0.85, 0.9, 0.3]);
  assert.equal((await store.getReports(range!.id))[0]!.confidence.event_type, 0.6, 'one-sided violence is an attack on civilians by definition');
  await store.close();
});

test('UCDP place description: kept when it says more than the coded place, its line the location evidence otherwise', () => {
  assert.equal(placeDescription('Sirte', 'Sirte town'), '');
  assert.equal(placeDescription('  Tripoli city (Abu Slim\n neighbourhood in) ', 'Tripoli city'), 'Tripoli city (Abu Slim neighbourhood in)');
  assert.equal(placeDescription('-', 'Sirte town'), '');
  assert.equal(placeDescription('Misrata town, Misrata district', 'Misrata town', ['Misrata district']), '', 'the coded place and its district again');
  assert.equal(placeDescription('Sirte town (near), Surt district', 'Sirte town', ['Surt district']), '', '"near" is where_prec\'s to say');
  assert.equal(placeDescription('southern Tripoli', 'Tripoli city', ['Tripoli district']), 'southern Tripoli');
  const cols = ['id', 'date_start', 'type_of_violence', 'country', 'side_a', 'side_b', 'where_coordinates', 'where_description', 'source_headline', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best_est'];
  const row = { id: '1', date_start: '2011-06-15', type_of_violence: '1', country: 'Libya', side_a: 'Government of Libya', side_b: 'NTC', where_coordinates: 'Jabal al Gharbi district', where_description: 'Lawania village', source_headline: '', deaths_a: '0', deaths_b: '2', deaths_civilians: '', deaths_unknown: '0', best_est: '2' };
  const { doc, report } = ucdpRecord(row, cols);
  assert.equal(report.notes, 'Lawania village');
  assert.equal(report.location, 'Jabal al Gharbi district', 'the coded point stays the location (ACLED: the place the coordinates are of)');
  const loc = report.evidence.find((e) => e.field === 'location')!;
  assert.equal(doc.text.slice(loc.start, loc.end), 'Lawania village');
  assert.ok(doc.text.endsWith('Deaths: Government of Libya 0; NTC 2; civilians 0; unknown 0'));
  assert.throws(() => ucdpRecord({ ...row, deaths_b: '-2' }, cols), /negative death count/);
});

test('a malformed CSV record is reported by line and the readable rows are kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-import-'));
  const lines = readFileSync(join(FIX, 'acled-sample.csv'), 'utf8').split('\n');
  // A stray quote inside a quoted field: that record is refused, parsing resumes after it.
  const broken = [...lines.slice(0, 3), lines[3]!.replace('"Around', '"Around "broken'), ...lines.slice(4)].join('\n');
  writeFileSync(join(dir, 'broken.csv'), broken);
  const store = await openStore(':memory:');
  const stats = await importDataset(store, 'acled', join(dir, 'broken.csv'));
  assert.equal(stats.imported, 3);
  assert.deepEqual(stats.failed.map((f) => f.line), [4, 5]);
  assert.match(stats.failed[0]!.message, /Quote/);
  await store.close();
});

const UCDP = join(SHARED, 'ucdp/ged-libya.csv');
test('the shared UCDP Libya file imports whole', { skip: !existsSync(UCDP) && `absent: ${UCDP}` }, async () => {
  const store = await openStore(':memory:');
  const stats = await importDataset(store, 'ucdp', UCDP, { merge: false });
  assert.equal(stats.failed.length, 0, JSON.stringify(stats.failed.slice(0, 3)));
  assert.equal(stats.imported, 1120);
  assert.equal(await store.countEvents({ country: 'LBY' }), 1120);
  await store.close();
});

const ACLED = join(SHARED, 'acled/acled-2020-04-27_2020-05-09.csv');
test('the shared ACLED file: default import (merge on) then export reproduces every row', { skip: !existsSync(ACLED) && `absent: ${ACLED}` }, async () => {
  const store = await openStore(':memory:');
  const stats = await importDataset(store, 'acled', ACLED);
  assert.deepEqual(stats.failed, []);
  assert.equal(stats.attached, 0, 'rows of one dataset never merge with each other');
  const original = parse(readFileSync(ACLED), { columns: true }) as Array<Record<string, string>>;
  const exported = await exportCsv(store);
  assert.equal(exported.length, original.length);
  const key = (r: Record<string, string>) => `${r.data_id}|${r.event_id_cnty}`;
  const byKey = new Map(exported.map((r) => [key(r), r]));
  const differing = original.filter((o) => {
    const e = byKey.get(key(o));
    return !e || Object.keys(o).some((c) => e[c] !== o[c]);
  });
  assert.deepEqual(differing.map(key).slice(0, 5), []);
  await store.close();
});
