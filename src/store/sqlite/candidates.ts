// Merge candidates: stored events near a report in time and space. Kept apart from the list
// queries (query.ts) because the import path calls it once per imported row and tunes it for that.

import type { SitrepEvent } from '../../core/types.ts';
import type { CandidateQuery } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { hydrate } from './events.ts';
import { splitBox, whereOf } from './query.ts';
import type { EventRow } from './rows.ts';

/** Events whose date window overlaps [from, to] (and bbox), hidden ones excluded. */
export function findCandidates(db: DB, q: CandidateQuery): SitrepEvent[] {
  const where = whereOf(db, { country: q.country });
  const limit = clampLimit(q.limit ?? 200, 10_000);
  // A window is at most a month or two, so bounding event_date from below keeps the scan short.
  const dates = `e.event_date <= ? AND e.event_date >= date(?, '-62 days') AND e.date_last >= ?`;
  const order = 'ORDER BY e.event_date, e.seq LIMIT ?';
  if (!q.bbox) {
    // Without a box the date index is the tightest there is: event_date <= to walks it.
    const rows = stmt(db, `SELECT e.* FROM events e WHERE ${dates} AND ${where.sql} ${order}`).all(q.to, q.from, q.from, ...where.params, limit);
    return hydrate(db, rows as EventRow[]);
  }
  // With a box, the (lon, lat, day) R*Tree bounds space and time at once, so only the events
  // near in both are read (the 2-D one returned every year's events in the box). CROSS JOIN
  // keeps it the outer loop; the exact date tests above still run on its few rows.
  const day = 'julianday(?) - 2440587.5';
  const inBox = `SELECT id FROM events_rtree_days WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?
    AND min_day <= ${day} AND max_day >= ${day} AND min_day >= ${day} - 62`;
  const boxes = splitBox(q.bbox);
  const rows = stmt(
    db,
    `SELECT e.* FROM (${boxes.map(() => inBox).join(' UNION ')}) r CROSS JOIN events e ON e.seq = r.id
     WHERE ${dates} AND ${where.sql} ${order}`,
  ).all(
    ...boxes.flatMap(([w, s, e, n]) => [e, w, n, s, q.to, q.from, q.from]),
    q.to, q.from, q.from, ...where.params, limit,
  );
  return hydrate(db, rows as EventRow[]);
}
