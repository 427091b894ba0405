// saveIngest: a document, its reports, their evidence and their placement into events, written
// in ONE transaction. A known content hash writes nothing and returns the stored events.

import type { SitrepEvent, StoredDocument } from '../../core/types.ts';
import type { IngestItem, IngestResult } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { findDocumentByHash, insertDocument } from './documents.ts';
import { getEventsBySeq, hydrate, linkReport, recomputeEvent, refreshIndexes } from './events.ts';
import { writeByTable } from './ingest-by-table.ts';
import { checkPlacements, sourceOf, storedReport } from '../ids.ts';
import { attachTarget, foundEvent, insertReport, recordPlacement } from './ingest-steps.ts';
import { docParams, ofDocument } from './links.ts';
import type { EventRow } from './rows.ts';


/** Writes one item; must run inside a transaction (the callers wrap it). */
export function saveIngestItem(db: DB, item: IngestItem): IngestResult {
  const saved = writeItem(db, item);
  return 'seqs' in saved ? { ...saved, events: getEventsBySeq(db, saved.seqs) } : saved;
}

/**
 * Several items, in one transaction (the caller's). Each result holds its events as they were
 * right after that item, as saveIngestItem gives them, but they are read in one go per batch:
 * only when a later item is about to change an event not yet read are the pending ones read first.
 * Without `withEvents` (an import counts only what was created) no event is read back, and the
 * batch is written table by table (ingest-by-table.ts).
 */
export function saveIngestItems(db: DB, items: IngestItem[], withEvents = true): IngestResult[] {
  if (!withEvents) return writeByTable(db, items);
  const out: IngestResult[] = [];
  let pending: Array<{ at: number; seqs: number[] }> = [];
  const pendingSeqs = new Set<number>();
  const readPending = () => {
    const events = new Map<number, SitrepEvent>();
    const all = [...pendingSeqs];
    getEventsBySeq(db, all).forEach((e, i) => events.set(all[i]!, e));
    for (const p of pending) out[p.at]!.events = p.seqs.map((s) => events.get(s)!);
    pending = [];
    pendingSeqs.clear();
  };
  for (const item of items) {
    const saved = writeItem(db, item, (seq) => pendingSeqs.has(seq) && readPending());
    if ('seqs' in saved) {
      pending.push({ at: out.length, seqs: saved.seqs });
      for (const s of saved.seqs) pendingSeqs.add(s);
      out.push({ document: saved.document, created: true, events: [] });
    } else out.push(saved);
  }
  if (pending.length) readPending();
  return out;
}

/**
 * Writes one item; returns the seqs of the events it touched (to be read by the caller), or the
 * full result for a document already stored. `beforeChange(seq)` runs before an existing event
 * is changed.
 */
function writeItem(
  db: DB,
  { doc, reports, placements }: IngestItem,
  beforeChange?: (seq: number) => unknown,
): IngestResult | { document: StoredDocument; created: true; seqs: number[] } {
  const known = findDocumentByHash(db, doc.content_hash);
  if (known) return { document: known, created: false, events: eventsOfDocument(db, known.id) };
  checkPlacements(reports, placements);
  const now = new Date().toISOString();
  const document = insertDocument(db, doc, now);
  const source = sourceOf(document);
  const touched: number[] = [];
  reports.forEach((given, i) => {
    const placement = placements?.[i] ?? { kind: 'new' };
    const report = storedReport(given, document, i, placement);
    insertReport(db, report, i);
    if (placement.kind === 'attach') {
      const seq = attachTarget(db, placement);
      beforeChange?.(seq);
      linkReport(db, seq, report);
      // An attach only ever lands on a stored event, whose indexes match its row.
      recomputeEvent(db, seq, now, { indexesCurrent: true });
      recordPlacement(db, report, placement, null, now);
      touched.push(seq);
      return;
    }
    const { id, seq, rec } = foundEvent(db, report, source, now);
    linkReport(db, seq, report);
    refreshIndexes(db, seq, rec.fields, { evidenceTexts: report.evidence.map((e) => e.text) });
    recordPlacement(db, report, placement, id, now);
    touched.push(seq);
  });
  return { document, created: true, seqs: [...new Set(touched)] };
}

/** The events a document's reports currently belong to, in report order. */
export function eventsOfDocument(db: DB, documentId: string) {
  const rows = stmt(
    db,
    `SELECT e.* FROM events e WHERE e.seq IN (SELECT er.event_seq FROM event_reports er WHERE ${ofDocument('er.report_id')})
     ORDER BY (SELECT min(r.ord) FROM event_reports er JOIN reports r ON r.id = er.report_id
               WHERE er.event_seq = e.seq AND ${ofDocument('er.report_id')})`,
  ).all(...docParams(documentId), ...docParams(documentId)) as EventRow[];
  return hydrate(db, rows);
}
