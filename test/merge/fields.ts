// One complete set of event fields for the merge tests: an invented clash in an invented Libyan
// town. Each test names only the fields its story differs in.

import type { EventFields } from '../../src/core/types.ts';

const CLASH: EventFields = {
  event_date: '2018-06-04', time_precision: 1, event_type: 'Battles', sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Libya (2014-) Haftar Faction', assoc_actor_1: '', inter1: 1, actor2: 'Test Town Defence Militia', assoc_actor_2: '', inter2: 3,
  interaction: 13, civilian_targeting: '', iso3: 'LBY', country: 'Libya', admin1: 'Test District', admin2: '', location: 'Test Town',
  latitude: 32.7, longitude: 22.6, geo_precision: 1, fatalities: 3, fatalities_min: 3, fatalities_max: 3, injuries: null, displaced: null,
  notes: 'Eastern forces seized the militia headquarters near the harbour of Test Town after a night of fighting.', source: 'Test Wire',
};

export function eventFields(over: Partial<EventFields> = {}): EventFields {
  return { ...CLASH, ...over };
}

/** Variations of `base`. */
export function variant(base: EventFields): (over: Partial<EventFields>) => EventFields {
  return (over) => ({ ...base, ...over });
}
