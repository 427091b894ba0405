// `sitrep import json|geojson`: sitrep's own export read back, event by event (invented events
// from the store fixtures, one of them merged from two sources).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { SitrepEvent } from '../../src/core/types.ts';
import { importDataset } from '../../src/datasets/import.ts';
import { jsonRecords } from '../../src/datasets/json-records.ts';
import { sitrepRecord } from '../../src/datasets/sitrep.ts';
import { exportEvents } from '../../src/export/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { corpus, doc, report } from '../store/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-json-import-'));

/** Everything an exported event says about the incident (ids, evidence and review state aside). */
const FIELDS = [
  'event_date', 'event_date_end', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso3', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max',
  'injuries', 'displaced', 'notes', 'source', 'region', 'source_scale', 'tags', 'confidence',
] as const;

async function exportText(store: Store, format: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c) => chunks.push(c));
  await exportEvents(store, { sort: 'date' }, format, out);
  return Buffer.concat(chunks).toString('utf8');
}

/** A store with the fixture corpus, the Misrata clash told by a second outlet with another toll. */
async function sourceStore(): Promise<{ store: Store; events: SitrepEvent[] }> {
  const store = await openStore(':memory:');
  for (const item of corpus()) await store.saveIngest(item.doc, item.reports);
  const misrata = (await store.listEvents({ text: 'Misrata' })).items[0]!;
  const text = 'Four fighters died in clashes in Misrata on Friday, a local council said.';
  await store.saveIngest(doc(text, { source: 'Libya Observer' }), [report(text, { fatalities: 4, fatalities_min: 4, fatalities_max: 4 })], [
    { kind: 'attach', event_id: misrata.id, score: 1, rule: 'test' },
  ]);
  return { store, events: (await store.listEvents({ sort: 'date' })).items };
}

const byNotes = (events: SitrepEvent[]) => new Map(events.map((e) => [e.notes, e]));

function assertSameEvents(got: SitrepEvent[], want: SitrepEvent[]) {
  assert.equal(got.length, want.length);
  const index = byNotes(got);
  for (const w of want) {
    const g = index.get(w.notes)!;
    assert.ok(g, `event "${w.notes}" imported`);
    for (const f of FIELDS) assert.deepEqual(g[f], w[f], `${w.notes} ${f}`);
  }
}

test('json: export -> import into a fresh store -> export gives the same events; re-import is a no-op', async () => {
  const { store, events } = await sourceStore();
  assert.equal(events.length, 6);
  assert.ok(events.some((e) => e.report_ids.length === 2 && e.grade === 'contested'), 'a merged, contested event');
  const file = join(dir, 'events.json');
  writeFileSync(file, await exportText(store, 'json'));

  const fresh = await openStore(':memory:');
  const stats = await importDataset(fresh, 'json', file, { batch: 4 });
  assert.deepEqual([stats.rows, stats.imported, stats.failed.length], [6, 6, 0]);
  const again = JSON.parse(await exportText(fresh, 'json')) as SitrepEvent[];
  assertSameEvents(again, JSON.parse(readFileSync(file, 'utf8')));
  // Grades are derived again from the claims held: one claim per event, so the merged event is no longer contested.
  for (const e of again.filter((x) => x.notes !== events.find((y) => y.report_ids.length === 2)!.notes)) {
    assert.equal(e.grade, events.find((y) => y.notes === e.notes)!.grade, e.notes);
  }
  const docs = await Promise.all(again.map((e) => fresh.getDocument(e.document_ids[0]!)));
  assert.deepEqual(new Set(docs.map((d) => d!.external_id)), new Set(events.map((e) => e.id)), 'documents keep the exported ids');

  const twice = await importDataset(fresh, 'json', file);
  assert.deepEqual([twice.imported, twice.unchanged], [0, 6], 're-import writes nothing');
  assert.equal((await fresh.listEvents({})).items.length, 6);
  await Promise.all([store.close(), fresh.close()]);
});

test('json: events imported from ACLED rows keep ACLED\'s extra fields (region, admin3, source scale) through json', async () => {
  const acled = await openStore(':memory:');
  await importDataset(acled, 'acled', join(import.meta.dirname, 'fixtures', 'acled-sample.csv'));
  const file = join(dir, 'acled.json');
  writeFileSync(file, await exportText(acled, 'json'));
  const events = JSON.parse(readFileSync(file, 'utf8')) as SitrepEvent[];
  assert.ok(events.length === 4 && events.every((e) => e.region && e.source_scale !== undefined), 'the fixture carries ACLED extras');
  const fresh = await openStore(':memory:');
  assert.equal((await importDataset(fresh, 'json', file)).imported, 4);
  assertSameEvents(JSON.parse(await exportText(fresh, 'json')), events);
  await Promise.all([acled.close(), fresh.close()]);
});

test('json: a line that is not JSON is reported by line number and skipped, the rest kept', async () => {
  const { store } = await sourceStore();
  const lines = (await exportText(store, 'json')).split('\n');
  lines[3] = lines[3]!.slice(0, 40); // a truncated event
  lines.splice(5, 0, 'not json at all');
  const file = join(dir, 'broken.json');
  writeFileSync(file, lines.join('\n'));
  const fresh = await openStore(':memory:');
  const stats = await importDataset(fresh, 'json', file);
  assert.deepEqual(stats.failed.map((f) => f.line), [4, 6]);
  assert.equal(stats.imported, 5);
  await Promise.all([store.close(), fresh.close()]);
});

