// Copying a whole store to another (`sitrep migrate`): a store-neutral stream of rows that
// keeps every id, timestamp, status, override, link order and audit entry. Each store kind has
// a source (reads in batches, bounded memory) and a target (writes in batches, one
// transaction per batch). This file holds the shared shapes and the PostgreSQL side; the
// SQLite side is src/store/sqlite/transfer.ts.

import type { Report, SitrepEvent, StoredDocument } from '../../core/types.ts';
import type { AuditEntry, Watch } from '../store.ts';
import type { Db } from './db.ts';
import { appendAuditRows } from './events.ts';
import { insertDocument } from './documents.ts';
import { writeEvents, writeReports } from './rows.ts';

export interface LinkedReport {
  report: Report;
  event_id: string;
  /** Position within its document. */
  ord: number;
}

export interface Proposal {
  event_id: string;
  candidate: string;
  score: number;
  rule: string;
  status: string;
  created_at: string;
}

export interface TransferCounts {
  documents: number;
  reports: number;
  events: number;
  audit: number;
  proposals: number;
  watches: number;
  users: number;
  tokens: number;
}

/** A user with every token (revoked ones too: the history of who could read what). */
export interface UserRow {
  name: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  tokens: Array<{ token_hash: string; label: string | null; created_at: string; last_used_at: string | null; revoked_at: string | null }>;
}

/** Batches, in an order that satisfies foreign keys on the way in. */
export interface TransferSource {
  counts(): Promise<TransferCounts>;
  documents(): AsyncIterable<StoredDocument[]>;
  events(): AsyncIterable<SitrepEvent[]>;
  /** In link order within each event. */
  reports(): AsyncIterable<LinkedReport[]>;
  audit(): AsyncIterable<AuditEntry[]>;
  proposals(): AsyncIterable<Proposal[]>;
  watches(): AsyncIterable<Array<Watch & { seen: string[] }>>;
  users(): AsyncIterable<UserRow[]>;
}

export interface TransferTarget {
  counts(): Promise<TransferCounts>;
  writeDocuments(rows: StoredDocument[]): Promise<void>;
  /** merged_into is applied in finish(): the event it points to may come later. */
  writeEvents(rows: SitrepEvent[]): Promise<void>;
  writeReports(rows: LinkedReport[]): Promise<void>;
  writeAudit(rows: AuditEntry[]): Promise<void>;
  writeProposals(rows: Proposal[]): Promise<void>;
  writeWatches(rows: Array<Watch & { seen: string[] }>): Promise<void>;
  writeUsers(rows: UserRow[]): Promise<void>;
  finish(): Promise<void>;
}

export const BATCH = 1000;

/** Reads a query through a server-side cursor, BATCH rows at a time. */
async function* cursor<T>(db: Db, sql: string, map: (row: any) => T): AsyncIterable<T[]> {
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await c.query(`DECLARE transfer NO SCROLL CURSOR FOR ${sql}`);
    for (;;) {
      const { rows } = await c.query(`FETCH ${BATCH} FROM transfer`);
      if (rows.length) yield rows.map(map);
      if (rows.length < BATCH) break;
    }
  } finally {
    await c.query('ROLLBACK').catch(() => {});
    c.release();
  }
}

const iso = (d: Date | string | null) => (d instanceof Date ? d.toISOString() : d);

