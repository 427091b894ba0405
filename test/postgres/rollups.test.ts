// The PostgreSQL day rollup: writers append deltas, readers add rollup + deltas, and folding
// the deltas into the rollup changes no answer (and none differs from the event rows).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldRollups } from '../../src/store/postgres/rollups.ts';
import type { AggregateBy, EventQuery, Store } from '../../src/store/store.ts';
import { seeded } from '../store/contract-helpers.ts';
import type { PostgresStore } from '../../src/store/postgres/index.ts';
import { usePostgres } from './helpers.ts';

const fx = usePostgres();
const BY: AggregateBy[] = ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1', 'actor', 'actor_pair'];
// Windows on month and week edges (Monday to Sunday) are read from coarser grains; the Mopti
// event lasts the whole of May 2020.
const QUERIES: EventQuery[] = [
  {}, { country: 'LBY' }, { country: 'mali' }, { from: '2020-05-02', to: '2020-05-08' }, { event_type: 'Battles' }, { admin1: 'mopti' },
  { from: '2020-05-01', to: '2020-05-31' }, { to: '2020-04-30' }, { from: '2020-04-27', to: '2020-05-03' },
  { from: '2020-05-04', country: 'LBY' }, { from: '2020-01-01', to: '2020-12-31', sub_event_type: 'Armed clash' },
  ...randomWindows(12),
];

/** Windows off unit edges (fixed seed): whole weeks or months from a coarse grain, the edge
 *  days from the event rows; some open on one side, some with a country or admin1. */
function randomWindows(n: number): EventQuery[] {
  let seed = 20260527;
  const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  const day = (i: number) => new Date(Date.UTC(2020, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const out: EventQuery[] = [];
  for (let i = 0; i < n; i++) {
    const a = next(120);
    const b = a + next(90);
    const q: EventQuery = next(4) ? { from: day(a) } : {};
    if (next(4)) q.to = day(b);
    if (next(3) === 0) q.country = ['LBY', 'mali'][next(2)];
    if (next(5) === 0) q.admin1 = 'mopti';
    out.push(q);
  }
  return out;
}

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

  /** The six seeded events and 400 copies of them a day apart each (~2,400 day-grain rows over 14
   *  months), folded. */
  async function spreadCopies(): Promise<PostgresStore> {
    const { store } = await seeded(() => fx.newStore());
    const s = store as PostgresStore;
    const cols = 'event_type, sub_event_type, iso3, country, admin1, actor1, actor2, actor_names, fatalities, status, geom, search, data';
    await s.db.q(`INSERT INTO events (id, event_date, date_last, ${cols})
      SELECT id || '~' || k, event_date + k, date_last + k, ${cols} FROM events CROSS JOIN generate_series(1, 400) k`);
    await foldRollups(s.db);
    return s;
  }

  test('counts and aggregates read a coarse grain, not a row per event and day, when the query allows', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await spreadCopies();
    const [{ n: dayRows }] = await s.db.q<{ n: number }>("SELECT count(*) AS n FROM rollups WHERE kind = 'day'");
    assert.ok(dayRows > 2000);
    const cases: Array<[EventQuery, AggregateBy | null]> = [
      [{ country: 'LBY' }, null],
      [{}, 'month'],
      [{ country: 'LBY' }, 'week'],
      [{ from: '2020-06-01', to: '2020-12-31' }, 'event_type'],
      [{ country: 'mali', limit: 20 }, 'actor'],
      [{ event_type: 'Battles' }, 'actor_pair'],
    ];
    for (const [q, by] of cases) {
      const answer = (): Promise<unknown> => (by ? s.aggregate(q, by) : s.countEvents(q));
      const [read, got] = await rollupRowsRead(s, answer);
      assert.ok(read > 0 && read < dayRows / 5, `${by} ${JSON.stringify(q)} read ${read} rollup rows of ${dayRows}`);
      assert.deepEqual(got, by ? await s.aggregate({ ...q, fatalities_min: 0 }, by) : await s.countEvents({ ...q, fatalities_min: 0 }));
    }
  });

  test('a window off week and month edges reads whole units from a coarse grain and only the edge days from events', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await spreadCopies();
    // A few unfolded deltas on top.
    await s.db.q(`UPDATE events SET status = 'rejected' WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 40)`);
    await s.db.q('ANALYZE events');
    const [{ n: dayRows }] = await s.db.q<{ n: number }>("SELECT count(*) AS n FROM rollups WHERE kind = 'day'");
    const [{ n: all }] = await s.db.q<{ n: number }>('SELECT count(*) AS n FROM events');
    const cases: Array<[EventQuery, AggregateBy | null]> = [
      [{ from: '2020-07-09' }, null],
      [{ from: '2020-03-03', to: '2020-04-17' }, 'event_type'],
      [{ from: '2020-06-13', to: '2021-02-10', event_type: 'Battles' }, null],
      [{ from: '2020-05-20', to: '2020-12-11' }, 'month'],
      [{ from: '2020-05-20', to: '2020-09-11' }, 'week'],
      [{ to: '2020-11-18', event_type: 'Battles' }, 'actor'],
      [{ from: '2020-08-05', to: '2020-12-30' }, 'actor_pair'],
      [{ from: '2020-06-02', to: '2020-06-07', admin1: 'mopti' }, 'country'],
    ];
    // (With a country the day grain's primary key bounds the rows read: rollups.ts.)
    for (const [q, by] of cases) {
      const answer = (): Promise<unknown> => (by ? s.aggregate(q, by) : s.countEvents(q));
      const [read, got, eventsRead] = await rollupRowsRead(s, answer);
      const what = `${by} ${JSON.stringify(q)} read ${read} rollup rows of ${dayRows}, ${eventsRead} events of ${all}`;
      assert.ok(read < dayRows / 5 && eventsRead < all / 5, what);
      assert.deepEqual(got, by ? await s.aggregate({ ...q, fatalities_min: 0 }, by) : await s.countEvents({ ...q, fatalities_min: 0 }), what);
    }
  });
});

/** The rollup rows the last statement of `answer` reads (EXPLAIN ANALYZE of it), its answer,
 *  and the event rows it reads. */
async function rollupRowsRead<T>(s: PostgresStore, answer: () => Promise<T>): Promise<[number, T, number]> {
  const run = s.db.q.bind(s.db);
  let last: [string, unknown[]] = ['', []];
  s.db.q = ((sql: string, params: unknown[] = [], c?: never) => ((last = [sql, params]), run(sql, params, c))) as typeof s.db.q;
  let got: T;
  try {
    got = await answer();
  } finally {
    s.db.q = run;
  }
  const [{ 'QUERY PLAN': plan }] = await s.db.q(`EXPLAIN (ANALYZE, FORMAT JSON) ${last[0]}`, last[1]);
  let read = 0;
  let events = 0;
  const walk = (node: Record<string, any>) => {
    const rows = node['Actual Rows'] * node['Actual Loops'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
    if (node['Relation Name'] === 'rollups') read += rows;
    if (node['Relation Name'] === 'events') events += rows;
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan[0].Plan);
  return [read, got, events];
}
