// Two link indexes every imported row paid a scattered page of (~4 KiB of WAL each at 1,000,000
// events), dropped:
// - reports_by_document: no query looks reports up by document, and documents are never deleted
//   (the other use such an index has: checking a parent delete);
// - event_reports_by_document: a report's id always begins with its document's id (both stores
//   have written them so from the start: `${document.id}_...`), so a document's links are a range
//   of the report_id key (src/store/sqlite/links.ts). Checked here first: a link breaking the rule
//   would be missed by that range, so the migration refuses rather than drop the index under it.

import type { DB } from '../db.ts';

export function up(db: DB): void {
  const bad = db.prepare('SELECT report_id, document_id FROM event_reports WHERE substr(report_id, 1, length(document_id)) <> document_id LIMIT 1').get() as
    | { report_id: string; document_id: string }
    | undefined;
  if (bad) throw new Error(`report ${bad.report_id} does not begin with its document id ${bad.document_id}: keeping event_reports_by_document`);
  db.exec('DROP INDEX IF EXISTS reports_by_document; DROP INDEX IF EXISTS event_reports_by_document;');
}
