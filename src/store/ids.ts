// Identities derived from content, and the stored form of a document, shared by every store
// and by the code that prepares saves.

import type { NewDocument, StoredDocument } from '../core/types.ts';

/** A document's id: "doc_" + the first 16 hex digits of its content hash. */
export function documentIdFor(contentHash: string): string {
  return 'doc_' + contentHash.slice(0, 16);
}

/** The document as stored: its id, every optional field explicit (null), the ingest time. */
export function toStoredDocument(doc: NewDocument & { content_hash: string }, now: string): StoredDocument {
  const optional = ['html', 'title', 'byline', 'source', 'publisher', 'url', 'published', 'language', 'external_id'] as const;
  const stored = { ...doc, id: documentIdFor(doc.content_hash), meta: doc.meta ?? {}, ingested_at: now } as StoredDocument;
  for (const k of optional) stored[k] = doc[k] ?? null;
  return stored;
}
