// Date buckets for aggregates. Stores group by day (an index-ordered scan) and roll the days up
// into weeks and months here, which is cheaper than computing a bucket expression per event.

import type { AggregateRow } from './store.ts';

/** The first day of the ISO week (Monday) or month containing `day` (YYYY-MM-DD). */
export function periodStart(day: string, period: 'week' | 'month'): string {
  if (period === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Day rows (in date order) summed into week or month rows, in date order. */
export function rollUp(days: AggregateRow[], period: 'week' | 'month'): AggregateRow[] {
  const out = new Map<string, AggregateRow>();
  for (const r of days) {
    const key = periodStart(r.key, period);
    const row = out.get(key) ?? { key, events: 0, fatalities: 0 };
    row.events += r.events;
    row.fatalities += r.fatalities;
    out.set(key, row);
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
