// Gazetteer contract shared by the default (npm GeoNames data + curated supplement) and
// user-imported GeoNames dumps. Lookups are synchronous: extraction runs on CPU in-process.

import type { GeoPrecision } from '../core/types.ts';

export interface Place {
  /** "gn:<geonameid>" for GeoNames rows, "sup:<slug>" for the curated supplement. */
  id: string;
  name: string;
  lat: number;
  lon: number;
  iso2: string;
  iso3: string;
  country: string;
  admin1: string;
  admin2: string;
  /** GeoNames feature class (P populated place, A admin area, S spot/building, L area, ...). */
  feature_class: string;
  feature_code: string;
  population: number;
  /** How many alternate names the source lists (GeoNames' alternatenames): how widely the place
   *  is written about, when its population is unknown. Absent for sources without them. */
  alternates?: number;
}

export interface Gazetteer {
  /** Places whose name or alternate name normalises to the same key as `name`. */
  lookup(name: string, opts?: { iso3?: string }): Place[];
  /** Number of places indexed (for status output). */
  size(): number;
}

/** A place named in a text, resolved (or not) against the gazetteer. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place | null;
  geo_precision: GeoPrecision;
  confidence: number;
  /** How it was resolved, e.g. "exact-name", "admin1-fallback", "supplement". */
  rule: string;
  /** How the text introduces it: "in", "near", "village", "district" (a locating cue), "from"/"to"
   *  (origin or destination), "name-part" (inside a longer capitalised name), or "". */
  cue?: string;
  /** The word after the name that says what it is ("district", "village"), or "". */
  kind?: string;
}
