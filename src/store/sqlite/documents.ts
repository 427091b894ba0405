// Documents: stored once by content hash, listed newest first with keyset pagination.

import type { NewDocument, Page, StoredDocument } from '../../core/types.ts';
import type { DocumentSummary } from '../store.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { toStoredDocument } from '../ids.ts';
import { ftsQuery } from './fts.ts';
import { ofDocument } from './links.ts';
import { stmt, type DB } from './db.ts';
import { documentFromRow } from './rows.ts';

export function getDocument(db: DB, id: string): StoredDocument | null {
  const row = stmt(db, 'SELECT * FROM documents WHERE id = ?').get(id);
  return row ? documentFromRow(row as Record<string, unknown>) : null;
}

export function findDocumentByHash(db: DB, hash: string): StoredDocument | null {
  const row = stmt(db, 'SELECT * FROM documents WHERE content_hash = ?').get(hash);
  return row ? documentFromRow(row as Record<string, unknown>) : null;
}

const DOCUMENT_COLUMNS = ['id', 'content_hash', 'kind', 'title', 'byline', 'source', 'publisher', 'url', 'published', 'language', 'external_id', 'text', 'html', 'meta', 'ingested_at'] as const;
const INSERT_DOCUMENT = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map(() => '?').join(', ')})`;

export function insertDocument(db: DB, doc: NewDocument & { content_hash: string }, now: string): StoredDocument {
  const stored = toStoredDocument(doc, now);
  // Positional parameters: binding by name looks every name up again on each run.
  const info = stmt(db, INSERT_DOCUMENT).run(DOCUMENT_COLUMNS.map((c) => (c === 'meta' ? JSON.stringify(stored.meta) : stored[c])));
  stmt(db, 'INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    info.lastInsertRowid,
    stored.title ?? '',
    stored.text,
  );
  return stored;
}

export function listDocuments(db: DB, q: { limit?: number; cursor?: string | null; text?: string }): Page<DocumentSummary> {
  const limit = clampLimit(q.limit);
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.cursor) {
    where.push('d.seq < ?');
    params.push(Number(decodeCursor(q.cursor)[0]));
  }
  const match = q.text ? ftsQuery(q.text) : null;
  if (match) {
    where.push('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(match);
  }
  const rows = db
    .prepare(
      `SELECT d.seq, d.id, d.title, d.source, d.url, d.published, d.kind, d.ingested_at,
         (SELECT count(DISTINCT event_seq) FROM event_reports er WHERE ${ofDocument('er.report_id', 'd.id')}) AS events
       FROM documents d ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY d.seq DESC LIMIT ?`,
    )
    .all(...params, limit + 1) as Array<DocumentSummary & { seq: number }>;
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  return {
    items: items.map(({ seq: _s, ...d }) => d),
    next_cursor: more ? encodeCursor([items.at(-1)!.seq]) : null,
  };
}

export function clampLimit(limit: number | undefined, max = 1000): number {
  if (limit === undefined || !Number.isFinite(limit)) return 50;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