export function postgresSource(db: Db): TransferSource {
  return {
    counts: () => countsOf(db),
    documents: () => cursor(db, 'SELECT id, content_hash, kind, title, byline, source, publisher, url, published, language, external_id, text, html, meta, ingested_at FROM documents ORDER BY seq', (r) => r as StoredDocument),
    events: () => cursor(db, 'SELECT data FROM events ORDER BY seq', (r) => r.data as SitrepEvent),
    reports: () => cursor(db, 'SELECT data, event_id, ord FROM reports ORDER BY link', (r) => ({ report: r.data, event_id: r.event_id, ord: r.ord })),
    audit: () => cursor(db, 'SELECT id, event_id, action, actor, at, before, after, reason FROM audit ORDER BY id', (r) => ({ ...r, at: iso(r.at) })),
    proposals: () => cursor(db, 'SELECT event_id, candidate, score, rule, status, created_at FROM merge_proposals ORDER BY id', (r) => ({ ...r, created_at: iso(r.created_at) })),
    watches: () =>
      cursor(
        db,
        `SELECT w.*, coalesce((SELECT array_agg(item_key ORDER BY seen_at, item_key) FROM watch_items i WHERE i.watch_id = w.id), '{}') AS seen
         FROM watches w ORDER BY created_at, id`,
        (r) => ({ ...r, last_checked: iso(r.last_checked), created_at: iso(r.created_at) }),
      ),
    users: () =>
      cursor(
        db,
        `SELECT u.name, u.role, u.password_hash, u.created_at, coalesce((SELECT jsonb_agg(jsonb_build_object('token_hash', t.token_hash,
           'label', t.label, 'created_at', t.created_at, 'last_used_at', t.last_used_at, 'revoked_at', t.revoked_at) ORDER BY t.id)
           FROM api_tokens t WHERE t.user_id = u.id), '[]') AS tokens FROM users u ORDER BY u.id`,
        (r) => r as UserRow,
      ),
  };
}

export async function countsOf(db: Db): Promise<TransferCounts> {
  const [r] = await db.q(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM reports) AS reports,
    (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM audit) AS audit,
    (SELECT count(*) FROM merge_proposals) AS proposals, (SELECT count(*) FROM watches) AS watches,
    (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM api_tokens) AS tokens`);
  return r as TransferCounts;
}

export function postgresTarget(db: Db): TransferTarget {
  return {
    counts: () => countsOf(db),
    writeDocuments: (rows) =>
      db.tx(async (c) => {
        for (const d of rows) if (!(await insertDocument(db, c, d, d.ingested_at))) throw new Error(`document ${d.id} already in the target`);
      }),
    writeEvents: (rows) => db.tx((c) => writeEvents(c, rows)),
    writeReports: (rows) => db.tx((c) => writeReports(c, rows)),
    writeAudit: (rows) => db.tx((c) => appendAuditRows(c, rows)),
    writeProposals: (rows) =>
      db.tx(async (c) => {
        await c.query(
          `INSERT INTO merge_proposals (event_id, candidate, score, rule, status, created_at)
           SELECT r.event_id, r.candidate, r.score, r.rule, r.status, r.created_at::timestamptz
           FROM jsonb_to_recordset($1::jsonb) AS r(event_id text, candidate text, score float8, rule text, status text, created_at text, n integer)
           ORDER BY r.n`,
          [JSON.stringify(rows.map((r, n) => ({ ...r, n })))],
        );
      }),
    writeWatches: (rows) =>
      db.tx(async (c) => {
        for (const w of rows) {
          await c.query(
            `INSERT INTO watches (id, url, every_seconds, source, etag, last_modified, last_checked, last_status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [w.id, w.url, w.every_seconds, w.source, w.etag, w.last_modified, w.last_checked, w.last_status, w.created_at],
          );
          await c.query('INSERT INTO watch_items (watch_id, item_key) SELECT $1, unnest($2::text[])', [w.id, w.seen]);
        }
      }),
    writeUsers: (rows) =>
      db.tx(async (c) => {
        for (const u of rows) {
          const [{ id }] = (await c.query('INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [u.name, u.role, u.password_hash, u.created_at])).rows;
          for (const t of u.tokens) {
            await c.query('INSERT INTO api_tokens (user_id, token_hash, label, created_at, last_used_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)', [id, t.token_hash, t.label, t.created_at, t.last_used_at, t.revoked_at]);
          }
        }
      }),
    // merged_into lives in the event's data here, with no foreign key to satisfy later.
    finish: async () => {},
  };
}
