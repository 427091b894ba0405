// The persistent gazetteer: GeoNames dump rows imported into SQLite (`sitrep gazetteer import`),
// keyed by geonameid so re-importing a file replaces rows instead of duplicating them.
// Rows are kept in dump form and go through the same row -> place path as dump files.

import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AdminNames } from './admin-names.ts';
import { dumpFiles, forEachLine, parseDumpLine, type DumpRow } from './dump.ts';
import { addDumpRow, learnAdminRow } from './load-dump.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';

const ADMIN_CODE_FILES = ['admin1CodesASCII.txt', 'admin2Codes.txt'];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS places (
  geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL, alternatenames TEXT NOT NULL,
  lat REAL NOT NULL, lon REAL NOT NULL, feature_class TEXT NOT NULL, feature_code TEXT NOT NULL,
  country_code TEXT NOT NULL, admin1_code TEXT NOT NULL, admin2_code TEXT NOT NULL, population INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS places_country ON places(country_code);
CREATE TABLE IF NOT EXISTS admin_codes (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS imports (file TEXT NOT NULL, rows INTEGER NOT NULL, bad INTEGER NOT NULL, imported_at TEXT NOT NULL);
`;

/** `--gazetteer-db`, else SITREP_GAZETTEER, else gazetteer.db beside the event store file. */
export function gazetteerDbPath(opts: { gazetteerDb?: string | null; storeDb?: string | null } = {}): string {
  if (opts.gazetteerDb) return opts.gazetteerDb;
  if (process.env.SITREP_GAZETTEER) return process.env.SITREP_GAZETTEER;
  const store = opts.storeDb ?? process.env.SITREP_DB ?? './sitrep.db';
  return /^postgres(ql)?:\/\//.test(store) ? 'gazetteer.db' : join(dirname(store), 'gazetteer.db');
}

export function openGazetteerDb(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  return db;
}

export interface ImportProgress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** Imports dump files (or folders) in batches of 20,000 rows; returns rows and bad lines per file. */
export function importDumps(
  db: Database.Database,
  paths: string[],
  onProgress: (p: ImportProgress) => void = () => {},
): Array<{ file: string; rows: number; bad: number }> {
  const insert = db.prepare(`INSERT OR REPLACE INTO places VALUES
    (@geonameid, @name, @asciiname, @alternatenames, @lat, @lon, @feature_class, @feature_code, @country_code, @admin1_code, @admin2_code, @population)`);
  const insertCode = db.prepare('INSERT OR REPLACE INTO admin_codes VALUES (?, ?)');
  const writeBatch = db.transaction((rows: DumpRow[]) => {
    for (const r of rows) insert.run({ ...r, alternatenames: r.alternatenames.join(',') });
  });
  const results: Array<{ file: string; rows: number; bad: number }> = [];
  for (const p of paths) {
    // GeoNames' admin code files, given directly or lying in a folder of dumps.
    const codeFiles = /admin[12]Codes/i.test(p) ? [p] : statSync(p).isDirectory() ? ADMIN_CODE_FILES.map((f) => join(p, f)).filter(existsSync) : [];
    for (const f of codeFiles) {
      db.transaction(() => forEachLine(f, (l) => {
        const [code, name] = l.split('\t');
        if (code && name) insertCode.run(code, name);
      }))();
    }
    if (codeFiles[0] === p) continue;
    for (const file of dumpFiles(p)) {
      const size = statSync(file).size;
      let batch: DumpRow[] = [];
      let rows = 0;
      let bad = 0;
      forEachLine(file, (line, bytes) => {
        if (!line.trim() || line.startsWith('#')) return;
        const row = parseDumpLine(line);
        if (!row) return void bad++;
        batch.push(row);
        if (batch.length >= 20000) {
          writeBatch(batch);
          rows += batch.length;
          batch = [];
          onProgress({ file, rows, bytes, totalBytes: size });
        }
      });
      writeBatch(batch);
      rows += batch.length;
      onProgress({ file, rows, bytes: size, totalBytes: size });
      db.prepare('INSERT INTO imports VALUES (?, ?, ?, ?)').run(file, rows, bad, new Date().toISOString());
      results.push({ file, rows, bad });
    }
  }
  return results;
}

/** Loads every imported row into the gazetteer; admin names from the imported code tables win. */
export function loadGazetteerDb(gz: MemoryGazetteer, path: string, admin: AdminNames): number {
  if (!existsSync(path)) throw new Error(`gazetteer database not found: ${path}`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    for (const { code, name } of db.prepare('SELECT code, name FROM admin_codes').all() as Array<{ code: string; name: string }>) {
      admin.set(code, name, true);
    }
    type Row = Omit<DumpRow, 'alternatenames'> & { alternatenames: string };
    const adminRows = db.prepare("SELECT * FROM places WHERE feature_code IN ('ADM1', 'ADM2')").all() as Row[];
    for (const r of adminRows) learnAdminRow({ ...r, alternatenames: [] }, admin);
    let n = 0;
    for (const r of db.prepare('SELECT * FROM places').iterate() as Iterable<Omit<DumpRow, 'alternatenames'> & { alternatenames: string }>) {
      const row: DumpRow = { ...r, alternatenames: r.alternatenames ? r.alternatenames.split(',') : [] };
      if (addDumpRow(gz, row, admin)) n++;
    }
    return n;
  } finally {
    db.close();
  }
}

/** Places per country code, most first, for `sitrep gazetteer status`. */
export function gazetteerCounts(db: Database.Database): Array<{ country_code: string; places: number }> {
  return db.prepare('SELECT country_code, COUNT(*) AS places FROM places GROUP BY country_code ORDER BY places DESC, country_code').all() as Array<{ country_code: string; places: number }>;
}
