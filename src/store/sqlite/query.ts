// EventQuery -> SQL. One WHERE builder serves list, count, stream and aggregate, so a filter
// means the same thing everywhere. Every value is a bound parameter.

import type { Page, SitrepEvent } from '../../core/types.ts';
import { splitBox, type Box } from '../box.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { EventQuery, MapPoint } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { hydrate } from './events.ts';
import { docParams, ofDocument } from './links.ts';
import { ftsQuery } from './fts.ts';
import { rollupFor } from './rollups.ts';
import type { EventRow } from './rows.ts';

interface Where {
  sql: string;
  params: unknown[];
}

/** Conditions on the columns rollup rows are keyed by (date window, place, type): a table
 *  aliased e with those columns (events, or a rollup) answers them the same way. */
export function dimensionWhere(db: DB, q: EventQuery): Where {
  const w: string[] = [];
  const p: unknown[] = [];
  const add = (sql: string, ...params: unknown[]) => {
    w.push(sql);
    p.push(...params);
  };
  if (q.from) add('e.date_last >= ?', q.from);
  if (q.to) add('e.event_date <= ?', q.to);
  // A three-letter value is an ISO3 code, anything else a name: one indexed column either way.
  if (q.country) {
    if (/^[A-Za-z]{3}$/.test(q.country)) add('e.iso3 = ?', q.country.toUpperCase());
    else {
      // A name: the ISO3 index, on the codes events with that name have held (migration 080),
      // read first so that one code (the usual case) keeps the index's date order for lists.
      const codes = stmt(db, 'SELECT iso3 FROM country_names WHERE name = ?').pluck().all(q.country) as string[];
      if (!codes.length) add('0');
      else add(`e.iso3 IN (${codes.map(() => '?').join(', ')}) AND e.country = ? COLLATE NOCASE`, ...codes, q.country);
    }
  }
  if (q.admin1) add('e.admin1 = ? COLLATE NOCASE', q.admin1);
  if (q.event_type) add('e.event_type = ?', q.event_type);
  if (q.sub_event_type) add('e.sub_event_type = ?', q.sub_event_type);
  return { sql: w.length ? w.join(' AND ') : '1', params: p };
}

/**
 * The WHERE clause for q. `ordered`: the caller reads rows in an index order and stops at a
 * limit (a page, map points), so a filter matching many rows is better tested on the rows
 * walked than used to collect every match first (see textWhere).
 */
export function whereOf(db: DB, q: EventQuery, ordered = false): Where {
  const dims = dimensionWhere(db, q);
  const w: string[] = dims.sql === '1' ? [] : [dims.sql];
  const p: unknown[] = [...dims.params];
  const add = (sql: string, ...params: unknown[]) => {
    w.push(sql);
    p.push(...params);
  };
  if (q.actor) {
    const events = `SELECT ea.event_seq FROM event_actors ea WHERE ea.actor_id IN
        (SELECT id FROM actors WHERE instr(lower(name), lower(?)) > 0)`;
    // A main party (an eighth of the store) is walked like a common word: 60-150 -> 5-10 ms at 1M.
    add(`${ordered && atLeastCommon(db, events, q.actor) ? '+' : ''}e.seq IN (${events})`, q.actor);
  }
  if (q.fatalities_min != null) add('e.fatalities >= ?', q.fatalities_min);
  if (q.fatalities_max != null) add('e.fatalities <= ?', q.fatalities_max);
  if (q.bbox) bboxWhere(db, q.bbox, add);
  if (q.text) textWhere(db, q.text, ordered, add);
  // The literal second term lets the planner use the partial index of reviewed events (migration 077).
  if (q.status) add(q.status === 'new' ? 'e.status = ?' : "e.status = ? AND e.status <> 'new'", q.status);
  else if (!q.include_hidden) w.push("e.status NOT IN ('rejected', 'merged')");
  if (q.document_id) add(`e.seq IN (SELECT event_seq FROM event_reports WHERE ${ofDocument('report_id')})`, ...docParams(q.document_id));
  return { sql: w.length ? w.join(' AND ') : '1', params: p };
}

