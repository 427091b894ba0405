// Rollups (migration 090): events and fatalities of the visible events per event_date,
// date_last, country, admin1, type and sub-type, as the SQLite store's rollup tables: kind
// 'day' (dates, places, types), 'actor' (per main actor) and 'pair' (per actor pair). Counts and
// aggregates whose filters are all among those columns read them instead of the event rows,
// with the same answer.
//
// Concurrent writers must not queue on shared counter rows, so the write path only appends:
// a trigger on events adds +1 rows (new values) and -1 rows (old values) to rollup_deltas.
// Readers add rollups and the unfolded deltas in one snapshot; the fold (about every 10,000
// deltas, from the trigger, or foldRollups) moves deltas into rollups under a try-lock.

import type { AggregateBy, EventQuery } from '../store.ts';
import { rollupCovers } from '../rollup-scope.ts';
import type { Db } from './db.ts';

export type RollupKind = 'day' | 'actor' | 'pair';

const COLUMNS = 'key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities';

/** Rollup rows of one kind and its pending deltas, aliased like events (e) so dimensionWhere
 *  reads alike; `key` holds the actor or pair. */
export function rollupSource(kind: RollupKind): string {
  return `(SELECT ${COLUMNS} FROM rollups WHERE kind = '${kind}'
    UNION ALL SELECT ${COLUMNS} FROM rollup_deltas WHERE kind = '${kind}')`;
}

const DAY_ANSWERS: Array<AggregateBy | null> = [null, 'day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1'];

/** The rollup answering q grouped by `by` (null: a count), or null when a filter is not one of
 *  its columns (text, box, actor, tolls, status, document, hidden events). */
export function rollupFor(q: EventQuery, by: AggregateBy | null): RollupKind | null {
  if (!rollupCovers(q)) return null;
  if (by === 'actor') return 'actor';
  if (by === 'actor_pair') return 'pair';
  return DAY_ANSWERS.includes(by) ? 'day' : null;
}

/** Folds the pending deltas into rollups now; false when another fold is running. Answers do
 *  not change (test/postgres/rollups.test.ts). */
export async function foldRollups(db: Db): Promise<boolean> {
  const [row] = await db.q<{ done: boolean }>('SELECT sitrep_fold_rollups() AS done');
  return row.done;
}
