// Adds rollup_totals (all-time counts per place and type: a few thousand rows, so "by country"
// or "by type" over everything no longer sorts a whole day rollup): every rollup and its
// triggers rebuilt from the stored events (src/store/sqlite/rollups.ts).

import type { DB } from '../db.ts';
import { rebuildRollups } from '../rollups.ts';

export function up(db: DB): void {
  rebuildRollups(db);
}
