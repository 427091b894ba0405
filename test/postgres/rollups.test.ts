// The PostgreSQL day rollup: writers append deltas, readers add rollup + deltas, and folding
// the deltas into the rollup changes no answer (and none differs from the event rows).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldRollups } from '../../src/store/postgres/rollups.ts';
import type { AggregateBy, EventQuery, Store } from '../../src/store/store.ts';
import { seeded } from '../store/contract-helpers.ts';
import { usePostgres } from './helpers.ts';

const fx = usePostgres();
const BY: AggregateBy[] = ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1', 'actor', 'actor_pair'];
const QUERIES: EventQuery[] = [{}, { country: 'LBY' }, { country: 'mali' }, { from: '2020-05-02', to: '2020-05-08' }, { event_type: 'Battles' }, { admin1: 'mopti' }];

/** Every count and aggregate of QUERIES, each also checked against the event rows. */
async function answers(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const n = await store.countEvents(q);
    assert.equal(n, await store.countEvents({ ...q, fatalities_min: 0 }), `count ${JSON.stringify(q)}`);
    out.push(n);
    for (const by of BY) {
      const rows = await store.aggregate(q, by);
      assert.deepEqual(rows, await store.aggregate({ ...q, fatalities_min: 0 }, by), `${by} ${JSON.stringify(q)}`);
      out.push(rows);
    }
  }
  return out;
}

describe('postgres rollups', () => {
  test('folding the deltas changes no answer, after edits, rejects, merges and splits', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const { store, events } = await seeded(() => fx.newStore());
    const s = store as Awaited<ReturnType<typeof fx.newStore>>;
    const at = (loc: string) => events.find((e) => e.location === loc)!;
    const pending = async () => (await s.db.q<{ n: number }>('SELECT count(*) AS n FROM rollup_deltas'))[0].n;

    assert.ok((await pending()) > 0, 'saved events leave deltas');
    const before = await answers(s);
    assert.equal(await foldRollups(s.db), true);
    assert.equal(await pending(), 0);
    assert.deepEqual(await answers(s), before);

    // Changes after a fold: deltas on top of folded rows, some buckets emptied by -1 rows.
    await s.updateEvent(at('Bamako').id, { status: 'rejected' }, { action: 'reject', actor: 'ana' });
    await s.updateEvent(at('Misrata').id, { fields: { fatalities: 40, actor1: 'Wagner Group; Local militia' } }, { action: 'edit', actor: 'ana' });
    const gone = at('Tarhuna');
    await s.moveReports(gone.report_ids, at('Misrata').id, { action: 'merge', actor: 'ana' });
    const changed = await answers(s);
    assert.notDeepEqual(changed, before);
    await foldRollups(s.db);
    assert.deepEqual(await answers(s), changed);
    const empty = await s.db.q<{ n: number }>('SELECT count(*) AS n FROM rollups WHERE events = 0');
    assert.equal(empty[0].n, 0, 'emptied rollup rows are dropped');

    await s.moveReports(gone.report_ids, null, { action: 'split', actor: 'ana' });
    const split = await answers(s);
    await foldRollups(s.db);
    assert.deepEqual(await answers(s), split);
  });

  test('writers crossing 10,000 deltas leave the fold to a listening process, not their own transaction', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const { store, events } = await seeded(() => fx.newStore());
    const s = store as Awaited<ReturnType<typeof fx.newStore>>;
    const pending = async () => (await s.db.q<{ n: number }>('SELECT count(*) AS n FROM rollup_deltas'))[0].n;
    const before = await answers(s);
    // The next delta ids cross 10,000: the edit's writer notifies, and commits with its deltas pending.
    await s.db.q("SELECT setval('rollup_deltas_id_seq', 9999)");
    await s.db.tx(async (c) => {
      await c.query("UPDATE events SET fatalities = fatalities + 1 WHERE id = $1", [events[0]!.id]);
      assert.ok((await s.db.q<{ n: number }>('SELECT count(*) AS n FROM rollup_deltas', [], c))[0].n > 0, 'the writer does not fold');
    });
    // This store's folder heard the notice and folds on its own connection.
    for (let i = 0; i < 200 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 25));
    assert.equal(await pending(), 0);
    const after = await answers(s);
    assert.notDeepEqual(after, before);
    assert.equal(await s.countEvents({}), await s.countEvents({ fatalities_min: 0 }));
  });

  test('a fold is skipped, not waited for, while another one holds the lock', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await fx.newStore();
    await s.db.tx(async (c) => {
      await c.query('SELECT sitrep_fold_rollups()');
      assert.equal(await foldRollups(s.db), false);
    });
    assert.equal(await foldRollups(s.db), true);
  });
});
