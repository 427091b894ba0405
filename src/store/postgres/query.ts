// EventQuery -> a parameterised WHERE clause, shared by list, count, stream, aggregate and
// candidate search so that a filter means the same everywhere; semantics mirror the SQLite
// store (test/store/contract.ts holds both to it). The bbox filter uses the GiST index on
// geom, text search the GIN index on search, the actor filter the trigram index.

import { splitBox, type Box } from '../box.ts';
import type { EventQuery } from '../store.ts';

export class Params {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder ($n). */
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (m) => '\\' + m);
}

/** Conditions on the columns rollup rows are keyed by (date window, place, type): a table
 *  aliased e with those columns (events, or a rollup) answers them the same way. */
export function dimensionWhere(q: EventQuery, p: Params): string[] {
  const w: string[] = [];
  // A coarse event (a week, a month) matches when its window overlaps [from, to].
  if (q.from) w.push(`e.date_last >= ${p.add(q.from)}::date`);
  if (q.to) w.push(`e.event_date <= ${p.add(q.to)}::date`);
  if (q.country) {
    const c = p.add(q.country);
    w.push(`(e.iso3 = upper(${c}) OR lower(e.country) = lower(${c}))`);
  }
  if (q.admin1) w.push(`lower(e.admin1) = lower(${p.add(q.admin1)})`);
  if (q.event_type) w.push(`e.event_type = ${p.add(q.event_type)}`);
  if (q.sub_event_type) w.push(`e.sub_event_type = ${p.add(q.sub_event_type)}`);
  return w;
}

/** Conditions on events (alias e) for every filter of q except the cursor. */
export function eventWhere(q: EventQuery, p: Params): string[] {
  const w = dimensionWhere(q, p);
  if (q.actor) w.push(`e.actor_names LIKE '%' || ${p.add(likeEscape(q.actor.toLowerCase()))} || '%'`);
  if (q.fatalities_min != null) w.push(`e.fatalities >= ${p.add(q.fatalities_min)}`);
  if (q.fatalities_max != null) w.push(`e.fatalities <= ${p.add(q.fatalities_max)}`);
  if (q.bbox) w.push(bboxWhere(q.bbox, p));
  if (q.text) {
    const tsq = tsQuery(q.text);
    w.push(tsq ? `e.search @@ to_tsquery('simple', sitrep_fold(${p.add(tsq)}))` : 'false');
  }
  if (q.status) w.push(`e.status = ${p.add(q.status)}`);
  else if (!q.include_hidden) w.push(`e.status NOT IN ('rejected', 'merged')`);
  if (q.document_id) w.push(`e.id IN (SELECT r.event_id FROM reports r WHERE r.document_id = ${p.add(q.document_id)})`);
  return w;
}

function bboxWhere(bbox: Box, p: Params): string {
  // && compares the index's float4 boxes (rounded outwards): the GiST index finds candidates and
  // the exact coordinate test decides, as in the SQLite store, so edge cases agree.
  const boxes = splitBox(bbox).map(([w, s, e, n]) => {
    const [pw, ps, pe, pn] = [p.add(w), p.add(s), p.add(e), p.add(n)];
    return `(e.geom && ST_MakeEnvelope(${pw}, ${ps}, ${pe}, ${pn}, 4326)
      AND ST_X(e.geom) BETWEEN ${pw} AND ${pe} AND ST_Y(e.geom) BETWEEN ${ps} AND ${pn})`;
  });
  return boxes.length === 1 ? boxes[0]! : `(${boxes.join(' OR ')})`;
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Free text -> tsquery text: every word must match, the last one also as a prefix (search as
 * you type), like the SQLite store's FTS5 query. Words are letters/digits only, so tsquery
 * operators in the input cannot change the query. null when there is no word.
 */
export function tsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(WORD) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

export const SORTS = {
  date: { col: 'event_date', dir: 'ASC', cast: 'date' },
  '-date': { col: 'event_date', dir: 'DESC', cast: 'date' },
  fatalities: { col: 'fatalities', dir: 'ASC', cast: 'integer' },
  '-fatalities': { col: 'fatalities', dir: 'DESC', cast: 'integer' },
} as const;

export function whereSql(w: string[]): string {
  return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

export function clampLimit(limit: number | undefined, max = 1000): number {
  if (limit === undefined || !Number.isFinite(limit)) return 50;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}
