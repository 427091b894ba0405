// Reading events: keyset-paginated lists, counts, a server-side cursor for streaming, the
// aggregates behind the dashboard's charts, and merge candidate search.

import type { Page, SitrepEvent } from '../../core/types.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { AggregateBy, AggregateRow, CandidateQuery, EventQuery, MapPoint } from '../store.ts';
import type { Db } from './db.ts';
import { BOUNDS_READ, LONGEST_WINDOW_DAYS, MAX_HALF_WINDOW_DAYS, windowMeets } from '../../merge/window.ts';
import { clampLimit, dimensionWhere, eventWhere, Params, SORTS, whereSql } from './query.ts';
import { edgeWheres, grainsOf, rollupFor, rollupSource } from './rollups.ts';

export async function listEvents(db: Db, q: EventQuery): Promise<Page<SitrepEvent>> {
  const limit = clampLimit(q.limit);
  const sort = SORTS[q.sort ?? '-date'] ?? SORTS['-date'];
  const p = new Params();
  const w = eventWhere(q, p);
  if (q.cursor) {
    const [value, seq] = decodeCursor(q.cursor);
    w.push(`(e.${sort.col}, e.seq) ${sort.dir === 'ASC' ? '>' : '<'} (${p.add(value)}::${sort.cast}, ${p.add(seq)}::bigint)`);
  }
  const rows = await db.q<{ data: SitrepEvent; seq: number; key: string | number }>(
    `SELECT e.data, e.seq, e.${sort.col} AS key FROM events e ${whereSql(w)}
     ORDER BY e.${sort.col} ${sort.dir}, e.seq ${sort.dir} LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map((r) => r.data), next_cursor: more && last ? encodeCursor([last.key, last.seq]) : null };
}

export async function countEvents(db: Db, q: EventQuery): Promise<number> {
  const p = new Params();
  // A rollup grain sums the same events (rollups.ts).
  const rollup = rollupFor(q, null, await grainsOf(db));
  let sql = rollup
    ? `SELECT coalesce(sum(e.events), 0)::bigint AS n FROM ${rollupSource(rollup, p)} e ${whereSql(dimensionWhere({ ...q, ...rollup.within }, p))}`
    : `SELECT count(*) AS n FROM events e ${whereSql(eventWhere(q, p))}`;
  // The edge days of a split window, counted from the event rows.
  if (rollup?.within) {
    const edges = edgeWheres(q, rollup.within, p).map((edge) => ` UNION ALL SELECT count(*) FROM events e ${whereSql([...eventWhere(q, p), edge])}`);
    sql = `SELECT sum(n)::bigint AS n FROM (${sql}${edges.join('')}) t`;
  }
  const [row] = await db.q<{ n: number }>(sql, p.values);
  return row.n;
}

/**
 * Every matching event in sort order through a server-side cursor (DECLARE ... FETCH in a
 * read-only transaction on one connection): one query, bounded memory, a consistent snapshot.
 */
export async function* streamEvents(db: Db, q: EventQuery, batch = 1000): AsyncIterable<SitrepEvent> {
  const sort = SORTS[q.sort ?? '-date'] ?? SORTS['-date'];
  const p = new Params();
  const w = eventWhere(q, p);
  const c = await db.pool.connect();
  let ok = false;
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await c.query(
      `DECLARE sitrep_stream NO SCROLL CURSOR FOR SELECT e.data FROM events e ${whereSql(w)}
       ORDER BY e.${sort.col} ${sort.dir}, e.seq ${sort.dir}`,
      p.values,
    );
    for (;;) {
      const { rows } = await c.query<{ data: SitrepEvent }>(`FETCH ${batch} FROM sitrep_stream`);
      for (const r of rows) yield r.data;
      if (rows.length < batch) break;
    }
    await c.query('COMMIT');
    ok = true;
  } finally {
    // A consumer that stops early (break) lands here too: end the transaction, free the client.
    if (!ok) await c.query('ROLLBACK').catch(() => {});
    c.release();
  }
}

/** Bucket expressions for date and field aggregates (weeks start on Monday, ISO). */
const BUCKETS: Partial<Record<AggregateBy, string>> = {
  day: 'e.event_date',
  week: `date_trunc('week', e.event_date)::date`,
  month: `date_trunc('month', e.event_date)::date`,
  event_type: 'e.event_type',
  sub_event_type: 'e.sub_event_type',
  country: 'e.country',
  admin1: 'e.admin1',
};

export async function aggregate(db: Db, q: EventQuery, by: AggregateBy): Promise<AggregateRow[]> {
  const p = new Params();
  const rollup = rollupFor(q, by, await grainsOf(db));
  const byDate = by === 'day' || by === 'week' || by === 'month';
  // Byte order for ties ("C"), as SQLite compares, whatever the database's collation.
  const order = byDate ? 'key ASC' : 'events DESC, t.key COLLATE "C" ASC';
  let sql: string;
  if (rollup) {
    // The same groups summed from the rollup (rollups.ts), over the whole units of a split
    // window plus its edge days from the event rows. Unfolded -1 deltas can empty a group:
    // HAVING keeps it out, as the event rows would.
    const expr = rollup.kind === 'day' ? BUCKETS[by] : 'e.key';
    if (!expr) throw new Error(`unknown aggregate: ${by}`);
    sql = `SELECT ${expr} AS key, sum(e.events) AS events, sum(e.fatalities) AS fatalities
      FROM ${rollupSource(rollup, p)} e ${whereSql(dimensionWhere({ ...q, ...rollup.within }, p))} GROUP BY 1`;
    for (const edge of rollup.within ? edgeWheres(q, rollup.within, p) : []) sql += ` UNION ALL ${eventGroups(by, [...eventWhere(q, p), edge])}`;
    sql = `SELECT key, sum(events)::int AS events, sum(fatalities)::int AS fatalities FROM (${sql}) g GROUP BY 1 HAVING sum(events) <> 0`;
  } else sql = eventGroups(by, eventWhere(q, p));
  const limit = !byDate && q.limit ? ` LIMIT ${p.add(clampLimit(q.limit, 100_000))}` : '';
  // Dates are grouped as dates (cheap) and formatted once per bucket.
  const key = byDate ? `to_char(t.key, 'YYYY-MM-DD') AS key` : 't.key';
  return db.q<AggregateRow>(`SELECT ${key}, t.events, t.fatalities FROM (${sql}) t ORDER BY t.${order}${limit}`, p.values);
}

/** Events matching w (alias e) grouped by `by`: key, events, fatalities. */
function eventGroups(by: AggregateBy, w: string[]): string {
  if (by === 'actor') {
    // Main actors only (actor1/actor2, ";"-separated lists split); an actor counted once per event.
    return `SELECT a.name AS key, count(*)::int AS events, coalesce(sum(e.fatalities), 0)::int AS fatalities
      FROM events e CROSS JOIN LATERAL (
        SELECT DISTINCT trim(n) AS name FROM unnest(string_to_array(e.actor1 || ';' || e.actor2, ';')) AS n WHERE trim(n) <> ''
      ) a ${whereSql(w)} GROUP BY a.name`;
  }
  if (by === 'actor_pair') {
    // Unordered pair "A | B" (byte order), so A-vs-B and B-vs-A count together.
    return `SELECT CASE WHEN e.actor1 COLLATE "C" <= e.actor2 COLLATE "C" THEN e.actor1 || ' | ' || e.actor2
        ELSE e.actor2 || ' | ' || e.actor1 END AS key,
      count(*)::int AS events, coalesce(sum(e.fatalities), 0)::int AS fatalities
      FROM events e ${whereSql([...w, `e.actor1 <> ''`, `e.actor2 <> ''`])} GROUP BY 1`;
  }
  const expr = BUCKETS[by];
  if (!expr) throw new Error(`unknown aggregate: ${by}`);
  return `SELECT ${expr} AS key, count(*)::int AS events, coalesce(sum(e.fatalities), 0)::int AS fatalities
    FROM events e ${whereSql(w)} GROUP BY 1`;
}

/**
 * Events whose own window (merge/window.ts dateWindow: widened by its time precision) meets
 * [from, to], in the bbox or country, hidden ones excluded, earliest first. The date index bounds
 * an event's dates, not its window (which reaches at most half a month past them and lasts at
 * most two months), so the windows of the events in those bounds are tested here before the
 * limit is taken.
 */
export async function findCandidates(db: Db, q: CandidateQuery): Promise<SitrepEvent[]> {
  const p = new Params();
  const w = eventWhere({ bbox: q.bbox ?? undefined, country: q.country }, p);
  const pad = MAX_HALF_WINDOW_DAYS;
  w.push(
    `e.event_date <= ${p.add(q.to)}::date + ${pad}`,
    `e.event_date >= ${p.add(q.from)}::date - ${pad + LONGEST_WINDOW_DAYS}`,
    `greatest(e.event_date, e.date_last) >= ${p.add(q.from)}::date - ${pad}`,
  );
  const limit = clampLimit(q.limit ?? 200, 10_000);
  const rows = await db.q<{ data: SitrepEvent }>(`SELECT e.data FROM events e ${whereSql(w)} ORDER BY e.event_date, e.seq LIMIT ${limit * BOUNDS_READ}`, p.values);
  return rows
    .map((r) => r.data)
    .filter((e) => windowMeets(e, q.from, q.to))
    .slice(0, limit);
}

/** Map markers: the columns a marker needs, largest toll first (as the SQLite store). */
export async function mapPoints(db: Db, q: EventQuery, limit: number): Promise<MapPoint[]> {
  const p = new Params();
  const w = eventWhere(q, p);
  w.push('e.geom IS NOT NULL');
  return db.q<MapPoint>(
    `SELECT e.id, ST_Y(e.geom) AS latitude, ST_X(e.geom) AS longitude, e.event_type, e.fatalities,
       to_char(e.event_date, 'YYYY-MM-DD') AS event_date, e.data->>'location' AS location
     FROM events e ${whereSql(w)} ORDER BY e.fatalities DESC, e.seq DESC LIMIT ${p.add(Math.max(0, Math.floor(limit)))}`,
    p.values,
  );
}
