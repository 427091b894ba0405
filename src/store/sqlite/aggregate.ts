// Aggregates: counts and fatalities per date bucket, type, place, actor or actor pair, under
// the same filters as listing. Each query reads a covering index (migration 002), never the
// wide event rows; weeks and months are rolled up from days (src/store/periods.ts).

import { rollUp } from '../periods.ts';
import type { AggregateBy, AggregateRow, EventQuery } from '../store.ts';
import type { DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { whereOf } from './query.ts';

/** Group keys read straight from indexed columns (NOCASE where the index is NOCASE, so the
 *  index order serves the grouping). */
const COLUMN: Partial<Record<AggregateBy, string>> = {
  day: 'e.event_date',
  event_type: 'e.event_type',
  sub_event_type: 'e.sub_event_type',
  country: 'e.country COLLATE NOCASE',
  admin1: 'e.admin1 COLLATE NOCASE',
};

export function aggregate(db: DB, q: EventQuery, by: AggregateBy): AggregateRow[] {
  if (by === 'week' || by === 'month') return rollUp(aggregate(db, q, 'day'), by);
  const where = whereOf(db, q);
  const order = by === 'day' ? 'key ASC' : 'events DESC, key ASC';
  const limit = by !== 'day' && q.limit ? ` LIMIT ${clampLimit(q.limit, 100_000)}` : '';
  let sql: string;
  let params = where.params;
  if (by === 'actor') {
    // Main actors only (actor1/actor2, read from covering indexes); an actor counted once per event.
    sql = `SELECT key, count(*) AS events, sum(f) AS fatalities FROM (
        SELECT e.actor1 AS key, e.fatalities AS f FROM events e WHERE ${where.sql} AND e.actor1 != ''
        UNION ALL
        SELECT e.actor2, e.fatalities FROM events e WHERE ${where.sql} AND e.actor2 != '' AND e.actor2 != e.actor1
      ) GROUP BY key`;
    params = [...where.params, ...where.params];
  } else if (by === 'actor_pair') {
    // Unordered pair "A | B" (alphabetical), so A-vs-B and B-vs-A count together.
    sql = `SELECT CASE WHEN e.actor1 <= e.actor2 THEN e.actor1 || ' | ' || e.actor2 ELSE e.actor2 || ' | ' || e.actor1 END AS key,
      count(*) AS events, sum(e.fatalities) AS fatalities
      FROM events e WHERE ${where.sql} AND e.actor1 != '' AND e.actor2 != '' GROUP BY key`;
  } else {
    const column = COLUMN[by];
    if (!column) throw new Error(`unknown aggregate: ${by}`);
    sql = `SELECT ${column} AS key, count(*) AS events, sum(e.fatalities) AS fatalities FROM events e WHERE ${where.sql} GROUP BY key`;
  }
  return db.prepare(`${sql} ORDER BY ${order}${limit}`).all(...params) as AggregateRow[];
}
