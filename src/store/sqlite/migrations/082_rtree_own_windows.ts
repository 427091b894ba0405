// The R*Tree's day axis held each event's dates (event_date .. date_last), so a merge search
// had to ask for half a month around a report to find month-precise events: ~33 stored events
// read per imported row at 1,000,000 events, five in six of them days apart. It now holds each
// event's own window, widened by its time precision as the date veto widens it (merge/window.ts
// dateWindow), so a search asks for the days around the report's own (NEIGHBOURHOOD_DAYS) and
// finds those events alone. Only events with a widened window change (a day-precise date's
// window is that day).

import type { EventFields } from '../../../core/types.ts';
import type { DB } from '../db.ts';
import { dateWindow } from '../../../merge/window.ts';

export function up(db: DB): void {
  const rows = db
    .prepare(
      `SELECT e.seq, e.event_date, e.event_date_end, e.time_precision FROM events e JOIN events_rtree_days r ON r.id = e.seq
       WHERE e.time_precision <> 1 OR e.event_date_end IS NOT NULL`,
    )
    .all() as Array<{ seq: number } & Pick<EventFields, 'event_date' | 'event_date_end' | 'time_precision'>>;
  const set = db.prepare('UPDATE events_rtree_days SET min_day = julianday(?) - 2440587.5, max_day = julianday(?) - 2440587.5 WHERE id = ?');
  for (const r of rows) {
    const [from, to] = dateWindow(r);
    set.run(from, to, r.seq);
  }
}
