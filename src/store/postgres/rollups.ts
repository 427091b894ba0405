// The day rollup (migration 090): events and fatalities of the visible events per event_date,
// date_last, country, admin1, type and sub-type, as the SQLite store's rollup_days. Counts and
// aggregates whose filters are all among those columns (and whose grouping is a date bucket, a
// place or a type) read it instead of the event rows, with the same answer.
//
// Concurrent writers must not queue on shared counter rows, so the write path only appends:
// a trigger on events adds a +1 row (new values) and a -1 row (old values) to rollup_day_deltas.
// Readers add rollup_days and the unfolded deltas in one snapshot; the fold (about every 10,000
// deltas, from the trigger, or foldRollups) moves deltas into rollup_days under a try-lock.

import type { AggregateBy, EventQuery } from '../store.ts';
import type { Db } from './db.ts';

const DIMS = 'event_date, date_last, iso3, country, admin1, event_type, sub_event_type';

/** Rollup rows and pending deltas, aliased like events (e) so dimensionWhere reads alike. */
export const DAY_ROLLUP = `(SELECT ${DIMS}, events, fatalities FROM rollup_days
  UNION ALL SELECT ${DIMS}, events, fatalities FROM rollup_day_deltas)`;

const ANSWERS: Array<AggregateBy | null> = [null, 'day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1'];

/** Whether the day rollup answers q grouped by `by` (null: a count): only when every filter is
 *  one of its columns (not text, box, actor, tolls, status, document, hidden events). */
export function usesDayRollup(q: EventQuery, by: AggregateBy | null): boolean {
  if (q.actor || q.fatalities_min != null || q.fatalities_max != null || q.bbox || q.text || q.status || q.include_hidden || q.document_id) return false;
  return ANSWERS.includes(by);
}

/** Folds the pending deltas into rollup_days now; false when another fold is running. Answers
 *  do not change (test/postgres/rollups.test.ts). */
export async function foldRollups(db: Db): Promise<boolean> {
  const [row] = await db.q<{ done: boolean }>('SELECT sitrep_fold_rollup_days() AS done');
  return row.done;
}
