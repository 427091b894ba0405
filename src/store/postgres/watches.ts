// Feed/page watches (src/feeds) in PostgreSQL: the WatchStore part of the Store interface.

import { createHash } from 'node:crypto';
import type { Watch, WatchStore } from '../store.ts';
import type { Db } from './db.ts';

const COLS = `id, url, every_seconds, source, etag, last_modified, last_checked, last_status, created_at`;

function fromRow(r: Record<string, any>): Watch {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return { ...r, last_checked: iso(r.last_checked), created_at: iso(r.created_at)! } as Watch;
}

/** A watch's id is derived from its URL, so adding the same URL twice is one watch. */
export function watchIdFor(url: string): string {
  return 'w_' + createHash('sha256').update(url).digest('hex').slice(0, 12);
}

export class PostgresWatches implements WatchStore {
  constructor(private readonly db: Db) {}

  async add(w: { url: string; every_seconds: number; source?: string | null }): Promise<Watch> {
    const [row] = await this.db.q(
      `INSERT INTO watches (id, url, every_seconds, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET every_seconds = EXCLUDED.every_seconds, source = coalesce(EXCLUDED.source, watches.source)
       RETURNING ${COLS}`,
      [watchIdFor(w.url), w.url, w.every_seconds, w.source ?? null],
    );
    return fromRow(row);
  }

  async list(): Promise<Watch[]> {
    return (await this.db.q(`SELECT ${COLS} FROM watches ORDER BY created_at, id`)).map(fromRow);
  }

  async get(idOrUrl: string): Promise<Watch | null> {
    const [row] = await this.db.q(`SELECT ${COLS} FROM watches WHERE id = $1 OR url = $1`, [idOrUrl]);
    return row ? fromRow(row) : null;
  }

  async remove(idOrUrl: string): Promise<boolean> {
    return (await this.db.q('DELETE FROM watches WHERE id = $1 OR url = $1 RETURNING id', [idOrUrl])).length > 0;
  }

  async recordPoll(id: string, r: { etag: string | null; last_modified: string | null; status: string }): Promise<void> {
    await this.db.q('UPDATE watches SET etag = $2, last_modified = $3, last_status = $4, last_checked = now() WHERE id = $1', [id, r.etag, r.last_modified, r.status]);
  }

  async unseen(id: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const seen = new Set(
      (await this.db.q<{ item_key: string }>('SELECT item_key FROM watch_items WHERE watch_id = $1 AND item_key = ANY($2::text[])', [id, keys])).map((r) => r.item_key),
    );
    return keys.filter((k) => !seen.has(k));
  }

  async markSeen(id: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.q(
      'INSERT INTO watch_items (watch_id, item_key) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
      [id, keys],
    );
  }
}
