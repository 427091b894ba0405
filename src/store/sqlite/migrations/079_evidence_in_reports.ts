// A report's evidence spans live in the report row, as a JSON array in insertion order, instead of
// an evidence table: spans were only ever read whole, per report, and each imported row paid two
// to four span rows plus a scattered page of their report_id index (~4 KiB of WAL at 1,000,000
// events). Existing spans are moved over (the reports table is rewritten once).

import type { DB } from '../db.ts';

export function up(db: DB): void {
  db.exec(`ALTER TABLE reports ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
    UPDATE reports SET evidence = (
      SELECT json_group_array(json_object('field', field, 'document_id', document_id, 'start', start, 'end', "end", 'text', text))
      FROM (SELECT * FROM evidence e WHERE e.report_id = reports.id ORDER BY e.id))
    WHERE id IN (SELECT report_id FROM evidence);
    DROP TABLE evidence;`);
}
