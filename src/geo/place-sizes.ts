// Per-place numbers the country vote, accept.ts and resolve.ts read for every candidate, in typed arrays built once per
// gazetteer (at load, build.ts), indexed like the gazetteer's places.
//
// Why: a common name has hundreds of candidates with GeoNames, and on this kind of machine each
// first touch of a Place object (and of the strings it points to) is a cache and TLB miss,
// ~0.2-1.5 us. The vote's size term needs the place's population, feature code and admin level
// (votingPopulation) and its country: read from two dense arrays, a candidate that cannot beat
// its country's best so far is skipped without touching its Place at all.

import type { Place } from './types.ts';
import { effectivePopulation, votingPopulation } from './accept.ts';
import { POSTAL_CODE } from './postal-places.ts';

export interface PlaceSizes {
  /** (1 + log10(votingPopulation + 1)) / 8: a candidate's weight in the country vote before cues;
   *  0 for a post office's village (load-postal.ts), which is no evidence of its country. */
  vote: Float64Array;
  /** Index into `iso3s` of the place's country. */
  country: Int32Array;
  iso3s: string[];
  /** Index into `iso3s` of each country. */
  byIso3: ReadonlyMap<string, number>;
  /** Per place, the FLAG bits below that it has. */
  flags: Uint8Array;
  /** log10(effectivePopulation + 1) * 0.35: the size term of resolve.ts's score. */
  sizeScore: Float64Array;
}

/** The index into `iso3s` of a country, -1 when no place lies in it (no `country` entry equals it). */
export function countryCode(sizes: PlaceSizes, iso3: string): number {
  return sizes.byIso3.get(iso3) ?? -1;
}

// Bits of PlaceSizes.flags: what accept.ts and resolve.ts ask of every candidate of a span (a
// fold's hits run to thousands with GeoNames), answered without reading the Places.
/** A settlement or spot (no admin area) of 100,000 people or more (effectivePopulation), which
 *  stays a candidate outside the text's country (resolve.ts: "talks in Moscow"). */
export const FLAG_BIG_ABROAD = 1;
/** effectivePopulation of 20,000 or more. */
export const FLAG_TOWN = 2;
/** effectivePopulation of 1,000 or more. */
export const FLAG_HAMLET = 4;
/** A listed population of 100,000 or more. */
export const FLAG_CITY = 8;
/** An admin area (feature class A). */
export const FLAG_ADMIN = 16;
/** A first-level admin area (feature code ADM1). */
export const FLAG_PROVINCE = 32;
/** Weight of log10(population) in resolve.ts's score. */
export const SIZE_SCORE = 0.35;

const tables = new WeakMap<readonly Place[], PlaceSizes>();

/** The tables of a places array, built on first use (a gazetteer's loader builds them ahead). */
export function placeSizes(places: readonly Place[]): PlaceSizes {
  let t = tables.get(places);
  if (t === undefined || t.vote.length !== places.length) {
    t = buildSizes(places);
    tables.set(places, t);
  }
  return t;
}

/** Drops the tables of a places array whose places changed (a merge raised a population). */
export function forgetPlaceSizes(places: readonly Place[]): void {
  tables.delete(places);
}

function buildSizes(places: readonly Place[]): PlaceSizes {
  const vote = new Float64Array(places.length);
  const country = new Int32Array(places.length);
  const flags = new Uint8Array(places.length);
  const sizeScore = new Float64Array(places.length);
  const iso3s: string[] = [];
  const byIso3 = new Map<string, number>();
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    vote[i] = p.feature_code === POSTAL_CODE ? 0 : (1 + Math.log10(votingPopulation(p) + 1)) / 8;
    const population = effectivePopulation(p);
    const admin = p.feature_class === 'A';
    flags[i] =
      (!admin && population >= 100000 ? FLAG_BIG_ABROAD : 0) |
      (population >= 20000 ? FLAG_TOWN : 0) |
      (population >= 1000 ? FLAG_HAMLET : 0) |
      (p.population >= 100000 ? FLAG_CITY : 0) |
      (admin ? FLAG_ADMIN : 0) |
      (p.feature_code === 'ADM1' ? FLAG_PROVINCE : 0);
    sizeScore[i] = Math.log10(population + 1) * SIZE_SCORE;
    let c = byIso3.get(p.iso3);
    if (c === undefined) {
      c = iso3s.length;
      iso3s.push(p.iso3);
      byIso3.set(p.iso3, c);
    }
    country[i] = c;
  }
  return { vote, country, iso3s, byIso3, flags, sizeScore };
}

