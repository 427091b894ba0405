// An import batch written table by table (src/store/sqlite/ingest-by-table.ts, saveIngestMany
// with events: false) leaves the store exactly as the item-by-item writer does: the same rows,
// ids and order in every table, for new events, attaches (two to one event), a proposal, a
// document with two reports, a document already stored and one repeated inside the batch.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, SitrepEvent } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import type { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { IngestItem } from '../../src/store/store.ts';
import { doc, report } from './fixtures.ts';

/** The same reports each time: ids fixed, so both stores get identical input. */
function fixed(text: string, id: string, over: Partial<Report> = {}): Report {
  return { ...report(text, over), id };
}

async function filled(): Promise<{ store: SqliteStore; items: IngestItem[] }> {
  const store = (await openStore(':memory:')) as SqliteStore;
  const base = ['Clash in Misrata, two killed.', 'Shelling of Sirte port.'];
  const stored: SitrepEvent[] = [];
  for (const [i, t] of base.entries()) stored.push((await store.saveIngest(doc(t), [fixed(t, `base${i}`, { location: i ? 'Sirte' : 'Misrata' })])).events[0]!);
  const attach = (k: number) => ({ kind: 'attach' as const, event_id: stored[k]!.id, score: 0.9, rule: 'test' });
  const texts = ['Misrata clash: three dead.', 'A market fire in Sirte.', 'Fighting in Misrata left four dead.', 'Two raids near Derna.', 'Sirte port hit again.'];
  const items: IngestItem[] = [
    { doc: doc(texts[0]!), reports: [fixed(texts[0]!, 'a', { fatalities: 3, fatalities_max: 3, actor2: 'Libyan National Army' })], placements: [attach(0)] },
    { doc: doc(texts[1]!), reports: [fixed(texts[1]!, 'b', { location: 'Sirte', event_type: 'Riots', sub_event_type: 'Mob violence' })] },
    { doc: doc(texts[2]!), reports: [fixed(texts[2]!, 'c', { fatalities: 4, fatalities_max: 4, actor1: 'Tripoli Brigades' })], placements: [attach(0)] },
    { doc: doc(base[1]!), reports: [fixed(base[1]!, 'd')] },
    {
      doc: doc(texts[3]!),
      reports: [fixed(texts[3]!, 'e1', { location: 'Derna', actor1: 'Derna Shura Council' }), fixed(texts[3]!, 'e2', { location: 'Derna', event_date: '2020-05-02' })],
      placements: [{ kind: 'new' }, { kind: 'propose', event_id: stored[1]!.id, score: 0.5, rule: 'test' }],
    },
    { doc: doc(texts[1]!), reports: [fixed(texts[1]!, 'f')] },
    { doc: doc(texts[4]!), reports: [fixed(texts[4]!, 'g', { location: 'Sirte' })], placements: [attach(1)] },
  ];
  return { store, items };
}

/** Every table an ingest writes, in row order, times left out (each writer stamps its own). */
function dump(store: SqliteStore) {
  const db = store.db;
  const all = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;
  const untimed = (rows: Array<Record<string, unknown>>) => rows.map(({ created_at: _c, updated_at: _u, ingested_at: _i, at: _a, ...r }) => r);
  return {
    documents: untimed(all('SELECT * FROM documents ORDER BY seq')),
    reports: all('SELECT rowid, * FROM reports ORDER BY rowid'),
    events: untimed(all('SELECT * FROM events ORDER BY seq')),
    links: all('SELECT rowid, * FROM event_reports ORDER BY rowid'),
    actors: all('SELECT a.name, ea.event_seq, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id ORDER BY ea.event_seq, a.name, ea.role'),
    audit: untimed(all('SELECT * FROM audit ORDER BY id')),
    proposals: untimed(all('SELECT * FROM merge_proposals ORDER BY id')),
    search: all("SELECT rowid FROM events_fts WHERE events_fts MATCH 'misrata OR sirte OR derna' ORDER BY rowid"),
    places: all('SELECT * FROM events_rtree_days ORDER BY id'),
    // The table-by-table writer adds its new events to the rollups at the end (rollups.ts insertFolded).
    ...Object.fromEntries(['rollup_totals', 'rollup_days', 'rollup_actors', 'rollup_pairs'].map((t) => [t, all(`SELECT * FROM ${t}`).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))])),
    folding: all('SELECT * FROM rollup_folds'),
  };
}

test('sqlite: an import batch written table by table leaves the store as item by item does', async () => {
  const one = await filled();
  const byItem = await one.store.saveIngestMany(one.items, { events: true });
  const two = await filled();
  const byTable = await two.store.saveIngestMany(two.items, { events: false });
  assert.deepEqual(byTable.map((r) => [r.created, r.document.id]), byItem.map((r) => [r.created, r.document.id]));
  assert.deepEqual(byTable.map((r) => r.events), byTable.map(() => []), 'no events read back');
  const [a, b] = [dump(one.store), dump(two.store)];
  for (const table of Object.keys(a) as Array<keyof typeof a>) assert.deepEqual(b[table], a[table], table);
  assert.equal(a.audit.filter((e) => e.action === 'attach').length, 3);
  assert.equal(a.proposals.length, 1);
  // Two new events share a rollup row: it counts both.
  assert.ok(((a as Record<string, unknown>).rollup_totals as Array<{ events: number }>).some((r) => r.events >= 2));
  await one.store.close();
  await two.store.close();
});

test('sqlite: a table-by-table batch naming an unknown event to attach to writes nothing', async () => {
  const { store, items } = await filled();
  const before = dump(store);
  const bad: IngestItem = { doc: doc('Lost report.'), reports: [fixed('Lost report.', 'x')], placements: [{ kind: 'attach', event_id: 'evt_missing', score: 0.9, rule: 'test' }] };
  await assert.rejects(store.saveIngestMany([...items, bad], { events: false }), /unknown event evt_missing/);
  assert.deepEqual(dump(store), before);
  await store.close();
});
