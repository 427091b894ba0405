// GeoNames dump rows -> gazetteer places, with admin codes turned into admin names.

import type { Place } from './types.ts';
import { makePlace } from './place.ts';
import { countryByIso2 } from './countries.ts';
import type { AdminNames } from './admin-names.ts';
import type { DumpRow } from './dump.ts';
import { dumpFiles, forEachLine, parseDumpLine, readDump } from './dump.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { isPostalFile, loadPostal } from './load-postal.ts';

/** Feature classes worth naming in conflict reporting: populated places, admin areas, spots
 *  (airports, bases, bridges), areas, terrain, roads, water (wadis). Vegetation and undersea go. */
const KEPT_CLASSES = new Set(['P', 'A', 'S', 'L', 'T', 'R', 'H', '']);

export function placeFromRow(row: DumpRow, admin: AdminNames): Place | null {
  if (!KEPT_CLASSES.has(row.feature_class)) return null;
  if (row.feature_class === 'A' && !/^ADM[1-3]$|^PCL/.test(row.feature_code)) return null;
  const country = countryByIso2(row.country_code);
  if (!country) return null;
  const iso2 = country.iso2;
  let admin1 = admin.get(iso2, row.admin1_code);
  let admin2 = admin.get(iso2, row.admin1_code, row.admin2_code);
  // An admin area is its own admin1/admin2 when the export left its codes empty.
  if (row.feature_code === 'ADM1' && !admin1) admin1 = admin.admin1Named(iso2, [row.name, row.asciiname, ...row.alternatenames]) || row.name;
  if (row.feature_code === 'ADM2' && !admin2) admin2 = row.name;
  return makePlace({
    id: row.geonameid < 0 ? `wof:${-row.geonameid}` : `gn:${row.geonameid}`,
    name: row.name,
    lat: row.lat,
    lon: row.lon,
    iso2,
    iso3: country.iso3,
    country: country.name,
    admin1,
    admin2,
    feature_class: row.feature_class,
    feature_code: row.feature_code,
    population: row.population,
    alternates: row.alternatenames.length,
  });
}

export function addDumpRow(gz: MemoryGazetteer, row: DumpRow, admin: AdminNames): boolean {
  const place = placeFromRow(row, admin);
  if (!place) return false;
  gz.add(place, [row.asciiname, ...row.alternatenames], row.geonameid, 1);
  return true;
}

/** Loads dump files (or folders of them) into the gazetteer; a folder's admin code files first.
 *  A postal-code dump (12 columns) is told apart by its first line and read by load-postal.ts. */
export function loadDumps(gz: MemoryGazetteer, paths: string[], admin: AdminNames): number {
  let added = 0;
  for (const p of paths) {
    const files = dumpFiles(p);
    if (files.length > 1 || files[0] !== p) admin.addCodeFiles(p);
    for (const file of files) {
      if (isPostalFile(file)) {
        added += loadPostal(gz, file, admin);
        continue;
      }
      learnAdminRows(file, admin);
      readDump(file, (row) => {
        if (addDumpRow(gz, row, admin)) added++;
      });
    }
  }
  return added;
}

/** A dump's own ADM1/ADM2 rows name its admin codes when no code table is at hand: a first,
 *  cheap pass over the file (only those rows are parsed). Code tables, when present, win. */
export function learnAdminRows(file: string, admin: AdminNames): void {
  forEachLine(file, (line) => {
    if (!line.includes('\tADM1\t') && !line.includes('\tADM2\t')) return;
    const row = parseDumpLine(line);
    if (row) learnAdminRow(row, admin);
  });
}

export function learnAdminRow(row: DumpRow, admin: AdminNames): void {
  if (row.feature_code === 'ADM1' && row.admin1_code) admin.set(`${row.country_code}.${row.admin1_code}`, row.name);
  if (row.feature_code === 'ADM2' && row.admin1_code && row.admin2_code) {
    admin.set(`${row.country_code}.${row.admin1_code}.${row.admin2_code}`, row.name);
  }
}
