// Differential test: the same synthetic events in SQLite and in PostgreSQL must read back the
// same through every query of the Store interface (lists and their pages, counts, streams,
// aggregates, candidates). Complements the shared contract suite with volume and variety.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillStore } from '../../bench/synthetic.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { EventQuery, Store, AggregateBy } from '../../src/store/store.ts';
import { usePostgres } from './helpers.ts';

const pgFx = usePostgres();

const QUERIES: EventQuery[] = [
  {},
  { sort: 'date', limit: 37 },
  { sort: '-fatalities', limit: 25 },
  { sort: 'fatalities', limit: 40, country: 'lby' },
  { country: 'Yemen', from: '2019-01-01', to: '2020-06-30' },
  { event_type: 'Battles', fatalities_min: 3, fatalities_max: 50 },
  { actor: 'houthi' },
  { actor: 'protesters (' },
  { bbox: [10, 28, 20, 34] },
  { text: 'clashed' },
  { text: 'Misrata Jun' },
  { admin1: 'tripoli', sub_event_type: 'Armed clash' },
];
const BY: AggregateBy[] = ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1', 'actor', 'actor_pair'];

/** Events minus their write timestamps (the two stores were filled seconds apart). */
const untimed = ({ created_at: _c, updated_at: _u, ...ev }: SitrepEvent) => ev;

async function pages(store: Store, q: EventQuery, max = 4) {
  const out: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ ...q, cursor });
    out.push(page.items.map((e) => e.id));
    cursor = page.next_cursor;
  } while (cursor && out.length < max);
  return out;
}

test('PostgreSQL answers every query exactly as SQLite on the same 3,000 events', async (t) => {
  if (pgFx.skip) return t.skip(pgFx.skip);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-parity-'));
  const lite = new SqliteStore(join(dir, 'p.db'));
  await lite.migrate();
  const pg = await pgFx.newStore();
  try {
    for (const s of [lite, pg]) await fillStore(s, 3000, { seed: 7, batch: 700 });
    for (const q of QUERIES) {
      const label = JSON.stringify(q);
      assert.deepEqual(await pages(pg, q), await pages(lite, q), `pages ${label}`);
      assert.equal(await pg.countEvents(q), await lite.countEvents(q), `count ${label}`);
      const first = (await lite.listEvents({ ...q, limit: 5 })).items.map(untimed);
      assert.deepEqual((await pg.listEvents({ ...q, limit: 5 })).items.map(untimed), first, `events ${label}`);
    }
    for (const by of BY) {
      for (const q of [{}, { country: 'SYR', from: '2020-01-01' }] as EventQuery[]) {
        assert.deepEqual(await pg.aggregate(q, by), await lite.aggregate(q, by), `aggregate ${by} ${JSON.stringify(q)}`);
      }
    }
    const streamed = async (s: Store) => {
      const ids: string[] = [];
      for await (const e of s.streamEvents({ country: 'MLI', sort: 'date' })) ids.push(e.id);
      return ids;
    };
    const ids = await streamed(pg);
    assert.ok(ids.length > 100);
    assert.deepEqual(ids, await streamed(lite));
    const cq = { from: '2019-03-01', to: '2019-03-20', bbox: [40, 10, 50, 20] as [number, number, number, number] };
    assert.deepEqual((await pg.findCandidates(cq)).map((e) => e.id), (await lite.findCandidates(cq)).map((e) => e.id));
    const docs = async (s: Store) => (await s.listDocuments({ limit: 2 })).items.map(({ ingested_at: _i, ...d }) => d);
    assert.deepEqual(await docs(pg), await docs(lite));
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
