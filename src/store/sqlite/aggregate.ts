// Aggregates: counts and fatalities per date bucket, type, place, actor or actor pair, under
// the same filters as listing. When every filter is a rollup dimension (date window, country,
// admin1, type, sub-type; hidden events left out) the rollup tables answer (rollups.ts: ten
// events or more per row at scale); any other filter (text, box, actor, tolls, status...) reads
// the events through covering indexes (migration 002). Both give the same rows. Weeks and
// months are rolled up from days (src/store/periods.ts).

import { rollUp } from '../periods.ts';
import type { AggregateBy, AggregateRow, EventQuery } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { dimensionWhere, whereOf } from './query.ts';
import { rollupFor, type Rollup } from './rollups.ts';

/** Group keys read straight from indexed columns (NOCASE where the index is NOCASE, so the
 *  index order serves the grouping). */
const COLUMN: Partial<Record<AggregateBy, string>> = {
  day: 'e.event_date',
  event_type: 'e.event_type',
  sub_event_type: 'e.sub_event_type',
  country: 'e.country COLLATE NOCASE',
  admin1: 'e.admin1 COLLATE NOCASE',
};

/** The same grouping over a rollup table (aliased e, so the dimension filters read alike). */
function fromRollup(db: DB, r: Rollup, q: EventQuery, by: AggregateBy): { sql: string; params: unknown[] } {
  const where = dimensionWhere(db, q);
  const column = r.key ? `e.${r.key.column}` : COLUMN[by];
  if (!column) throw new Error(`unknown aggregate: ${by}`);
  return {
    sql: `SELECT ${column} AS key, sum(e.events) AS events, sum(e.fatalities) AS fatalities FROM ${r.table} e WHERE ${where.sql} GROUP BY key`,
    params: where.params,
  };
}

export function aggregate(db: DB, q: EventQuery, by: AggregateBy): AggregateRow[] {
  if (by === 'week' || by === 'month') return rollUp(aggregate(db, q, 'day'), by);
  const order = by === 'day' ? 'key ASC' : 'events DESC, key ASC';
  const limit = by !== 'day' && q.limit ? ` LIMIT ${clampLimit(q.limit, 100_000)}` : '';
  const rollup = rollupFor(q, by);
  if (rollup) {
    const { sql, params } = fromRollup(db, rollup, q, by);
    return stmt(db, `${sql} ORDER BY ${order}${limit}`).all(...params) as AggregateRow[];
  }
  const where = whereOf(db, q);
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
