// Feed/page watches (src/feeds) in SQLite: the WatchStore part of the Store interface.
// Same behaviour as src/store/postgres/watches.ts; the table is migrations/040_watches.sql.

import type { Watch, WatchStore } from '../store.ts';
import { watchIdFor } from '../postgres/watches.ts';
import { stmt, type DB } from './db.ts';

const COLS = 'id, url, every_seconds, source, etag, last_modified, last_checked, last_status, created_at';

export class SqliteWatches implements WatchStore {
  constructor(private readonly db: DB) {}

  async add(w: { url: string; every_seconds: number; source?: string | null }): Promise<Watch> {
    stmt(
      this.db,
      `INSERT INTO watches (id, url, every_seconds, source, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds, source = coalesce(excluded.source, watches.source)`,
    ).run(watchIdFor(w.url), w.url, w.every_seconds, w.source ?? null, new Date().toISOString());
    return (await this.get(w.url))!;
  }

  async list(): Promise<Watch[]> {
    return stmt(this.db, `SELECT ${COLS} FROM watches ORDER BY created_at, id`).all() as Watch[];
  }

  async get(idOrUrl: string): Promise<Watch | null> {
    return (stmt(this.db, `SELECT ${COLS} FROM watches WHERE id = ? OR url = ?`).get(idOrUrl, idOrUrl) as Watch | undefined) ?? null;
  }

  async remove(idOrUrl: string): Promise<boolean> {
    return this.db.transaction(() => {
      const w = stmt(this.db, 'SELECT id FROM watches WHERE id = ? OR url = ?').get(idOrUrl, idOrUrl) as { id: string } | undefined;
      if (!w) return false;
      stmt(this.db, 'DELETE FROM watch_items WHERE watch_id = ?').run(w.id);
      stmt(this.db, 'DELETE FROM watches WHERE id = ?').run(w.id);
      return true;
    })();
  }

  async recordPoll(id: string, r: { etag: string | null; last_modified: string | null; status: string }): Promise<void> {
    stmt(this.db, 'UPDATE watches SET etag = ?, last_modified = ?, last_status = ?, last_checked = ? WHERE id = ?').run(
      r.etag, r.last_modified, r.status, new Date().toISOString(), id,
    );
  }

  async unseen(id: string, keys: string[]): Promise<string[]> {
    const seen = stmt(this.db, 'SELECT 1 FROM watch_items WHERE watch_id = ? AND item_key = ?');
    return keys.filter((k) => !seen.get(id, k));
  }

  async markSeen(id: string, keys: string[]): Promise<void> {
    const now = new Date().toISOString();
    const ins = stmt(this.db, 'INSERT OR IGNORE INTO watch_items (watch_id, item_key, seen_at) VALUES (?, ?, ?)');
    this.db.transaction(() => keys.forEach((k) => ins.run(id, k, now)))();
  }
}
