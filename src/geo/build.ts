// Assembles gazetteers: the default sources, plus GeoNames dumps and an imported gazetteer
// database when asked. The default is built once per process (a few seconds) and shared.

import { AdminNames } from './admin-names.ts';
import { addAdminAreas, fillMissingAdmin1, moveAreasToSeats } from './admin-areas.ts';
import { loadCities500, loadCitiesJson, loadSupplement } from './default-sources.ts';
import { loadDumps } from './load-dump.ts';
import { loadGazetteerDb } from './db.ts';
import { MemoryGazetteer, type GazetteerSnapshot } from './memory-gazetteer.ts';
import { cacheKey, readCache, writeCache } from './cache.ts';

export interface LoadOptions {
  /** GeoNames dump files or folders of them. */
  files?: string[];
  /** An imported gazetteer database (sitrep gazetteer import). */
  db?: string | null;
}

function build(opts: LoadOptions): MemoryGazetteer {
  const key = cacheKey([...(opts.files ?? []), ...(opts.db ? [opts.db] : [])]);
  const cached = readCache<GazetteerSnapshot>(key);
  if (cached) return MemoryGazetteer.fromSnapshot(cached);
  const gz = new MemoryGazetteer();
  const admin = AdminNames.fromCitiesJson();
  loadCities500(gz, admin);
  loadCitiesJson(gz, admin);
  if (opts.files?.length) loadDumps(gz, opts.files, admin);
  if (opts.db) loadGazetteerDb(gz, opts.db, admin);
  // The supplement last, so it merges into places the dumps already have.
  loadSupplement(gz);
  fillMissingAdmin1(gz);
  addAdminAreas(gz);
  moveAreasToSeats(gz);
  writeCache(key, gz.snapshot());
  return gz;
}

let defaultGz: MemoryGazetteer | null = null;
const cache = new Map<string, MemoryGazetteer>();

export function loadDefaultGazetteer(): MemoryGazetteer {
  defaultGz ??= build({});
  return defaultGz;
}

export function loadGazetteer(opts: LoadOptions = {}): MemoryGazetteer {
  if (!opts.files?.length && !opts.db) return loadDefaultGazetteer();
  const key = JSON.stringify([opts.files ?? [], opts.db ?? null]);
  let gz = cache.get(key);
  if (!gz) {
    gz = build(opts);
    cache.set(key, gz);
  }
  return gz;
}
