// Merge candidates: stored events near a report in time and space. Kept apart from the list
// queries (query.ts) because the import path asks for them for every imported row: a batch's
// candidates come back in one call as sketches (what screening reads), and the few that pass the
// screen in a second, as plain fields (no evidence, no JSON columns to parse).

import type { SitrepEvent } from '../../core/types.ts';
import { splitBox } from '../box.ts';
import { SKETCH_FIELDS } from '../fields.ts';
import type { CandidateEvent, CandidateQuery, CandidateSketch } from '../store.ts';
import { stmt, type DB } from './db.ts';
import { clampLimit } from './documents.ts';
import { hydrate } from './events.ts';
import { BOUNDS_READ, LONGEST_WINDOW_DAYS, MAX_HALF_WINDOW_DAYS, windowMeets, type Dated } from '../../merge/window.ts';
import { whereOf } from './query.ts';
import { EVENT_COLUMNS, type EventRow } from './rows.ts';
import { ofDocument } from './links.ts';

/** Events whose own window meets [from, to] (store.ts CandidateQuery), in the bbox, hidden ones excluded. */
export function findCandidates(db: DB, q: CandidateQuery): SitrepEvent[] {
  return hydrate(db, candidateRows(db, q, 'e.*') as EventRow[]);
}

/** What scoring reads of an event: its identity and fields, not its JSON columns. */
const LEAN_COLUMNS = ['seq', 'id', 'status', 'updated_at', ...EVENT_COLUMNS] as const;
/** What screening reads (CandidateSketch): a tenth of the values, so most candidates cost little. */
const SKETCH_COLUMNS = ['seq', ...SKETCH_FIELDS] as const;
/** Optional ACLED extras stay absent rather than null (as fieldsFromRow leaves them). */
const ABSENT_WHEN_NULL = new Set<string>(['admin3', 'region', 'source_scale', 'tags']);

/**
 * An object from a raw row (values in `columns` order, seq first and left out). better-sqlite3's
 * named rows, or properties set in a loop, cost ~7 us per 35-field object (a batch reads ~30 per
 * imported row); an object literal compiled once from the column list has one fixed shape and
 * costs a fraction.
 */
function rowReader<T>(columns: readonly string[]): (r: unknown[]) => T {
  return new Function(
    'r',
    `const ev = { ${columns.map((c, i) => (i === 0 || ABSENT_WHEN_NULL.has(c) ? '' : `${c}: r[${i}], `)).join('')} };
    ${columns.map((c, i) => (ABSENT_WHEN_NULL.has(c) ? `if (r[${i}] !== null) ev.${c} = r[${i}];` : '')).join('\n')}
    return ev;`,
  ) as (r: unknown[]) => T;
}
const leanEvent = rowReader<CandidateEvent>(LEAN_COLUMNS);
const sketchOf = rowReader<CandidateSketch>(SKETCH_COLUMNS);
const SKETCH = SKETCH_COLUMNS.map((c) => `e.${c}`).join(', ');

/**
 * findCandidates for many queries, as sketches. An event found by several queries is one object.
 * Events holding a report of a query's exclude_document (a re-imported row's own document) are
 * found with one indexed lookup for the whole batch, not by reading every candidate's links.
 */
export function findCandidatesMany(db: DB, qs: CandidateQuery[]): CandidateSketch[][] {
  const docs = [...new Set(qs.map((q) => q.exclude_document).filter((d): d is string => Boolean(d)))];
  const linked = new Set<string>();
  if (docs.length) {
    const rows = stmt(db, `SELECT DISTINCT d.value, er.event_seq FROM json_each(?) d JOIN event_reports er ON ${ofDocument('er.report_id', 'd.value')}`)
      .raw(true)
      .all(JSON.stringify(docs)) as Array<[string, number]>;
    for (const [doc, seq] of rows) linked.add(`${doc}|${seq}`);
  }
  const bySeq = new Map<number, CandidateSketch>();
  return qs.map((q) => {
    const out: CandidateSketch[] = [];
    const exclude = linked.size ? q.exclude_document : undefined;
    for (const r of sketchRows(db, q)) {
      const seq = r[0] as number;
      if (exclude && linked.has(`${exclude}|${seq}`)) continue;
      let ev = bySeq.get(seq);
      if (!ev) bySeq.set(seq, (ev = sketchOf(r)));
      out.push(ev);
    }
    return out;
  });
}

const SKETCH_DATE = SKETCH_COLUMNS.indexOf('event_date');

/**
 * candidateRows of a query as sketch rows, in candidateRows' order (event_date, seq). They are
 * read unordered and sorted here: SQLite's sorter copies every row (notes included) and took a
 * tenth of the query. Only when more than the limit match is the ordered query run, so the
 * earliest `limit` are kept as before.
 */
