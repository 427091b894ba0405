// Documents: stored once by content hash (the unique key settles races between workers),
// listed newest first with keyset pagination, searched through the GIN tsvector index.

import type { NewDocument, Page, StoredDocument } from '../../core/types.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { toStoredDocument } from '../ids.ts';
import type { DocumentSummary } from '../store.ts';
import type { Db, Queryable } from './db.ts';
import { clampLimit, Params, tsQuery } from './query.ts';

// PostgreSQL text cannot hold NUL; U+FFFD keeps every evidence offset where it was.
const noNul = (s: string | null) => (s == null ? s : s.replace(/\u0000/g, '\uFFFD'));

const COLUMNS = 'id, content_hash, kind, title, byline, source, publisher, url, published, language, external_id, text, html, meta, ingested_at';

function fromRow(r: Record<string, any>): StoredDocument {
  const { seq: _s, search: _x, ...doc } = r;
  return doc as StoredDocument;
}

export async function getDocument(db: Db, id: string, c?: Queryable): Promise<StoredDocument | null> {
  const [row] = await db.q(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id], c);
  return row ? fromRow(row) : null;
}

export async function findDocumentByHash(db: Db, hash: string, c?: Queryable): Promise<StoredDocument | null> {
  const [row] = await db.q(`SELECT ${COLUMNS} FROM documents WHERE content_hash = $1`, [hash], c);
  return row ? fromRow(row) : null;
}

/**
 * Inserts the document; null when its content hash is already stored (by anyone, any time).
 * No conflict target: the id is derived from the hash, so two connections saving one document
 * at once clash on the primary key as well, and a targeted ON CONFLICT (content_hash) would let
 * that clash through as an error instead of "already stored".
 */
export async function insertDocument(db: Db, c: Queryable, doc: NewDocument & { content_hash: string }, now: string): Promise<StoredDocument | null> {
  const base = toStoredDocument(doc, now);
  const stored: StoredDocument = { ...base, text: noNul(base.text)!, html: noNul(base.html ?? null) };
  const cols = COLUMNS.split(', ');
  const rows = await db.q(
    `INSERT INTO documents (${COLUMNS}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT DO NOTHING RETURNING id`,
    cols.map((k) => (k === 'meta' ? JSON.stringify(stored.meta) : (stored as unknown as Record<string, unknown>)[k])),
    c,
  );
  return rows.length ? stored : null;
}

export async function listDocuments(db: Db, q: { limit?: number; cursor?: string | null; text?: string }): Promise<Page<DocumentSummary>> {
  const limit = clampLimit(q.limit);
  const p = new Params();
  const where: string[] = [];
  if (q.cursor) where.push(`d.seq < ${p.add(Number(decodeCursor(q.cursor)[0]))}`);
  if (q.text) {
    const tsq = tsQuery(q.text);
    where.push(tsq ? `d.search @@ to_tsquery('simple', sitrep_fold(${p.add(tsq)}))` : 'false');
  }
  const rows = await db.q<DocumentSummary & { seq: number }>(
    `SELECT d.seq, d.id, d.title, d.source, d.url, d.published, d.kind, d.ingested_at,
       (SELECT count(DISTINCT r.event_id) FROM reports r WHERE r.document_id = d.id) AS events
     FROM documents d ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY d.seq DESC LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  return { items: items.map(({ seq: _s, ...d }) => d), next_cursor: more ? encodeCursor([items.at(-1)!.seq]) : null };
}
