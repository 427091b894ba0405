// Writing events and reports in bulk: rows go to the server as ONE jsonb parameter and are
// unpacked there with jsonb_to_recordset, so a 20,000-event ingest is one parameterised
// statement per table rather than 20,000 round trips, and no value is ever spliced into SQL.

import type { Report, SitrepEvent } from '../../core/types.ts';
import { actorRoles, searchBody } from '../sqlite/rows.ts';
import type { Queryable } from './db.ts';

function eventRow(ev: SitrepEvent) {
  const hasPoint = typeof ev.latitude === 'number' && typeof ev.longitude === 'number';
  return {
    id: ev.id,
    event_date: ev.event_date,
    date_last: ev.event_date_end || ev.event_date,
    event_type: ev.event_type,
    sub_event_type: ev.sub_event_type,
    iso3: ev.iso3 ?? '',
    country: ev.country ?? '',
    admin1: ev.admin1 ?? '',
    actor1: ev.actor1 ?? '',
    actor2: ev.actor2 ?? '',
    // One name per line: the actor filter matches within a name, as SQLite's actors table does.
    actor_names: [...new Set(actorRoles(ev).map((a) => a.name.toLowerCase()))].join('\n'),
    fatalities: ev.fatalities ?? 0,
    status: ev.status,
    lon: hasPoint ? ev.longitude : null,
    lat: hasPoint ? ev.latitude : null,
    search: searchBody(ev, (ev.evidence ?? []).map((e) => e.text)).slice(0, 500_000),
    data: ev,
  };
}

const CHUNK = 5000;

/** Inserts events, or replaces them when their id exists (recomputed after attach/merge/edit). */
export async function writeEvents(c: Queryable, events: SitrepEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    const rows = events.slice(i, i + CHUNK).map(eventRow);
    await c.query(
      `INSERT INTO events AS e (id, event_date, date_last, event_type, sub_event_type, iso3, country, admin1,
         actor1, actor2, actor_names, fatalities, status, geom, search, data, created_at, updated_at)
       SELECT r.id, r.event_date::date, r.date_last::date, r.event_type, r.sub_event_type, r.iso3, r.country,
         r.admin1, r.actor1, r.actor2, r.actor_names, r.fatalities, r.status,
         CASE WHEN r.lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) END,
         to_tsvector('simple', sitrep_fold(r.search)), r.data,
         (r.data->>'created_at')::timestamptz, (r.data->>'updated_at')::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, event_date text, date_last text, event_type text,
         sub_event_type text, iso3 text, country text, admin1 text, actor1 text, actor2 text, actor_names text,
         fatalities integer, status text, lon double precision, lat double precision, search text, data jsonb)
       ON CONFLICT (id) DO UPDATE SET event_date = EXCLUDED.event_date, date_last = EXCLUDED.date_last,
         event_type = EXCLUDED.event_type, sub_event_type = EXCLUDED.sub_event_type, iso3 = EXCLUDED.iso3,
         country = EXCLUDED.country, admin1 = EXCLUDED.admin1, actor1 = EXCLUDED.actor1, actor2 = EXCLUDED.actor2,
         actor_names = EXCLUDED.actor_names, fatalities = EXCLUDED.fatalities, status = EXCLUDED.status,
         geom = EXCLUDED.geom, search = EXCLUDED.search, data = EXCLUDED.data, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
  }
}

/** Inserts reports (immutable claims) linked to their events, in the order given. */
export async function writeReports(c: Queryable, reports: Array<{ report: Report; event_id: string; ord: number }>): Promise<void> {
  for (let i = 0; i < reports.length; i += CHUNK) {
    const rows = reports.slice(i, i + CHUNK).map(({ report, event_id, ord }, n) => ({ id: report.id, document_id: report.document_id, event_id, ord, data: report, n }));
    // Link numbers are drawn in the order given (ORDER BY n): that order is the link order.
    await c.query(
      `INSERT INTO reports (id, document_id, event_id, ord, data)
       SELECT r.id, r.document_id, r.event_id, r.ord, r.data
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, document_id text, event_id text, ord integer, data jsonb, n integer)
       ORDER BY r.n`,
      [JSON.stringify(rows)],
    );
  }
}
