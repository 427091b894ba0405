// Which queries a rollup can answer, the same in every store: rollups sum the visible events
// by date window, place and type (and main actor or actor pair), so any other filter needs the
// event rows.

import type { EventQuery } from './store.ts';

/** True when every filter of q is a rollup dimension (dates, country, admin1, type, sub-type). */
export function rollupCovers(q: EventQuery): boolean {
  return !(q.actor || q.fatalities_min != null || q.fatalities_max != null || q.bbox || q.text || q.status || q.include_hidden || q.document_id);
}
