// An import batch adds its new events to the rollups once per rollup row, after inserting them
// (rollups.ts insertFolded), instead of one upsert per event and rollup from the insert
// trigger. The trigger now stands aside while a writer holds a row in rollup_folds.

import type { DB } from '../db.ts';
import { createRollupTriggers } from '../rollups.ts';

export function up(db: DB): void {
  createRollupTriggers(db);
}
