// Merge candidates: stored events near a report in time and space. Kept apart from the list
// queries (query.ts) because the import path asks for them for every imported row: a batch's
// candidates come back in one call, as plain fields (no evidence, no JSON columns to parse).

import type { SitrepEvent } from '../../core/types.ts';
import type { CandidateEvent, CandidateQuery } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { hydrate } from './events.ts';
import { splitBox, whereOf } from './query.ts';
import { EVENT_COLUMNS, fieldsFromRow, type EventRow } from './rows.ts';

/** Events whose date window overlaps [from, to] (and bbox), hidden ones excluded. */
export function findCandidates(db: DB, q: CandidateQuery): SitrepEvent[] {
  return hydrate(db, candidateRows(db, q, 'e.*'));
}

/** What scoring reads of an event: its fields and identity, not its JSON columns. */
const LEAN = ['e.seq', 'e.id', 'e.status', 'e.updated_at', ...EVENT_COLUMNS.map((c) => `e.${c}`)].join(', ');

/** findCandidates for many queries, lean; the links of all candidates are read in one query. */
export function findCandidatesMany(db: DB, qs: CandidateQuery[]): CandidateEvent[][] {
  const rows = qs.map((q) => candidateRows(db, q, LEAN));
  const bySeq = new Map<number, CandidateEvent>();
  for (const list of rows) {
    for (const r of list) {
      if (!bySeq.has(r.seq)) {
        bySeq.set(r.seq, { ...fieldsFromRow(r), id: r.id, status: r.status as CandidateEvent['status'], updated_at: r.updated_at, document_ids: [], report_rules: [] });
      }
    }
  }
  if (bySeq.size) {
    const links = stmt(
      db,
      `SELECT er.event_seq, er.document_id, r.rules FROM event_reports er JOIN reports r ON r.id = er.report_id
       WHERE er.event_seq IN (SELECT value FROM json_each(?)) ORDER BY er.rowid`,
    ).all(JSON.stringify([...bySeq.keys()])) as Array<{ event_seq: number; document_id: string; rules: string }>;
    for (const l of links) {
      const ev = bySeq.get(l.event_seq)!;
      if (!ev.document_ids.includes(l.document_id)) ev.document_ids.push(l.document_id);
      ev.report_rules.push(JSON.parse(l.rules));
    }
  }
  return rows.map((list) => list.map((r) => bySeq.get(r.seq)!));
}

/** The candidate rows of one query, `select` being the columns wanted (alias e). */
function candidateRows(db: DB, q: CandidateQuery, select: string): EventRow[] {
  const where = whereOf(db, { country: q.country });
  const limit = clampLimit(q.limit ?? 200, 10_000);
  // A window is at most a month or two, so bounding event_date from below keeps the scan short.
  const dates = `e.event_date <= ? AND e.event_date >= date(?, '-62 days') AND e.date_last >= ?`;
  const order = 'ORDER BY e.event_date, e.seq LIMIT ?';
  if (!q.bbox) {
    // Without a box the date index is the tightest there is: event_date <= to walks it.
    return stmt(db, `SELECT ${select} FROM events e WHERE ${dates} AND ${where.sql} ${order}`).all(
      q.to, q.from, q.from, ...where.params, limit,
    ) as EventRow[];
  }
  // With a box, the (lon, lat, day) R*Tree bounds space and time at once, so only the events
  // near in both are read (the 2-D one returned every year's events in the box). CROSS JOIN
  // keeps it the outer loop; the exact date tests above still run on its few rows.
  const day = 'julianday(?) - 2440587.5';
  const inBox = `SELECT id FROM events_rtree_days WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?
    AND min_day <= ${day} AND max_day >= ${day} AND min_day >= ${day} - 62`;
  const boxes = splitBox(q.bbox);
  return stmt(
    db,
    `SELECT ${select} FROM (${boxes.map(() => inBox).join(' UNION ')}) r CROSS JOIN events e ON e.seq = r.id
     WHERE ${dates} AND ${where.sql} ${order}`,
  ).all(
    ...boxes.flatMap(([w, s, e, n]) => [e, w, n, s, q.to, q.from, q.from]),
    q.to, q.from, q.from, ...where.params, limit,
  ) as EventRow[];
}
