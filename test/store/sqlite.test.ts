// The shared store contract on SQLite, plus what only SQLite promises (migrations on disk,
// append-only audit enforced by the database, WAL).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { storeContract } from './contract.ts';
import { corpus, doc, report } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => openStore(join(dir, `contract-${++n}.db`));

storeContract('sqlite', fresh);

describe('sqlite store specifics', () => {
  test('migrations are recorded and survive reopening', async () => {
    const path = join(dir, 'reopen.db');
    const s = (await openStore(path)) as SqliteStore;
    const versions = s.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
    assert.equal(versions[0].version, 1);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.db.pragma('foreign_keys', { simple: true }), 1);
    const item = corpus()[0];
    await s.saveIngest(item.doc, item.reports);
    await s.close();
    const again = (await openStore(path)) as SqliteStore;
    assert.equal(await again.countEvents({}), 1);
    assert.equal((again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, versions.length);
    await again.close();
  });

  test('migration 003 backfills the (lon, lat, day) R*Tree for events stored before it', async () => {
    const path = join(dir, 'backfill.db');
    const s = (await openStore(path)) as SqliteStore;
    for (const item of corpus()) await s.saveIngest(item.doc, item.reports);
    // Back to the schema before 003: the events are there, the 3-D index is not.
    s.db.exec('DROP TABLE events_rtree_days; DELETE FROM schema_migrations WHERE version = 3');
    await s.close();
    const again = (await openStore(path)) as SqliteStore;
    assert.equal((again.db.prepare('SELECT count(*) AS n FROM events_rtree_days').get() as { n: number }).n, 6);
    const found = await again.findCandidates({ from: '2020-05-20', to: '2020-05-21', bbox: [-5, 14, -4, 15] });
    assert.deepEqual(found.map((e) => e.location), ['Mopti']);
    await again.close();
  });

  test("a document's links are the range of its report ids; migration 076 refuses a store breaking that", async () => {
    const s = (await fresh()) as SqliteStore;
    const docs = [];
    for (const item of corpus()) docs.push((await s.saveIngest(item.doc, item.reports)).document);
    // Each document finds exactly its own events (its neighbours in id order are other documents).
    for (const d of docs) {
      const own = (s.db.prepare('SELECT DISTINCT event_seq FROM event_reports WHERE document_id = ? ORDER BY 1').pluck().all(d.id) as number[]).length;
      assert.ok(own > 0);
      assert.equal((await s.listEvents({ document_id: d.id, limit: 100 })).items.length, own);
      assert.equal((await s.listDocuments({ limit: 100 })).items.find((x) => x.id === d.id)?.events, own);
    }
    const { up } = await import('../../src/store/sqlite/migrations/076_links_by_report_prefix.ts');
    s.db.exec('CREATE INDEX event_reports_by_document ON event_reports (document_id)');
    const [a, b] = docs;
    s.db.prepare('UPDATE event_reports SET document_id = ? WHERE rowid = (SELECT min(rowid) FROM event_reports WHERE document_id = ?)').run(b!.id, a!.id);
    assert.throws(() => up(s.db), /does not begin with its document id/);
    assert.ok(s.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'event_reports_by_document'").get(), 'the index is kept');
    await s.close();
  });

  /**
   * A store holding the corpus, read with `read` (per event id), taken back to the schema before
   * migration `version` by `undo` (SQL), then reopened so the migration runs: what `read` gives
   * before and after.
   */
  async function acrossMigration<T>(version: number, undo: string, read: (s: SqliteStore, id: string) => Promise<T>) {
    const path = join(dir, `across-${version}.db`);
    const s = (await openStore(path)) as SqliteStore;
    const ids: string[] = [];
    for (const item of corpus()) ids.push(...(await s.saveIngest(item.doc, item.reports)).events.map((e) => e.id));
    const before = await Promise.all(ids.map((id) => read(s, id)));
    s.db.exec(`${undo}; DELETE FROM schema_migrations WHERE version = ${version}`);
    await s.close();
    const again = (await openStore(path)) as SqliteStore;
    after(() => again.close());
    return { before, after: await Promise.all(ids.map((id) => read(again, id))), db: again.db };
  }

  test('migration 078 gives audit entries written before it their event seq, and they are found by it', async () => {
    const r = await acrossMigration(78, 'DROP INDEX audit_by_event_seq; ALTER TABLE audit DROP COLUMN event_seq; CREATE INDEX audit_by_event ON audit (event_id, id)', (s, id) => s.auditLog(id));
    assert.ok(r.before.every((log) => log.length > 0));
    assert.deepEqual(r.after, r.before);
    assert.equal((r.db.prepare('SELECT count(*) AS n FROM audit WHERE event_seq IS NULL').get() as { n: number }).n, 0);
    assert.throws(() => r.db.prepare("UPDATE audit SET actor = 'mallory'").run(), /append-only/);
  });

  test('migration 079 moves evidence rows into their reports, order kept', async () => {
    // Before 079: spans in their own table, in report order.
    const undo = `CREATE TABLE evidence (id INTEGER PRIMARY KEY, report_id TEXT NOT NULL, field TEXT NOT NULL, document_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
      INSERT INTO evidence (report_id, field, document_id, start, "end", text)
        SELECT r.id, e.value ->> 'field', e.value ->> 'document_id', e.value ->> 'start', e.value ->> 'end', e.value ->> 'text'
        FROM reports r, json_each(r.evidence) e ORDER BY r.rowid, e.key;
      ALTER TABLE reports DROP COLUMN evidence`;
    const r = await acrossMigration(79, undo, (s, id) => s.getEvent(id));
    assert.ok(r.before.some((e) => e!.evidence.length > 1));
    assert.deepEqual(r.after, r.before);
    assert.equal(r.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'evidence'").get(), undefined);
  });

  test("migration 082 widens each event's R*Tree days to its window, as a new event's are", async () => {
    const path = join(dir, 'own-windows.db');
    const s = (await openStore(path)) as SqliteStore;
    for (const item of corpus()) await s.saveIngest(item.doc, item.reports);
    // A week-precise date without an end: its window is three days either side.
    const text = 'Shelling hit a market in Sirte during the week.';
    await s.saveIngest(doc(text), [report(text, { event_date: '2020-05-12', time_precision: 2, location: 'Sirte', latitude: 31.2, longitude: 16.59 })]);
    const days = (db: SqliteStore['db']) => db.prepare('SELECT id, min_day, max_day FROM events_rtree_days ORDER BY id').all();
    const fresh = days(s.db);
    // Before 082: each event's dates only.
    s.db.exec(`UPDATE events_rtree_days SET min_day = (SELECT julianday(event_date) - 2440587.5 FROM events WHERE seq = events_rtree_days.id),
      max_day = (SELECT julianday(date_last) - 2440587.5 FROM events WHERE seq = events_rtree_days.id); DELETE FROM schema_migrations WHERE version = 82`);
    assert.notDeepEqual(days(s.db), fresh);
    await s.close();
    const again = (await openStore(path)) as SqliteStore;
    after(() => again.close());
    assert.deepEqual(days(again.db), fresh);
    // Found from a day inside its window but past its date, not from one past its window.
    const sirte: [number, number, number, number] = [16, 31, 17, 32];
    assert.deepEqual((await again.findCandidates({ from: '2020-05-15', to: '2020-05-15', bbox: sirte })).map((e) => e.location), ['Sirte']);
    assert.deepEqual(await again.findCandidates({ from: '2020-05-16', to: '2020-05-16', bbox: sirte }), []);
  });

  test("an attach that changes an event's window moves it in the R*Tree; an end written before the date is still found", async () => {
    const s = (await fresh()) as SqliteStore;
    // A month-precise report with its end written as its date: a window of that day alone.
    const one = 'Clashes near Misrata over the month.';
    const [ev] = (await s.saveIngest(doc(one), [report(one, { event_date: '2020-06-10', event_date_end: '2020-06-10', time_precision: 3, confidence: { overall: 0.5, event_date: 0.3 } })])).events;
    const misrata: [number, number, number, number] = [15, 32, 15.2, 32.5];
    const later = { from: '2020-06-20', to: '2020-06-20', bbox: misrata };
    assert.deepEqual(await s.findCandidates(later), []);
    // A more confident month-precise report without an end joins it: the window is now the month.
    const two = 'Fighting around Misrata during June.';
    await s.saveIngestMany([{ doc: doc(two), reports: [report(two, { event_date: '2020-06-10', event_date_end: null, time_precision: 3, confidence: { overall: 0.9, event_date: 0.9 } })], placements: [{ kind: 'attach', event_id: ev!.id, score: 0.9, rule: 'test' }] }], { events: false });
    assert.deepEqual((await s.findCandidates(later)).map((e) => e.id), [ev!.id]);
    // An end before the date (a slip in a dataset row) stands for the date's own window, with or without a box.
    const three = 'Shelling of Sirte reported with a wrong end date.';
    const [odd] = (await s.saveIngest(doc(three), [report(three, { event_date: '2020-07-10', event_date_end: '2020-06-01', location: 'Sirte', latitude: 31.2, longitude: 16.59 })])).events;
    assert.deepEqual((await s.findCandidates({ from: '2020-07-10', to: '2020-07-10', bbox: [16, 31, 17, 32] })).map((e) => e.id), [odd!.id]);
    assert.deepEqual((await s.findCandidates({ from: '2020-07-10', to: '2020-07-10', country: 'LBY' })).map((e) => e.id), [odd!.id]);
    await s.close();
  });

  test('a country named by name finds what its code finds, after an edit and among hidden events', async () => {
    const s = (await fresh()) as SqliteStore;
    for (const item of corpus()) await s.saveIngest(item.doc, item.reports);
    const ids = async (q: Parameters<SqliteStore['listEvents']>[0]) => (await s.listEvents({ ...q, limit: 100 })).items.map((e) => e.id).sort();
    assert.deepEqual(await ids({ country: 'LIBYA' }), await ids({ country: 'LBY' }));
    assert.equal(await s.countEvents({ country: 'mali' }), await s.countEvents({ country: 'MLI' }));
    // An edit to a name no event had before, then a rejection: found by the new name only.
    const [one] = (await s.listEvents({ country: 'MLI', limit: 1 })).items;
    await s.updateEvent(one!.id, { fields: { country: 'Republic of Mali' } }, { action: 'edit', actor: 'ana' });
    assert.deepEqual(await ids({ country: 'republic of mali' }), [one!.id]);
    await s.updateEvent(one!.id, { status: 'rejected' }, { action: 'reject', actor: 'ana', reason: 'test' });
    assert.deepEqual(await ids({ country: 'Republic of Mali' }), []);
    assert.deepEqual(await ids({ country: 'Republic of Mali', include_hidden: true }), [one!.id]);
    assert.deepEqual(await ids({ country: 'Atlantis' }), []);
    await s.close();
  });

  test('the audit log cannot be altered', async () => {
    const s = (await fresh()) as SqliteStore;
    const item = corpus()[0];
    await s.saveIngest(item.doc, item.reports);
    assert.throws(() => s.db.prepare("UPDATE audit SET actor = 'mallory'").run(), /append-only/);
    assert.throws(() => s.db.prepare('DELETE FROM audit').run(), /append-only/);
    await s.close();
  });

  test('wide and narrow boxes find the same events (R*Tree or coordinate scan)', async () => {
    const s = await fresh();
    // 6,000 events on a 0.01-degree grid east of Tripoli, past the wide-box threshold.
    const items = Array.from({ length: 6000 }, (_, i) => {
      const text = `Synthetic incident ${i}.`;
      const lon = 13 + (i % 100) / 100;
      const lat = 32 + Math.floor(i / 100) / 100;
      return { doc: doc(text), reports: [report(text, { latitude: lat, longitude: lon, event_date: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}` })] };
    });
    await s.saveIngestMany(items);
    const inBox = (w: number, so: number, e: number, n: number) =>
      items.filter(({ reports: [r] }) => r.longitude! >= w && r.longitude! <= e && r.latitude! >= so && r.latitude! <= n).length;
    for (const box of [[12, 31, 15, 34], [13.1, 32.1, 13.295, 32.195], [12.5, 31.5, 13.55, 32.305]] as Array<[number, number, number, number]>) {
      assert.equal(await s.countEvents({ bbox: box }), inBox(...box), `count in ${box}`);
      const page = await s.listEvents({ bbox: box, limit: 5, sort: '-date' });
      assert.equal(page.items.length, Math.min(5, inBox(...box)));
      assert.ok(page.items.every((e) => e.longitude! >= box[0] && e.longitude! <= box[2] && e.latitude! >= box[1] && e.latitude! <= box[3]));
    }
    await s.close();
  });

  test('SITREP_DB selects the database file', async () => {
    const path = join(dir, 'from-env.db');
    process.env.SITREP_DB = path;
    try {
      const s = (await openStore()) as SqliteStore;
      assert.equal(s.path, path);
      await s.close();
    } finally {
      delete process.env.SITREP_DB;
    }
  });
});
