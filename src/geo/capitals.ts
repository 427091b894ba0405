// A country's capital as the point of an event known only at country level. ACLED codes such an
// event at the capital with geo_precision 3, as it codes a province-level event at the
// province's seat (admin-areas.ts); without a point the event is missing from maps and GeoJSON.

import type { Gazetteer, Place, PlaceMention } from './types.ts';
import { MemoryGazetteer } from './memory-gazetteer.ts';

const capitals = new WeakMap<MemoryGazetteer, Map<string, Place>>();

/** The capital (PPLC; the most populous when a dump lists several) of a country in the gazetteer, or null. */
export function countryCapital(gz: Gazetteer, iso3: string): Place | null {
  if (!(gz instanceof MemoryGazetteer)) return null;
  let byIso3 = capitals.get(gz);
  if (!byIso3) {
    byIso3 = new Map();
    for (const p of gz.places) {
      if (p.feature_code !== 'PPLC') continue;
      const cur = byIso3.get(p.iso3);
      if (!cur || p.population > cur.population) byIso3.set(p.iso3, p);
    }
    capitals.set(gz, byIso3);
  }
  return byIso3.get(iso3) ?? null;
}

/** The place of an event whose text names its country but no place: the capital, precision 3,
 *  low confidence, no text span of its own (start = end = 0). */
export function countryLevelPlace(gz: Gazetteer, iso3: string): PlaceMention | null {
  const capital = countryCapital(gz, iso3);
  return capital ? { start: 0, end: 0, text: '', place: capital, geo_precision: 3, confidence: 0.3, rule: 'geo/country-capital' } : null;
}
