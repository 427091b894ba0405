// Ranking the next import batch while one is saved (datasets/import.ts saveBatches with a helper
// thread, merge/ahead.ts) places every row as ranking each batch after the save before it would:
// here the second batch retells the first batch's incidents, which its early ranking cannot see.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.ts';
import { emptyStats } from '../../src/datasets/import.ts';
import { saveBatches, type Batch } from '../../src/datasets/save-batches.ts';
import { datasetHash, documentIdOf } from '../../src/datasets/record.ts';
import { reachedBy, type Footprint } from '../../src/merge/ahead.ts';
import { placeHelper } from '../../src/merge/place-helper.ts';
import type { RankHelper } from '../../src/merge/place.ts';
import { addDays } from '../../src/store/reconcile.ts';
import { openStore } from '../../src/store/index.ts';
import type { Placement, Store } from '../../src/store/store.ts';
import { fillStore, syntheticEvents } from '../../bench/synthetic.ts';

/** Reports as rows of `dataset`, numbered from `from`. */
function rowsOf(reports: Report[], dataset: string, from: number): Batch {
  return reports.map((r, i) => {
    const n = String(from + i);
    const content_hash = datasetHash(dataset, n, r.notes, [r.event_date]);
    const document_id = documentIdOf(content_hash);
    return {
      doc: { kind: dataset, text: r.notes, title: `${dataset} ${n}`, content_hash, source: dataset, external_id: n, published: r.event_date },
      report: { ...r, id: `${document_id}:r0`, document_id, evidence: [], rules: [`dataset:${dataset}`] },
      line: from + i + 2,
    };
  });
}

/** Each incident told again by another source a day later, its point moved a few hundred metres. */
const retold = (reports: Report[]): Report[] =>
  reports.map((r) => ({ ...r, event_date: addDays(r.event_date, 1), latitude: r.latitude! + 0.002, longitude: r.longitude! - 0.002 }));

async function importBatches(store: Store, batches: Batch[], helper: RankHelper | null, onSaved?: () => void): Promise<Placement[][]> {
  const placed: Placement[][] = [];
  async function* each() {
    yield* batches;
  }
  await saveBatches(store, each(), emptyStats(), { helper, onPlaced: (_, p) => placed.push(p), onSaved });
  return placed;
}

test('batches ranked ahead on a second thread are placed as one thread places them after each save', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-place-ahead-'));
  const [alone, paired] = [await openStore(join(dir, 'one.db')), await openStore(join(dir, 'two.db'))];
  const helper = placeHelper(paired, { always: true });
  let early = 0;
  const counting: RankHelper = { worthIt: () => true, rank: (reports) => (early++, helper!.rank(reports)) };
  try {
    for (const store of [alone, paired]) await fillStore(store, 2000, { seed: 1 });
    const incidents = [...syntheticEvents(150, 2)];
    const stored = [...syntheticEvents(2000, 1)].filter((_, i) => i % 20 === 0);
    const batches = [
      rowsOf(incidents, 'first', 0),
      // The first batch's incidents told again, and stored ones too.
      rowsOf([...retold(incidents), ...retold(stored)], 'second', 0),
      rowsOf([...syntheticEvents(100, 3)], 'first', 1000),
    ];
    const one = await importBatches(alone, batches, null);
    const two = await importBatches(paired, batches, counting);
    assert.ok(early >= 2, 'the second and third batches were ranked ahead');
    assert.deepEqual(two, one);
    // Ranked before the first batch was saved, these rows would have found nothing.
    const found = one[1]!.slice(0, incidents.length).filter((p) => p.kind !== 'new').length;
    assert.ok(found > incidents.length / 2, `${found} of ${incidents.length} retellings find the first batch's events`);
  } finally {
    await helper?.close();
    await alone.close();
    await paired.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the rows a saved batch could have changed the candidates of', () => {
  const report = (date: string, lat: number | null, lon: number | null, iso3 = 'LBY') =>
    ({ event_date: date, event_date_end: null, time_precision: 1, latitude: lat, longitude: lon, geo_precision: lat == null ? null : 1, iso3 }) as unknown as Report;
  const at = (date: string, lat: number | null, lon: number | null, last: string | null = null, time_precision = 1): Footprint =>
    ({ event_date: date, event_date_end: last, time_precision, latitude: lat, longitude: lon }) as Footprint;
  const rows = [
    report('2020-05-01', 32.9, 13.2),
    report('2020-05-01', 30.0, 20.0),
    report('2020-05-01', null, null),
    report('2020-05-01', -17.0, 179.9, 'FJI'),
  ];
  // Near the first row's point, a day off; and a footprint without a point.
  assert.deepEqual(reachedBy(rows, [at('2020-05-02', 33.0, 13.3)]), [0, 2]);
  // Near it but more days apart than a search reaches (window.ts NEIGHBOURHOOD_DAYS).
  assert.deepEqual(reachedBy(rows, [at('2020-05-10', 33.0, 13.3)]), []);
  // Unless its own precision widens its window to the row's day (a month: half a month each way).
  assert.deepEqual(reachedBy(rows, [at('2020-05-14', 33.0, 13.3, null, 3)]), [0, 2]);
  // Far outside every window: nobody.
  assert.deepEqual(reachedBy(rows, [at('2021-01-01', 32.9, 13.2)]), []);
  // A long window that began well before the row's day and ends just before it.
  assert.deepEqual(reachedBy(rows, [at('2020-03-01', 30.1, 20.1, '2020-04-30')]), [1, 2]);
  // Near the point at 179.9 E, on either side of the antimeridian.
  assert.deepEqual(reachedBy(rows, [at('2020-05-02', -17.1, 179.8)]), [2, 3]);
  assert.deepEqual(reachedBy(rows, [at('2020-05-02', -17.0, -179.9)]), [2, 3]);
  // Without a point only the search without a box can find it.
  assert.deepEqual(reachedBy(rows, [at('2020-05-02', null, null)]), [2]);
  assert.deepEqual(reachedBy(rows, []), []);
});

/** Imports eight batches of 150 rows into a store of 1,000 events through a helper copying the
 *  WAL back from `checkpointAt` bytes; returns the WAL file's size after each save. */
async function checkpointedImport(checkpointAt: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-place-checkpoint-'));
  const path = join(dir, 'store.db');
  const store = await openStore(path);
  const helper = placeHelper(store, { always: true, checkpointAt })!;
  const walSizes: number[] = [];
  try {
    await fillStore(store, 1000, { seed: 1 });
    const batches = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => rowsOf([...syntheticEvents(150, 10 + k)], 'ckpt', k * 1000));
    const placed = await importBatches(store, batches, helper, () => walSizes.push(statSync(`${path}-wal`).size));
    assert.equal(placed.flat().length, 1200);
  } finally {
    await helper.close();
  }
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.equal(await store.countEvents({}), 1000 + 1200 - attachedRows(db));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return walSizes;
}

test('an import whose saves are checkpointed on their own thread keeps every row and starts the WAL over', async () => {
  // From the first save on, each save's WAL is copied back, and each save waits for the copies
  // so far, so that it starts the WAL over: the file holds about one save's frames, not eight.
  const every = await checkpointedImport(0);
  assert.ok(every.at(-1)! < 2.5 * Math.max(...every.slice(0, 2)), `WAL sizes ${every.join(', ')}`);
});

/** Rows that joined a stored event instead of founding one. */
function attachedRows(db: import('better-sqlite3').Database): number {
  return (db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'attach'").get() as { n: number }).n;
}