/** From this many matches on, a set filter read in sort order tests rows instead of collecting. */
const COMMON = 20_000;

/** Whether `sub` (a list of event seqs) yields COMMON rows or more: a capped count, a few ms. */
function atLeastCommon(db: DB, sub: string, ...params: unknown[]): boolean {
  return (stmt(db, `SELECT count(*) AS n FROM (${sub} LIMIT ${COMMON})`).get(...params) as { n: number }).n >= COMMON;
}

/**
 * Free text through the FTS index. A rare word: its matches are collected (a few thousand
 * rowids) and their rows sorted. A common word under an ordered read with a limit: collecting
 * and sorting a quarter of the store would take most of a second at 1,000,000 events, while the
 * rows walked in sort order meet a match every few rows; '+' keeps the planner on the sort
 * index and the match set becomes a lookup table built once (a doclist read, no row reads).
 * A capped count (a millisecond or two) tells them apart. Same rows either way.
 */
function textWhere(db: DB, text: string, ordered: boolean, add: (sql: string, ...p: unknown[]) => void) {
  const match = ftsQuery(text);
  if (!match) return add('0');
  const matches = 'SELECT rowid FROM events_fts WHERE events_fts MATCH ?';
  // A prefix term makes FTS5 merge its whole doclist before the first row (~35 ms for a common
  // word at 1,000,000 events); the exact words stream and stop at the cap, and matching them
  // implies matching the prefix, so they are asked first.
  const exact = match.replace(/\*$/, '');
  const common = ordered && (atLeastCommon(db, matches, exact) || (exact !== match && atLeastCommon(db, matches, match)));
  add(`${common ? '+' : ''}e.seq IN (${matches})`, match);
}

/** Above this many events in the box, walking the date index beats collecting the box. */
const WIDE_BOX = 5000;


function bboxWhere(db: DB, bbox: Box, add: (sql: string, ...p: unknown[]) => void) {
  const boxes = splitBox(bbox);
  // The (lon, lat, day) R*Tree, its day axis unbounded (migration 074).
  const inBox = 'SELECT id FROM events_rtree_days WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?';
  // A small box: its events from the R*Tree, then sorted. A wide one (a country, a region): the
  // R*Tree would hand back most of the table, so test coordinates while walking in sort order.
  // A capped count tells them apart in a few milliseconds.
  const count = (b: number[]) =>
    (stmt(db, `SELECT count(*) AS n FROM (${inBox} LIMIT ${WIDE_BOX})`).get(b[2], b[0], b[3], b[1]) as { n: number }).n;
  const wide = boxes.reduce((n, b) => n + count(b), 0) >= WIDE_BOX;
  // The R*Tree stores 32-bit floats rounded outwards, so its hits are candidates: the exact
  // coordinate test decides (as PostGIS does), or an event just outside the edge would match.
  const exact = '(e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?)';
  const one = wide ? exact : `(e.seq IN (${inBox}) AND ${exact})`;
  const params = boxes.flatMap(([w, s, e, n]) => (wide ? [w, e, s, n] : [e, w, n, s, w, e, s, n]));
  add(`(${boxes.map(() => one).join(' OR ')})`, ...params);
}

const SORTS = {
  date: { col: 'e.event_date', dir: 'ASC' },
  '-date': { col: 'e.event_date', dir: 'DESC' },
  fatalities: { col: 'e.fatalities', dir: 'ASC' },
  '-fatalities': { col: 'e.fatalities', dir: 'DESC' },
} as const;

