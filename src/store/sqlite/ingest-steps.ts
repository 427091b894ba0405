// The steps of saving one placed report, shared by the two ways a save is written: item by item
// (ingest.ts, which reads each item's events back) and table by table across a batch
// (ingest-by-table.ts, the import's).

import type { Report } from '../../core/types.ts';
import { reconcile, type Reconciled } from '../reconcile.ts';
import type { Placement } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { appendAudit, eventSeq, insertEvent, newEventId } from './events.ts';
import { evidenceJson } from './rows.ts';

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

/** The stored event an attach placement names, by seq. */
export function attachTarget(db: DB, placement: Placement & { kind: 'attach' }): number {
  const seq = eventSeq(db, placement.event_id);
  if (seq === null) throw new Error(`saveIngest: cannot attach to unknown event ${placement.event_id}`);
  return seq;
}

/** The event row a report founds (its link and indexes are written by the caller). */
export function foundEvent(db: DB, report: Report, source: string, now: string): { id: string; seq: number; rec: Reconciled } {
  const rec = reconcile([{ report, source }]);
  const id = newEventId(db, report.id);
  return { id, seq: insertEvent(db, id, rec, now), rec };
}

/** The audit entries of a placed report, and the merge proposal a grey-zone score makes. `eventId`: the event it founded (not for an attach). */
export function recordPlacement(db: DB, report: Report, placement: Placement, eventId: string | null, now: string): void {
  if (placement.kind === 'attach') {
    appendAudit(db, { event_id: placement.event_id, action: 'attach', actor: 'system', after: { report_id: report.id, score: placement.score, rule: placement.rule } }, now);
    return;
  }
  appendAudit(db, { event_id: eventId!, action: 'create', actor: 'system', after: { report_id: report.id } }, now);
  if (placement.kind !== 'propose') return;
  if (eventSeq(db, placement.event_id) === null) throw new Error(`saveIngest: cannot propose unknown event ${placement.event_id}`);
  stmt(db, 'INSERT INTO merge_proposals (event_id, candidate, score, rule, created_at) VALUES (?, ?, ?, ?, ?)').run(
    eventId, placement.event_id, placement.score, placement.rule, now,
  );
  appendAudit(db, { event_id: eventId!, action: 'propose', actor: 'system', after: { candidate: placement.event_id, score: placement.score, rule: placement.rule } }, now);
}
