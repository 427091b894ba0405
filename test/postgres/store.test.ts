// The shared store contract on PostgreSQL (a throwaway server with PostGIS), plus what only
// this store promises: recorded migrations, a database-enforced append-only audit log, the
// spatial and text indexes actually used, and safe concurrent ingest of the same document.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postgresMissing } from '../support/servers.ts';
import { storeContract } from '../store/contract.ts';
import { corpus } from '../store/fixtures.ts';
import { usePostgres } from './helpers.ts';

const fx = usePostgres();

// The contract suite registers its tests at load time, so absence is decided now, not in before().
const missing = postgresMissing();
if (missing) test(`postgres store contract: ${missing}`, { skip: missing }, () => {});
else storeContract('postgres', () => fx.newStore());

describe('postgres store specifics', () => {
  test('migrations are recorded once, even when several processes start together', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await fx.newStore();
    await Promise.all([s.migrate(), s.migrate(), s.migrate()]);
    const rows = await s.db.q<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.equal(rows[0].version, 1);
    assert.equal(new Set(rows.map((r) => r.version)).size, rows.length);
  });

  test('the audit log cannot be altered', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await fx.newStore();
    const item = corpus()[0];
    await s.saveIngest(item.doc, item.reports);
    await assert.rejects(s.db.q("UPDATE audit SET actor = 'mallory'"), /append-only/);
    await assert.rejects(s.db.q('DELETE FROM audit'), /append-only/);
  });

  test('bbox and text filters use the GiST and GIN indexes', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await fx.newStore();
    const c = await s.db.pool.connect();
    try {
      await c.query('SET enable_seqscan = off');
      const bbox = (await c.query(`EXPLAIN SELECT id FROM events e WHERE e.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)`, [10, 20, 30, 40])).rows.map((r) => r['QUERY PLAN']).join('\n');
      assert.match(bbox, /events_geom/);
      const text = (await c.query(`EXPLAIN SELECT id FROM events e WHERE e.search @@ to_tsquery('simple', sitrep_fold($1))`, ['misrata'])).rows.map((r) => r['QUERY PLAN']).join('\n');
      assert.match(text, /events_search/);
    } finally {
      await c.query('RESET enable_seqscan');
      c.release();
    }
  });

  test('the same document saved by two connections at once is stored once', async (t) => {
    if (fx.skip) return t.skip(fx.skip);
    const s = await fx.newStore();
    const item = corpus()[1];
    const results = await Promise.all(Array.from({ length: 6 }, () => s.saveIngest(item.doc, item.reports)));
    assert.equal(results.filter((r) => r.created).length, 1);
    const ids = results.map((r) => r.events.map((e) => e.id).join());
    assert.equal(new Set(ids).size, 1, 'every caller sees the same events');
    assert.equal(await s.countEvents({}), item.reports.length);
  });
});
