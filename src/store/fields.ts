// The event fields every store keeps as columns, in one list (ACLED's names where ACLED has one).

import type { EventFields } from '../core/types.ts';

/** EventFields stored as columns, in table order. */
export const EVENT_COLUMNS = [
  'event_date', 'event_date_end', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'civilian_targeting', 'iso3', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max',
  'injuries', 'displaced', 'notes', 'source', 'region', 'source_scale', 'tags',
] as const satisfies ReadonlyArray<keyof EventFields>;


/** What merge screening reads of a stored event (store.ts CandidateSketch), in this order. */
export const SKETCH_FIELDS = ['id', 'status', 'iso3', 'event_date', 'event_date_end', 'time_precision', 'latitude', 'longitude', 'geo_precision', 'notes'] as const;
