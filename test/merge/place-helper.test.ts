// Placement with a second thread (place-helper.ts ranks half of each batch over its own read
// connection) gives exactly the placements of one thread, on a SQLite file holding synthetic
// events told again by a batch of dataset rows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.ts';
import { placeHelper } from '../../src/merge/place-helper.ts';
import { placeReports, rankBatch } from '../../src/merge/place.ts';
import { openStore } from '../../src/store/index.ts';
import { fillStore, syntheticEvents } from '../../bench/synthetic.ts';

test('a batch ranked on two threads is placed as on one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-place-helper-'));
  const store = await openStore(join(dir, 'store.db'));
  const helper = placeHelper(store, { always: true });
  try {
    await fillStore(store, 3000, { seed: 1 });
    // Every tenth stored event told again a day later by a dataset row, between new incidents.
    const stored = [...syntheticEvents(3000, 1)].filter((_, i) => i % 10 === 0);
    const fresh = [...syntheticEvents(200, 2)];
    const rows: Report[] = [...stored, ...fresh].map((r, i) => ({
      ...r,
      id: `doc_row${i}:r0`,
      document_id: `doc_row${i}`,
      event_date: i < stored.length && i % 2 ? r.event_date.replace(/-(\d\d)$/, (_, d) => `-${String(Math.min(28, Number(d) + 1)).padStart(2, '0')}`) : r.event_date,
      evidence: [],
      rules: ['dataset:test'],
    }));
    assert.ok(helper, 'a SQLite file gets a helper thread');
    // The thread itself answers (placeReports would fall back to this thread if it failed).
    assert.deepEqual(await helper.rank(rows.slice(150)), await rankBatch(store, rows.slice(150)));
    const one = await placeReports(store, rows);
    const two = await placeReports(store, rows, helper);
    assert.deepEqual(two, one);
    assert.ok(one.filter((p) => p.kind !== 'new').length > 100, 'the retellings find their events');
    assert.equal(placeHelper(await openStore(':memory:')), null, 'an in-memory store has none');
  } finally {
    await helper?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
