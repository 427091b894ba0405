// The audit log is found by event seq instead of event id. Event ids are hashes, so every entry
// landed on a scattered page of the (event_id, id) index (~4 KiB of WAL per imported row at
// 1,000,000 events); a new event's seq is the highest yet, so its entries now append. Existing
// entries get their event's seq (events are never deleted); the append-only trigger is lifted
// for that one backfill only.

import type { DB } from '../db.ts';

export function up(db: DB): void {
  db.exec(`ALTER TABLE audit ADD COLUMN event_seq INTEGER;
    DROP TRIGGER audit_no_update;
    UPDATE audit SET event_seq = (SELECT seq FROM events WHERE events.id = audit.event_id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE (ABORT, 'audit log is append-only'); END;
    CREATE INDEX audit_by_event_seq ON audit (event_seq, id);
    DROP INDEX audit_by_event;`);
}
