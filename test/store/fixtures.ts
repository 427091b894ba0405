// Small hand-made documents and reports for the store contract suite (synthetic text).

import { createHash } from 'node:crypto';
import type { NewDocument, Report } from '../../src/core/types.ts';

export function doc(text: string, over: Partial<NewDocument> = {}): NewDocument & { content_hash: string } {
  return {
    text,
    kind: 'text',
    title: over.title ?? text.slice(0, 30),
    source: 'Test Wire',
    published: '2020-05-10',
    ...over,
    content_hash: createHash('sha256').update(text).digest('hex'),
  };
}

let n = 0;

/** A report whose evidence points into `text` (the notes are the whole text). */
export function report(text: string, over: Partial<Report> = {}): Report {
  const at = (field: string, s: string) => {
    const start = Math.max(0, text.indexOf(s));
    return { field, document_id: '', start, end: start + s.length, text: text.slice(start, start + s.length) };
  };
  const location = over.location ?? 'Misrata';
  return {
    id: `r${++n}`,
    document_id: '',
    event_date: '2020-05-01',
    time_precision: 1,
    event_date_end: null,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Libya',
    assoc_actor_1: '',
    inter1: 1,
    actor2: 'Wagner Group',
    assoc_actor_2: '',
    inter2: 8,
    interaction: 18,
    civilian_targeting: '',
    iso3: 'LBY',
    country: 'Libya',
    admin1: 'Misrata',
    admin2: 'Misrata',
    location,
    latitude: 32.37,
    longitude: 15.09,
    geo_precision: 1,
    fatalities: 2,
    fatalities_min: 2,
    fatalities_max: 2,
    injuries: null,
    displaced: null,
    notes: text,
    source: 'Test Wire',
    confidence: { overall: 0.8, event_date: 0.9, location: 0.7, event_type: 0.8, actor1: 0.8 },
    evidence: [at('location', location), at('notes', text)],
    rules: ['fixture'],
    ...over,
  };
}

/** Six events spread over countries, types, dates, places and tolls. */
export function corpus(): Array<{ doc: NewDocument & { content_hash: string }; reports: Report[] }> {
  const items: Array<[string, Partial<Report>, Partial<NewDocument>?]> = [
    ['Clashes in Misrata left two fighters dead.', {}],
    ['A drone strike hit a farm near Tarhuna, killing five.', { event_date: '2020-05-03', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', location: 'Tarhuna', admin1: 'Murqub', latitude: 32.43, longitude: 13.63, fatalities: 5, fatalities_min: 5, fatalities_max: 6, actor2: '', inter2: 0, interaction: 10 }],
    ['Protesters gathered in Bamako demanding elections.', { event_date: '2020-04-28', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Mali)', inter1: 6, actor2: '', inter2: 0, interaction: 60, iso3: 'MLI', country: 'Mali', admin1: 'Bamako', admin2: 'Bamako', location: 'Bamako', latitude: 12.65, longitude: -8.0, fatalities: 0, fatalities_min: 0, fatalities_max: 0 }],
    ['Gunmen abducted a teacher in Mopti during the month.', { event_date: '2020-05-01', event_date_end: '2020-05-31', time_precision: 3, event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', actor1: 'Unidentified Armed Group (Mali)', inter1: 3, actor2: 'Civilians (Mali)', inter2: 7, interaction: 37, civilian_targeting: 'Civilian targeting', iso3: 'MLI', country: 'Mali', admin1: 'Mopti', admin2: 'Mopti', location: 'Mopti', latitude: 14.49, longitude: -4.19, fatalities: 0, fatalities_min: 0, fatalities_max: 0 }],
    ['Shelling in Donetsk killed three civilians and injured seven.', { event_date: '2020-05-07', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Russia', assoc_actor_1: 'DPR: Donetsk People\'s Republic', inter1: 8, actor2: 'Civilians (Ukraine)', inter2: 7, interaction: 78, civilian_targeting: 'Civilian targeting', iso3: 'UKR', country: 'Ukraine', admin1: 'Donetsk', admin2: 'Donetskyi', location: 'Donetsk', latitude: 48.0, longitude: 37.8, fatalities: 3, fatalities_min: 3, fatalities_max: 3, injuries: 7 }],
    ['Fighting near Sirte killed twelve on both sides.', { event_date: '2020-05-09', location: 'Sirte', admin1: 'Sirte', admin2: 'Sirte', latitude: 31.2, longitude: 16.59, fatalities: 12, fatalities_min: 10, fatalities_max: 20, actor2: 'Government of National Accord', inter2: 1, interaction: 11 }],
  ];
  return items.map(([text, over, docOver]) => ({ doc: doc(text, docOver), reports: [report(text, over)] }));
}
