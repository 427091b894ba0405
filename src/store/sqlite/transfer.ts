// The SQLite side of `sitrep migrate` (see src/store/postgres/transfer.ts for the shapes):
// reads every table in keyset batches, and writes them back keeping ids, timestamps, link
// order and review state, rebuilding the FTS, R*Tree and actor indexes at the end.
// Owned by the scale area (H7); it uses the SQLite store's own row helpers.

import type { SitrepEvent, StoredDocument } from '../../core/types.ts';
import type { AuditEntry } from '../store.ts';
import type { LinkedReport, Proposal, TransferCounts, TransferSource, TransferTarget, UserRow } from '../postgres/transfer.ts';
import { BATCH } from '../postgres/transfer.ts';
import { stmt, type DB } from './db.ts';
import { insertDocument } from './documents.ts';
import { insertReport } from './ingest-steps.ts';
import { appendAudit, eventSeq, hydrate, insertEvent, linkReport, refreshIndexes } from './events.ts';
import { documentFromRow, type EventRow } from './rows.ts';

function counts(db: DB): TransferCounts {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM reports) AS reports,
      (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM audit) AS audit,
      (SELECT count(*) FROM merge_proposals) AS proposals, (SELECT count(*) FROM watches) AS watches,
      (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM api_tokens) AS tokens`,
  ).get() as TransferCounts;
}

/** Rows of `sql` (which takes the last key and a limit) in batches, keyset-paginated on `key`. */
async function* batches<R extends Record<string, any>, T>(db: DB, sql: string, key: string, map: (rows: R[]) => T[]): AsyncIterable<T[]> {
  let last: unknown = -1;
  for (;;) {
    const rows = stmt(db, sql).all(last, BATCH) as R[];
    if (rows.length) yield map(rows);
    if (rows.length < BATCH) return;
    last = rows.at(-1)![key];
  }
}

export function sqliteSource(db: DB): TransferSource {
  return {
    counts: async () => counts(db),
    documents: () => batches(db, 'SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?', 'seq', (rows) => rows.map(documentFromRow)),
    events: () => batches<EventRow, SitrepEvent>(db, 'SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?', 'seq', (rows) => hydrate(db, rows)),
    reports: () =>
      batches(
        db,
        `SELECT er.rowid AS link, r.*, e.id AS event_id FROM event_reports er JOIN reports r ON r.id = er.report_id
         JOIN events e ON e.seq = er.event_seq WHERE er.rowid > ? ORDER BY er.rowid LIMIT ?`,
        'link',
        (rows: Array<Record<string, any>>): LinkedReport[] =>
          rows.map((r) => ({
            event_id: r.event_id,
            ord: r.ord,
            report: {
              ...JSON.parse(r.fields),
              id: r.id,
              document_id: r.document_id,
              confidence: JSON.parse(r.confidence),
              rules: JSON.parse(r.rules),
              evidence: JSON.parse(r.evidence),
            },
          })),
      ),
    audit: () =>
      batches(db, 'SELECT * FROM audit WHERE id > ? ORDER BY id LIMIT ?', 'id', (rows: Array<Record<string, any>>) =>
        rows.map(({ event_seq: _seq, ...r }) => ({ ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) }) as AuditEntry),
      ),
    proposals: () => batches(db, 'SELECT * FROM merge_proposals WHERE id > ? ORDER BY id LIMIT ?', 'id', (rows) => rows as unknown as Proposal[]),
    watches: () =>
      batches(db, 'SELECT rowid AS rid, * FROM watches WHERE rowid > ? ORDER BY rowid LIMIT ?', 'rid', (rows: Array<Record<string, any>>) =>
        rows.map(({ rid: _r, ...w }) => ({
          ...(w as any),
          seen: (stmt(db, 'SELECT item_key FROM watch_items WHERE watch_id = ? ORDER BY seen_at, item_key').all(w.id) as Array<{ item_key: string }>).map((i) => i.item_key),
        })),
      ),
    users: () =>
      batches(db, 'SELECT id, name, role, password_hash, created_at FROM users WHERE id > ? ORDER BY id LIMIT ?', 'id', (rows: Array<Record<string, any>>) =>
        rows.map(({ id, ...u }): UserRow => ({
          ...(u as Omit<UserRow, 'tokens'>),
          tokens: stmt(db, 'SELECT token_hash, label, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id').all(id) as UserRow['tokens'],
        })),
      ),
  };
}

export function sqliteTarget(db: DB): TransferTarget {
  const tx = <T>(fn: () => T): T => db.transaction(fn).immediate();
  const merged: Array<[string, string]> = [];
  return {
    counts: async () => counts(db),
    writeDocuments: async (rows: StoredDocument[]) => tx(() => rows.forEach((d) => insertDocument(db, d, d.ingested_at))),
    writeEvents: async (rows: SitrepEvent[]) =>
      tx(() => {
        for (const e of rows) {
          const seq = insertEvent(db, e.id, { fields: e, confidence: e.confidence, disagreements: e.disagreements ?? {}, grade: e.grade }, e.created_at!);
          stmt(db, 'UPDATE events SET status = ?, overrides = ?, updated_at = ? WHERE seq = ?').run(e.status, JSON.stringify(e.overrides ?? {}), e.updated_at, seq);
          if (e.merged_into) merged.push([e.id, e.merged_into]);
        }
      }),
    writeReports: async (rows: LinkedReport[]) =>
      tx(() => {
        for (const { report: r, event_id, ord } of rows) {
          insertReport(db, r, ord);
          linkReport(db, eventSeq(db, event_id)!, r);
        }
      }),
    writeAudit: async (rows: AuditEntry[]) =>
      tx(() => {
        for (const a of rows) appendAudit(db, a, a.at);
      }),
    writeProposals: async (rows: Proposal[]) =>
      tx(() => {
        const ins = stmt(db, 'INSERT INTO merge_proposals (event_id, candidate, score, rule, status, created_at) VALUES (?, ?, ?, ?, ?, ?)');
        for (const p of rows) ins.run(p.event_id, p.candidate, p.score, p.rule, p.status, p.created_at);
      }),
    writeWatches: async (rows) =>
      tx(() => {
        for (const w of rows) {
          stmt(db, `INSERT INTO watches (id, url, every_seconds, source, etag, last_modified, last_checked, last_status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(w.id, w.url, w.every_seconds, w.source, w.etag, w.last_modified, w.last_checked, w.last_status, w.created_at);
          const ins = stmt(db, 'INSERT INTO watch_items (watch_id, item_key, seen_at) VALUES (?, ?, ?)');
          for (const k of w.seen) ins.run(w.id, k, w.created_at);
        }
      }),
    writeUsers: async (rows) =>
      tx(() => {
        for (const u of rows) {
          const { lastInsertRowid } = stmt(db, 'INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)').run(u.name, u.role, u.password_hash, u.created_at);
          const ins = stmt(db, 'INSERT INTO api_tokens (user_id, token_hash, label, created_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)');
          for (const t of u.tokens) ins.run(lastInsertRowid, t.token_hash, t.label, t.created_at, t.last_used_at, t.revoked_at);
        }
      }),
    // merged_into points at events that may have come later, and the search, spatial and actor
    // indexes need the evidence linked: both are done once everything is in.
    finish: async () => {
      tx(() => merged.forEach(([id, into]) => stmt(db, 'UPDATE events SET merged_into = ? WHERE id = ?').run(into, id)));
      let last = 0;
      for (;;) {
        const rows = stmt(db, 'SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?').all(last, BATCH) as EventRow[];
        if (!rows.length) break;
        tx(() => {
          for (const r of rows) refreshIndexes(db, r.seq, r as never);
        });
        last = rows.at(-1)!.seq;
      }
    },
  };
}
