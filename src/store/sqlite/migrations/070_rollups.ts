// Rollup tables for counts and aggregates (src/store/sqlite/rollups.ts): created, filled from
// the stored events, then kept by triggers on events.

import type { DB } from '../db.ts';
import { rebuildRollups } from '../rollups.ts';

export function up(db: DB): void {
  rebuildRollups(db);
}