export function listEvents(db: DB, q: EventQuery): Page<SitrepEvent> {
  const limit = clampLimit(q.limit);
  const sort = SORTS[q.sort ?? '-date'] ?? SORTS['-date'];
  const where = whereOf(db, q, true);
  const params = [...where.params];
  let keyset = '';
  if (q.cursor) {
    const [value, seq] = decodeCursor(q.cursor);
    keyset = ` AND (${sort.col}, e.seq) ${sort.dir === 'ASC' ? '>' : '<'} (?, ?)`;
    params.push(value, seq);
  }
  const rows = db
    .prepare(
      `SELECT e.* FROM events e WHERE ${where.sql}${keyset}
       ORDER BY ${sort.col} ${sort.dir}, e.seq ${sort.dir} LIMIT ?`,
    )
    .all(...params, limit + 1) as EventRow[];
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const col = sort.col.slice(2);
  return { items: hydrate(db, page), next_cursor: more && last ? encodeCursor([last[col], last.seq]) : null };
}

export function countEvents(db: DB, q: EventQuery): number {
  const rollup = rollupFor(q, null);
  if (rollup) {
    // A rollup sums the same events (a scan of all 1,000,000 took ~190 ms, this 1-20 ms).
    const dims = dimensionWhere(db, q);
    return (stmt(db, `SELECT coalesce(sum(e.events), 0) AS n FROM ${rollup.table} e WHERE ${dims.sql}`).get(...dims.params) as { n: number }).n;
  }
  const where = whereOf(db, q);
  return (db.prepare(`SELECT count(*) AS n FROM events e WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}

/**
 * Map markers: the few columns a marker needs, largest toll first, read without hydrating events.
 * Three plans, same rows:
 * - only place/type/date filters, keeping 5% of the store or more or with a date window: walk
 *   events_map_points (migration 073: every marker column and filter column in toll order, no
 *   row reads; at worst the whole index, ~200 ms at 1,000,000 under load). A date window's lower
 *   bound is on date_last, which no filter index holds, so the plan below would read rows;
 * - a narrower place/type filter finds the toll of the limit-th event from a covering filter
 *   index, then reads only rows at or above it: those above in full (fewer than the limit), those
 *   equal in seq order until the limit, those below only when events without coordinates left
 *   the page short (sorting a country's 125,000 wide rows took most of a second at 1,000,000);
 * - anything else (text, box, actor...) is one sorted query the planner drives from that filter.
 */
export function mapPoints(db: DB, q: EventQuery, limit: number): MapPoint[] {
  const n = Math.max(0, Math.floor(limit));
  if (n === 0) return [];
  const where = whereOf(db, q, true);
  const sorted = 'e.fatalities DESC, e.seq DESC';
  // Coordinates tested last, after the index-only terms, so rows are read only for survivors.
  const read = (tolls: string, order: string, take: number, p: unknown[], index = '') =>
    take <= 0
      ? []
      : (stmt(
          db,
          `SELECT e.id, e.latitude, e.longitude, e.event_type, e.fatalities, e.event_date, e.location
           FROM events e ${index} WHERE ${where.sql} AND ${tolls}
           AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL ORDER BY ${order} LIMIT ?`,
        ).all(...where.params, ...p, take) as MapPoint[]);
  if (rollupFor(q, null) && (q.from || q.to || countEvents(db, q) * 20 >= countEvents(db, {}))) {
    return read('1', sorted, n, [], 'INDEXED BY events_map_points');
  }
  if (dimensionWhere(db, q).sql === '1') return read('1', sorted, n, []);
  const threshold = stmt(db, `SELECT e.fatalities AS f FROM events e WHERE ${where.sql} ORDER BY e.fatalities DESC LIMIT 1 OFFSET ?`).get(...where.params, n - 1) as
    | { f: number }
    | undefined;
  if (!threshold) return read('1', sorted, n, []);
  const out = read('+e.fatalities > ?', sorted, n, [threshold.f]);
  out.push(...read('e.fatalities = ?', 'e.seq DESC', n - out.length, [threshold.f]));
  out.push(...read('+e.fatalities < ?', sorted, n - out.length, [threshold.f]));
  return out;
}
