import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ACLED_COLUMNS } from '../../src/export/acled-csv.ts';
import { assertErrorShape, makeTestApp, SYNTHETIC, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp();
});
after(() => t.close());

const count = async (qs: string) => (await t.app.inject(`/api/events?limit=1&with_total=1&${qs}`)).json().total as number;

test('ACLED CSV: ACLED columns first, one row per matching event, as an attachment', async () => {
  const r = await t.app.inject('/api/export/acled-csv?country=YEM');
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^text\/csv/);
  assert.match(r.headers['content-disposition'] as string, /attachment; filename="sitrep-events\.csv"/);
  const rows = parse(r.body, { columns: true }) as Array<Record<string, string>>;
  assert.equal(rows.length, await count('country=YEM'));
  assert.deepEqual(Object.keys(rows[0]).slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
  assert.ok(rows.every((row) => row.iso3 === 'YEM'));
});

test('GeoJSON: a FeatureCollection of points, every event of the store', async () => {
  const r = await t.app.inject('/api/export/geojson');
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /geo\+json/);
  const fc = r.json();
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, SYNTHETIC + 1);
  const f = fc.features.find((x: { id: string }) => x.id === t.incidentId);
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [17.25, 30.5] });
});

test('JSON: the events with their evidence, filtered and sorted by date', async () => {
  const r = await t.app.inject('/api/export/json?event_type=Protests&from=2020-01-01');
  const events = r.json();
  assert.equal(events.length, await count('event_type=Protests&from=2020-01-01'));
  assert.ok(events.every((e: { event_type: string; event_date: string }) => e.event_type === 'Protests' && e.event_date >= '2020-01-01'));
  const dates = events.map((e: { event_date: string }) => e.event_date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(events[0].evidence.length > 0);
});

test('an unknown format or bad filter is a 400 before anything is streamed', async () => {
  const bad = await t.app.inject('/api/export/xlsx');
  assertErrorShape(bad.json(), 400, 'INVALID_REQUEST');
  assert.match(bad.json().message, /format/);
  assertErrorShape((await t.app.inject('/api/export/json?bbox=nope')).json(), 400, 'INVALID_REQUEST');
});
