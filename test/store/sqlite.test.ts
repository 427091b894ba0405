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
import { corpus } from './fixtures.ts';

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

  test('the audit log cannot be altered', async () => {
    const s = (await fresh()) as SqliteStore;
    const item = corpus()[0];
    await s.saveIngest(item.doc, item.reports);
    assert.throws(() => s.db.prepare("UPDATE audit SET actor = 'mallory'").run(), /append-only/);
    assert.throws(() => s.db.prepare('DELETE FROM audit').run(), /append-only/);
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