function sketchRows(db: DB, q: CandidateQuery): unknown[][] {
  const rows = candidateRows(db, q, SKETCH, true, false) as unknown[][];
  if (rows.length > limitOf(q)) return candidateRows(db, q, SKETCH, true) as unknown[][];
  return rows.sort((a, b) => {
    const x = a[SKETCH_DATE] as string;
    const y = b[SKETCH_DATE] as string;
    return x < y ? -1 : x > y ? 1 : (a[0] as number) - (b[0] as number);
  });
}

const limitOf = (q: CandidateQuery) => clampLimit(q.limit ?? 200, 10_000);

/** The full candidate rows of the events that passed the screen. */
export function candidateEvents(db: DB, ids: string[]): Map<string, CandidateEvent> {
  const out = new Map<string, CandidateEvent>();
  if (!ids.length) return out;
  const rows = stmt(db, `SELECT ${LEAN_COLUMNS.join(', ')} FROM events WHERE id IN (SELECT value FROM json_each(?))`)
    .raw(true)
    .all(JSON.stringify(ids)) as unknown[][];
  for (const r of rows) out.set(r[1] as string, leanEvent(r));
  return out;
}

/** The rules of each report of each event, in link order. */
export function eventReportRules(db: DB, ids: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = stmt(
    db,
    `SELECT e.id, r.rules FROM events e JOIN event_reports er ON er.event_seq = e.seq JOIN reports r ON r.id = er.report_id
     WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY er.rowid`,
  )
    .raw(true)
    .all(JSON.stringify([...out.keys()])) as Array<[string, string]>;
  for (const [id, rules] of rows) out.get(id)!.push(JSON.parse(rules));
  return out;
}

/**
 * The candidate rows of one query, `select` being the columns wanted (alias e); arrays when `raw`.
 * Unless `ordered`, up to one row past the limit in no particular order (see sketchRows).
 */
function candidateRows(db: DB, q: CandidateQuery, select: string, raw = false, ordered = true): unknown[] {
  const where = whereOf(db, { country: q.country });
  // The limit is written into the SQL, not bound: SQLite's planner reads a bound LIMIT, so each
  // new binding would re-prepare the statement (a fifth of a candidate query's time at 1M events).
  const limit = limitOf(q);
  const order = ordered ? `ORDER BY e.event_date, e.seq LIMIT ${limit}` : `LIMIT ${limit + 1}`;
  if (!q.bbox) {
    // Without a box the date index is the tightest there is. It bounds an event's dates, not its
    // window (widened by its precision), so the windows of the events in those bounds are tested
    // here before the limit is taken, and only the events that pass are read. At most
    // BOUNDS_READ times the limit are read in those bounds, so a busy country costs a bounded scan.
    const bounds = `e.event_date <= date(?, '+${PAD} days') AND e.event_date >= date(?, '-${PAD + LONGEST_WINDOW_DAYS} days') AND max(e.event_date, e.date_last) >= date(?, '-${PAD} days')`;
    const dated = stmt(db, `SELECT e.seq, e.event_date, e.event_date_end, e.time_precision FROM events e WHERE ${bounds} AND ${where.sql} ORDER BY e.event_date, e.seq LIMIT ${limit * BOUNDS_READ}`)
      .all(q.to, q.from, q.from, ...where.params) as Array<{ seq: number } & Dated>;
    const seqs = dated.filter((e) => windowMeets(e, q.from, q.to)).slice(0, ordered ? limit : limit + 1).map((e) => e.seq);
    return stmt(db, `SELECT ${select} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?)) ORDER BY e.event_date, e.seq`)
      .raw(raw)
      .all(JSON.stringify(seqs));
  }
  // With a box, the (lon, lat, day) R*Tree holds each event's own widened window (migration 082),
  // so it answers space and time at once and exactly: only the events whose days meet the
  // query's are read. CROSS JOIN keeps it the outer loop.
  const day = 'julianday(?) - 2440587.5';
  const inBox = `SELECT id FROM events_rtree_days WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?
    AND min_day <= ${day} AND max_day >= ${day} AND min_day >= ${day} - ${PAD + LONGEST_WINDOW_DAYS}`;
  const boxes = splitBox(q.bbox);
  return stmt(db, `SELECT ${select} FROM (${boxes.map(() => inBox).join(' UNION ')}) r CROSS JOIN events e ON e.seq = r.id WHERE ${where.sql} ${order}`)
    .raw(raw)
    .all(...boxes.flatMap(([w, s, e, n]) => [e, w, n, s, q.to, q.from, q.from]), ...where.params);
}

/** How far an event's window may reach past its dates (days). */
const PAD = MAX_HALF_WINDOW_DAYS;

