// An invented report of a strike in an invented town (our own words), saved as its own event:
// the fixture the review, proposal and dashboard tests build their pairs from.

import { createHash } from 'node:crypto';
import type { Report } from '../../src/core/types.ts';
import type { Placement, Store } from '../../src/store/store.ts';

/** Saves `text` as a document with one strike report; the source is the text's first words. */
export async function strikeEvent(store: Store, text: string, fatalities: number, placement?: Placement, sourceChars = 12): Promise<string> {
  const content_hash = createHash('sha256').update(text).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const source = text.slice(0, sourceChars);
  const r: Report = {
    id: `${document_id}:r0`, document_id, event_date: '2021-03-03', time_precision: 1, event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike', actor1: 'Unidentified Military Forces', assoc_actor_1: '', inter1: 8, actor2: 'Civilians (Libya)',
    assoc_actor_2: '', inter2: 7, interaction: 78, civilian_targeting: 'Civilian targeting', iso3: 'LBY', country: 'Libya', admin1: 'Qasr Region',
    admin2: '', location: 'Qasr Town', latitude: 30.5, longitude: 17.25, geo_precision: 1, fatalities, fatalities_min: fatalities,
    fatalities_max: fatalities, injuries: null, displaced: null, notes: text, source, confidence: { overall: 0.7 }, evidence: [],
  };
  return (await store.saveIngest({ kind: 'text', text, content_hash, source }, [r], placement ? [placement] : undefined)).events[0]!.id;
}
