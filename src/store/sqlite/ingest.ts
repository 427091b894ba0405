// saveIngest: a document, its reports, their evidence and their placement into events, written
// in ONE transaction. A known content hash writes nothing and returns the stored events.

import type { Report, SitrepEvent, StoredDocument } from '../../core/types.ts';
import { reconcile } from '../reconcile.ts';
import type { IngestItem, IngestResult } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { findDocumentByHash, insertDocument } from './documents.ts';
import {
  appendAudit,
  eventSeq,
  getEventsBySeq,
  hydrate,
  insertEvent,
  linkReport,
  newEventId,
  recomputeEvent,
  refreshIndexes,
} from './events.ts';
import { docParams, ofDocument } from './links.ts';
import { evidenceJson, type EventRow } from './rows.ts';


/** Writes one item; must run inside a transaction (the callers wrap it). */
export function saveIngestItem(db: DB, item: IngestItem): IngestResult {
  const saved = writeItem(db, item);
  return 'seqs' in saved ? { ...saved, events: getEventsBySeq(db, saved.seqs) } : saved;
}

/**
 * Several items, in one transaction (the caller's). Each result holds its events as they were
 * right after that item, as saveIngestItem gives them, but they are read in one go per batch:
 * only when a later item is about to change an event not yet read are the pending ones read first.
 * Without `withEvents` (an import counts only what was created) no event is read back.
 */
export function saveIngestItems(db: DB, items: IngestItem[], withEvents = true): IngestResult[] {
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
    if ('seqs' in saved && !withEvents) out.push({ document: saved.document, created: true, events: [] });
    else if ('seqs' in saved) {
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
  if (placements && placements.length !== reports.length) {
    throw new Error(`saveIngest: ${reports.length} reports but ${placements.length} placements`);
  }
  const now = new Date().toISOString();
  const document = insertDocument(db, doc, now);
  const source = document.source ?? document.publisher ?? '';
  const touched: number[] = [];
  reports.forEach((given, i) => {
    // The store owns identity: reports and evidence always point at the stored document.
    const report: Report = {
      ...given,
      // Report ids are unique store-wide: namespace them by document unless they already are.
      id: given.id?.startsWith(document.id) ? given.id : `${document.id}_${given.id || 'r' + i}`,
      document_id: document.id,
      evidence: (given.evidence ?? []).map((e) => ({ ...e, document_id: document.id })),
    };
    const placement = placements?.[i] ?? { kind: 'new' };
    // The merge step's reason, kept with the report it placed (in its fields JSON).
    if (placement.why) report.placement = placement.why;
    insertReport(db, report, i);
    if (placement.kind === 'attach') {
      const seq = eventSeq(db, placement.event_id);
      if (seq === null) throw new Error(`saveIngest: cannot attach to unknown event ${placement.event_id}`);
      beforeChange?.(seq);
      linkReport(db, seq, report);
      // An attach only ever lands on a stored event, whose indexes match its row.
      recomputeEvent(db, seq, now, { indexesCurrent: true });
      appendAudit(db, { event_id: placement.event_id, action: 'attach', actor: 'system', after: { report_id: report.id, score: placement.score, rule: placement.rule } }, now);
      touched.push(seq);
      return;
    }
    const rec = reconcile([{ report, source }]);
    const id = newEventId(db, report.id);
    const seq = insertEvent(db, id, rec, now);
    linkReport(db, seq, report);
    refreshIndexes(db, seq, rec.fields, { evidenceTexts: report.evidence.map((e) => e.text) });
    appendAudit(db, { event_id: id, action: 'create', actor: 'system', after: { report_id: report.id } }, now);
    if (placement.kind === 'propose') {
      if (eventSeq(db, placement.event_id) === null) throw new Error(`saveIngest: cannot propose unknown event ${placement.event_id}`);
      stmt(db, 'INSERT INTO merge_proposals (event_id, candidate, score, rule, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id, placement.event_id, placement.score, placement.rule, now,
      );
      appendAudit(db, { event_id: id, action: 'propose', actor: 'system', after: { candidate: placement.event_id, score: placement.score, rule: placement.rule } }, now);
    }
    touched.push(seq);
  });
  return { document, created: true, seqs: [...new Set(touched)] };
}

/** A report row, its evidence spans inside it (migration 079). */
export function insertReport(db: DB, r: Report, ord: number): void {
  const { id, document_id, confidence, evidence, rules, ...fields } = r;
  stmt(db, 'INSERT INTO reports (id, document_id, ord, fields, confidence, rules, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    document_id,
    ord,
    JSON.stringify(fields),
    JSON.stringify(confidence ?? {}),
    JSON.stringify(rules ?? []),
    evidenceJson(evidence ?? []),
  );
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
