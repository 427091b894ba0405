// The SQLite store picks query plans by size (a common word or main actor walked in sort order,
// map points read above a toll threshold, rollups for counts and aggregates). Those plans only
// engage on large stores, so this grows the six fixture events into 48,000 by SQL copies (as
// bench/api.ts does) and checks each answer against the plain query over the event rows.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { EventFields } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import type { SqliteStore } from '../../src/store/sqlite/index.ts';
import { searchBody } from '../../src/store/sqlite/rows.ts';
import { corpus } from './fixtures.ts';

const COPIES = 8000;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-plans-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite store: size-dependent plans give the plain answers', () => {
  let store: SqliteStore;
  before(async () => {
    store = (await openStore(join(dir, 'big.db'))) as SqliteStore;
    for (const item of corpus()) await store.saveIngest(item.doc, item.reports);
    const db = store.db;
    const rows = db.prepare('SELECT * FROM events').all() as Array<EventFields & { seq: number; id: string }>;
    const texts = db.prepare("SELECT e.value ->> 'text' FROM event_reports er JOIN reports r ON r.id = er.report_id, json_each(r.evidence) e WHERE er.event_seq = ?").pluck();
    const cols = (db.prepare('PRAGMA table_info(events)').all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== 'seq' && c !== 'id');
    const copy = db.prepare(
      `INSERT INTO events (seq, id, ${cols.join(', ')}) SELECT seq + @off, id || @suffix, ${cols.map((c) => (['event_date', 'event_date_end', 'date_last'].includes(c) ? `date(${c}, @shift)` : c)).join(', ')}
       FROM events WHERE seq <= @n`,
    );
    const fts = db.prepare('INSERT INTO events_fts (rowid, body) VALUES (?, ?)');
    const actors = db.prepare('INSERT INTO event_actors (event_seq, actor_id, role) SELECT event_seq + ?, actor_id, role FROM event_actors WHERE event_seq <= ?');
    const n = rows.length;
    db.transaction(() => {
      for (let k = 1; k <= COPIES; k++) {
        // Dates spread over ~22 years so sort order, ties and pages are exercised.
        copy.run({ off: k * n, suffix: `~${k}`, shift: `${k} days`, n });
        actors.run(k * n, n);
        for (const r of rows) fts.run(r.seq + k * n, searchBody(r, texts.all(r.seq) as string[]));
      }
    })();
  });
  after(async () => store.close());

  const VISIBLE = "status NOT IN ('rejected', 'merged')";
  const plain = (where: string, order: string, limit: number, ...p: unknown[]) =>
    (store.db.prepare(`SELECT id FROM events WHERE ${where} AND ${VISIBLE} ORDER BY ${order} LIMIT ${limit}`).pluck().all(...p) as string[]);

  test('a common word and a main actor: three cursor pages in date order', async () => {
    const cases: Array<[Record<string, string>, string, unknown]> = [
      [{ text: 'libya' }, 'seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', '"libya"*'],
      [{ actor: 'military forces of libya' }, "seq IN (SELECT event_seq FROM event_actors WHERE actor_id IN (SELECT id FROM actors WHERE instr(lower(name), ?) > 0))", 'military forces of libya'],
    ];
    for (const [q, where, param] of cases) {
      for (const sort of ['-date', 'date'] as const) {
        const got: string[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < 3; page++) {
          const res: Awaited<ReturnType<SqliteStore['listEvents']>> = await store.listEvents({ ...q, sort, limit: 50, cursor });
          got.push(...res.items.map((e) => e.id));
          cursor = res.next_cursor;
        }
        const way = sort === '-date' ? 'DESC' : 'ASC';
        assert.deepEqual(got, plain(where, `event_date ${way}, seq ${way}`, 150, param), `${JSON.stringify(q)} ${sort}`);
      }
    }
  });

  test('map points, broad and narrow filters: the head of the full toll order', async () => {
    const located = 'latitude IS NOT NULL AND longitude IS NOT NULL';
    const cases: Array<[Parameters<SqliteStore['mapPoints']>[0], string]> = [
      [{}, '1'],
      [{ country: 'LBY' }, "iso3 = 'LBY'"],
      [{ admin1: 'mopti' }, "admin1 = 'Mopti'"],
      [{ country: 'LBY', fatalities_min: 3 }, "iso3 = 'LBY' AND fatalities >= 3"],
      [{ from: '2030-01-01', to: '2030-06-30' }, "date_last >= '2030-01-01' AND event_date <= '2030-06-30'"],
    ];
    for (const [q, where] of cases) {
      for (const limit of [1, 777, 9000, 30000]) {
        const want = plain(`${where} AND ${located}`, 'fatalities DESC, seq DESC', limit);
        assert.deepEqual((await store.mapPoints(q, limit)).map((p) => p.id), want, `${JSON.stringify(q)} ${limit}`);
      }
    }
  });

  test('counts and aggregates from the rollups equal those over the events', async () => {
    for (const q of [{}, { country: 'MLI' }, { from: '2030-01-01', to: '2035-06-30', event_type: 'Battles' }]) {
      assert.equal(await store.countEvents(q), await store.countEvents({ ...q, fatalities_min: 0 }));
      for (const by of ['month', 'country', 'admin1', 'actor', 'actor_pair'] as const) {
        assert.deepEqual(await store.aggregate(q, by), await store.aggregate({ ...q, fatalities_min: 0 }, by), `${by} ${JSON.stringify(q)}`);
      }
    }
    assert.equal(await store.countEvents({}), 6 * (COPIES + 1));
  });
});
