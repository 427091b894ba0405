// Opening a SQLite database the way sitrep needs it, and applying versioned migrations.
// Migrations are the numbered files in ./migrations (NNN_name.sql, or NNN_name.ts exporting
// `up(db)` for changes SQL alone cannot express). Each runs in its own transaction and is
// recorded in schema_migrations, so running them again does nothing. Other areas (users and
// tokens, say) add their tables by adding a numbered file here.

import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type DB = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function openDatabase(path: string): DB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
  // last commits), and several times faster for many small ingest transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The default 2 MB page cache thrashes once the event indexes outgrow it (ingest slowed
  // several-fold past ~100k events). Inserts at 1,000,000 events (a 4 GB file) land on index
  // pages all over the file: a 1 GB cache cut a batch's save by ~15% CPU and ~40% wall against
  // 64 MB. Pages are taken only as they are read, so a small store never uses it all.
  db.pragma(`cache_size = -${cacheKiB()}`);
  // As much of the file mapped as this SQLite build allows (2 GB); the rest is read through the cache.
  db.pragma('mmap_size = 2147418112');
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Page cache per connection: SITREP_SQLITE_CACHE_MB, or a sixteenth of the memory up to 1 GB. */
function cacheKiB(): number {
  const mb = Number(process.env.SITREP_SQLITE_CACHE_MB) || Math.min(1024, Math.max(64, totalmem() / 16 / 2 ** 20));
  return Math.round(mb * 1024);
}

export interface Migration {
  version: number;
  name: string;
  apply(db: DB): void;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = readdirSync(dir).filter((f) => /^\d+_.+\.(sql|ts)$/.test(f)).sort();
  const out: Migration[] = [];
  for (const file of files) {
    const version = Number(file.split('_')[0]);
    const name = file.replace(/\.(sql|ts)$/, '');
    if (file.endsWith('.sql')) {
      const sql = readFileSync(join(dir, file), 'utf8');
      out.push({ version, name, apply: (db) => db.exec(sql) });
    } else {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { up(db: DB): void };
      out.push({ version, name, apply: (db) => mod.up(db) });
    }
  }
  const versions = out.map((m) => m.version);
  if (new Set(versions).size !== versions.length) throw new Error(`duplicate migration number in ${dir}`);
  return out;
}

/** Applies the pending migrations in order; returns the names applied. */
export async function migrate(db: DB): Promise<string[]> {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const applied: string[] = [];
  for (const m of await loadMigrations()) {
    if (done.has(m.version)) continue;
    // IMMEDIATE takes the write lock first, so two processes starting together cannot both apply it.
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
      m.apply(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      applied.push(m.name);
    }).immediate();
  }
  return applied;
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. */
export function stmt(db: DB, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}
