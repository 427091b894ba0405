// One shared copy of each repeated string field of the places (country codes, admin names,
// feature codes), applied to a gazetteer read back from its disk cache (memory-gazetteer.ts).

import type { Place } from './types.ts';

/** A V8 snapshot gives every place its own copy of "Aleppo Governorate" or "SYR". Extraction
 *  keys Maps by these fields for every candidate place (admin-area checks): a lookup by a fresh
 *  copy hashes it and compares it character by character. One shared copy per repeated value is
 *  hashed once (the admin-area lookup fell from ~3% to ~1.5% of a first pass; +50 ms loading). */
export function shareRepeatedStrings(places: Place[]): void {
  const pool = new Map<string, string>();
  const share = (v: string): string => {
    const got = pool.get(v);
    if (got !== undefined) return got;
    pool.set(v, v);
    return v;
  };
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    p.iso2 = share(p.iso2);
    p.iso3 = share(p.iso3);
    p.country = share(p.country);
    p.admin1 = share(p.admin1);
    p.admin2 = share(p.admin2);
    p.feature_class = share(p.feature_class);
    p.feature_code = share(p.feature_code);
  }
}
