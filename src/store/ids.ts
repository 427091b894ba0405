// Identities derived from content, and the stored form of a document and of its reports, shared
// by every store and by the code that prepares saves.

import type { NewDocument, Report, StoredDocument } from '../core/types.ts';
import type { Placement } from './store.ts';

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

/** The source name a document's claims carry. */
export function sourceOf(document: StoredDocument): string {
  return document.source ?? document.publisher ?? '';
}

/** A given report as the store keeps it: its id unique store-wide, its evidence pointing at its document, the merge step's reason kept. */
export function storedReport(given: Report, document: StoredDocument, i: number, placement: Placement): Report {
  const report: Report = {
    ...given,
    // Report ids are unique store-wide: namespace them by document unless they already are.
    id: given.id?.startsWith(document.id) ? given.id : `${document.id}_${given.id || 'r' + i}`,
    document_id: document.id,
    evidence: (given.evidence ?? []).map((e) => ({ ...e, document_id: document.id })),
  };
  // The merge step's reason, kept with the report it placed (in its fields JSON).
  if (placement.why) report.placement = placement.why;
  return report;
}

/** A save's placements, when given, are one per report. */
export function checkPlacements(reports: unknown[], placements: unknown[] | undefined): void {
  if (placements && placements.length !== reports.length) {
    throw new Error(`saveIngest: ${reports.length} reports but ${placements.length} placements`);
  }
}
