import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ACLED_COLUMNS, acledDate, SITREP_COLUMNS } from '../../src/export/acled-csv.ts';
import { exportEvents } from '../../src/export/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { corpus, doc, report } from '../store/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => openStore(join(dir, `e${++n}.db`));

/** Collects an export in a deliberately small-buffered stream (exercises backpressure). */
async function run(store: Store, format: string, q = {}): Promise<{ text: string; count: number }> {
  const chunks: string[] = [];
  const out = new Writable({
    highWaterMark: 64,
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      setImmediate(cb);
    },
  });
  const count = await exportEvents(store, q, format, out);
  return { text: chunks.join(''), count };
}

test('ACLED dates are written as ACLED writes them', () => {
  assert.equal(acledDate('2020-05-09'), '9-May-20');
  assert.equal(acledDate('2019-12-31'), '31-Dec-19');
});

describe('exports of a small store', () => {
  let store: Store;
  before(async () => {
    store = await fresh();
    for (const item of corpus()) await store.saveIngest(item.doc, item.reports);
  });
  after(() => store.close());

  test('acled-csv: 31 ACLED columns in ACLED order, then sitrep columns', async () => {
    const { text, count } = await run(store, 'acled-csv', { sort: 'date' });
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    assert.equal(count, 6);
    assert.deepEqual(text.split('\n')[0].split(','), [...ACLED_COLUMNS, ...SITREP_COLUMNS]);
    assert.equal(ACLED_COLUMNS.length, 31);
    const tarhuna = rows.find((r) => r.location === 'Tarhuna')!;
    assert.deepEqual(
      [tarhuna.event_date, tarhuna.year, tarhuna.iso, tarhuna.iso3, tarhuna.sub_event_type, tarhuna.fatalities, tarhuna.fatalities_max, tarhuna.latitude],
      ['3-May-20', '2020', '434', 'LBY', 'Air/drone strike', '5', '6', '32.43'],
    );
    assert.equal(rows[0].location, 'Bamako', 'sorted by date');
    assert.equal(rows.find((r) => r.location === 'Donetsk')!.assoc_actor_1, "DPR: Donetsk People's Republic");
  });

  test('geojson: a FeatureCollection of points (lon, lat) with the event as properties', async () => {
    const { text } = await run(store, 'geojson', { country: 'LBY' });
    const fc = JSON.parse(text);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 3);
    const sirte = fc.features.find((f: any) => f.properties.location === 'Sirte');
    assert.deepEqual(sirte.geometry, { type: 'Point', coordinates: [16.59, 31.2] });
    assert.equal(sirte.id, sirte.properties.id);
  });

  test('json: an array of events with evidence', async () => {
    const events = JSON.parse((await run(store, 'json', { event_type: 'Protests' })).text);
    assert.equal(events.length, 1);
    assert.equal(events[0].location, 'Bamako');
    assert.ok(events[0].evidence.length > 0);
  });

  test('an unknown format is refused', async () => {
    await assert.rejects(run(store, 'xlsx'), /unknown export format/);
  });
});

test('a large export streams page by page (more events than one stream page)', async () => {
  const store = await fresh();
  const items = Array.from({ length: 1201 }, (_, i) => {
    const text = `Synthetic clash number ${i} near Misrata.`;
    return { doc: doc(text), reports: [report(text, { event_date: `2020-0${1 + (i % 9)}-1${i % 10}` })] };
  });
  await store.saveIngestMany(items);
  const { text, count } = await run(store, 'json');
  const events = JSON.parse(text);
  assert.equal(count, 1201);
  assert.equal(new Set(events.map((e: any) => e.id)).size, 1201);
  await store.close();
});

describe('ACLED round-trip: import then export reproduces the rows', () => {
  const header = ACLED_COLUMNS.join(',');
  const row = (id: string, date: string, notes: string, extra = '') =>
    `${id.slice(3)}99,434,${id},${id.slice(3)},${date},2020,1,Battles,Armed clash,Military Forces of Libya (2014-) Libyan National Army,,1,Military Forces of Libya (2016-) Government of National Accord,,1,11,Northern Africa,Libya,Tripoli,Tripoli,,Ain Zara,32.8002,13.2201,1,Libya Observer,National,"${notes}",${extra || '3'},1589220519,LBY`;

  async function roundTrip(csv: string): Promise<Array<Record<string, string>>> {
    const { importDataset } = await import('../../src/datasets/import.ts');
    const store = await fresh();
    const path = join(dir, `rt${n}.csv`);
    (await import('node:fs')).writeFileSync(path, csv);
    await importDataset(store, 'acled', path, { merge: false });
    const out = parse((await run(store, 'acled-csv')).text, { columns: true }) as Array<Record<string, string>>;
    await store.close();
    return out;
  }

  test('own fixture rows (quotes, commas, blanks) come back column for column', async () => {
    const lines = [
      row('LBY100', '9-May-20', 'On 9 May 2020, clashes in Ain Zara, south of Tripoli; ""heavy"" shelling reported.'),
      row('LBY101', '28-Apr-20', 'On 28 April 2020, fighting continued.', '0'),
    ];
    const original = parse([header, ...lines].join('\n'), { columns: true }) as Array<Record<string, string>>;
    const exported = await roundTrip([header, ...lines].join('\n') + '\n');
    for (const o of original) {
      const e = exported.find((r) => r.event_id_cnty === o.event_id_cnty)!;
      for (const c of ACLED_COLUMNS) assert.equal(e[c], o[c], `${o.event_id_cnty}.${c}`);
    }
  });

  test("sitrep's own export of extracted events (no ACLED ids) imports back with its tolls and date range", async () => {
    const store = await fresh();
    const text = 'Clashes in Ain Zara left between four and nine fighters dead from 1 to 3 May 2020, "officials" said, and 12 wounded.';
    await store.saveIngest(doc(text), [
      report(text, { event_date: '2020-05-01', event_date_end: '2020-05-03', fatalities: 4, fatalities_min: 4, fatalities_max: 9, injuries: 12 }),
    ]);
    const first = (await run(store, 'acled-csv')).text;
    await store.close();
    const before = parse(first, { columns: true }) as Array<Record<string, string>>;
    assert.equal(before[0].data_id, '', 'no ACLED id is invented');
    const after = await roundTrip(first);
    assert.equal(after.length, 1);
    for (const c of [...ACLED_COLUMNS, 'event_date_end', 'fatalities_min', 'fatalities_max', 'injuries', 'civilian_targeting']) {
      assert.equal(after[0][c], before[0][c], c);
    }
  });

  const shared = join(import.meta.dirname, '../../../shared/data/acled/acled-2020-04-27_2020-05-09.csv');
  test('the shared ACLED extract', { skip: !existsSync(shared) && `absent: ${shared}` }, async () => {
    const original = parse(readFileSync(shared), { columns: true }) as Array<Record<string, string>>;
    const exported = await roundTrip(readFileSync(shared, 'utf8'));
    assert.equal(exported.length, original.length);
    const byId = new Map(exported.map((r) => [r.event_id_cnty, r]));
    let differing = 0;
    for (const o of original) {
      const e = byId.get(o.event_id_cnty);
      if (!e || ACLED_COLUMNS.some((c) => e[c] !== o[c])) differing++;
    }
    assert.equal(differing, 0);
  });
});