test('json: a plain array (one line or pretty-printed), JSON Lines and the GeoJSON export read the same events', async () => {
  const { store } = await sourceStore();
  const events = JSON.parse(await exportText(store, 'json')) as SitrepEvent[];
  const layouts: Record<string, [string, string]> = {
    'one-line.json': ['json', JSON.stringify(events)],
    'pretty.json': ['json', JSON.stringify(events, null, 2)],
    'events.jsonl': ['json', events.map((e) => JSON.stringify(e)).join('\n') + '\n'],
    'events.geojson': ['geojson', await exportText(store, 'geojson')],
  };
  for (const [name, [dataset, text]] of Object.entries(layouts)) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const fresh = await openStore(':memory:');
    const stats = await importDataset(fresh, dataset, file);
    assert.deepEqual(stats.failed, [], name);
    assertSameEvents(JSON.parse(await exportText(fresh, 'json')), events);
    await fresh.close();
  }
  await store.close();
});

test('json reader: a broken pretty-printed record is skipped up to the next record at its indentation', async () => {
  const file = join(dir, 'reader.json');
  writeFileSync(file, ['[', '  {', '    "id": "a",', '    "notes": "cut', '  },', '  {', '    "id": "b"', '  },', '  {"id": "c"}', ']'].join('\n'));
  const items = [];
  for await (const item of jsonRecords(file)) items.push(item);
  assert.deepEqual(items, [
    { line: 2, error: 'line ends inside a string' },
    { line: 6, value: { id: 'b' } },
    { line: 9, value: { id: 'c' } },
  ]);
});

test('geojson: a feature without latitude/longitude properties takes its point from the geometry', () => {
  const properties = { event_date: '2021-03-02', event_type: 'Riots', sub_event_type: 'Mob violence', notes: 'A crowd burned a market stall.', location: 'Invented Town' };
  const { report, doc: d } = sitrepRecord({ type: 'Feature', id: 'evt_feature', geometry: { type: 'Point', coordinates: [12.5, 41.9] }, properties });
  assert.deepEqual([report.longitude, report.latitude, report.geo_precision, d.external_id], [12.5, 41.9, 1, 'evt_feature']);
  assert.throws(() => sitrepRecord({ ...properties, id: 'evt_bad', latitude: 123, longitude: 0 }), /latitude: 123 is not a coordinate/);
});

test('json: an event whose fields contradict each other is reported by line and skipped, the rest kept', async () => {
  const { store } = await sourceStore();
  const lines = (await exportText(store, 'json')).split('\n');
  // Lines 2..7 hold the six events; break three of them the way a hand-edited export would.
  const breakLine = (n: number, change: Record<string, unknown>) => {
    const comma = lines[n - 1]!.endsWith(',');
    const ev = JSON.parse(comma ? lines[n - 1]!.slice(0, -1) : lines[n - 1]!);
    lines[n - 1] = JSON.stringify({ ...ev, ...change }) + (comma ? ',' : '');
  };
  breakLine(2, { event_type: 'Protests', sub_event_type: 'Armed clash' });
  breakLine(4, { event_date_end: '1999-01-01' });
  breakLine(6, { longitude: null });
  const file = join(dir, 'contradicting.json');
  writeFileSync(file, lines.join('\n'));
  const fresh = await openStore(':memory:');
  const stats = await importDataset(fresh, 'json', file);
  assert.deepEqual(stats.failed.map((f) => f.line), [2, 4, 6]);
  assert.match(stats.failed[0]!.message, /sub_event_type "Armed clash" is not a kind of "Protests"/);
  assert.match(stats.failed[1]!.message, /event_date_end 1999-01-01 is before event_date/);
  assert.match(stats.failed[2]!.message, /latitude and longitude are set together/);
  assert.equal(stats.imported, 3);
  await Promise.all([store.close(), fresh.close()]);
});

test('json: a field an event lacks takes its default; derived ones follow the fields they derive from', () => {
  const ev = { id: 'evt_min', event_date: '2021-03-02', event_type: 'Battles', sub_event_type: 'Armed clash', inter1: 1, inter2: 3, fatalities: 5, injuries: '', actor1: null };
  const { report } = sitrepRecord(ev);
  assert.deepEqual(
    [report.fatalities_min, report.fatalities_max, report.interaction, report.time_precision, report.injuries, report.actor1, report.geo_precision, report.event_date_end],
    [5, 5, 13, 1, null, '', null, null],
  );
  assert.equal('admin3' in report, false, 'an ACLED extra the event lacks stays absent');
  // What the review refuses in an edit, the import refuses in a record, with the field named.
  assert.throws(() => sitrepRecord({ ...ev, fatalities_min: 9 }), /fatalities_min 9 is above fatalities 5/);
  assert.throws(() => sitrepRecord({ ...ev, event_date: '2021-02-30' }), /event_date: "2021-02-30" is not a real day/);
  assert.throws(() => sitrepRecord({ ...ev, event_date: undefined }), /event_date: missing/);
  assert.throws(() => sitrepRecord({ ...ev, inter2: 9 }), /inter2: 9 is not an ACLED inter code/);
  assert.throws(() => sitrepRecord({ ...ev, civilian_targeting: 'yes' }), /civilian_targeting: "yes"/);
});
