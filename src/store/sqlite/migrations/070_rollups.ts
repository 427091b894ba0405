// Rollup tables for aggregates (src/store/sqlite/rollups.ts): created, filled from the stored
// events, then kept by triggers on events.

import type { DB } from '../db.ts';
import { backfillRollups, rollupSql } from '../rollups.ts';

export function up(db: DB): void {
  db.exec(rollupSql());
  // The triggers exist already but only fire on later writes; the backfill covers what is stored.
  backfillRollups(db);
}
