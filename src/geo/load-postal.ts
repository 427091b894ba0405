// GeoNames postal-code dumps (download.geonames.org/export/zip, XX.txt: 12 tab-separated columns,
// one post office a line) as populated places. They name villages the place dumps lack (India has
// ~155,000 post offices, cities500 a few thousand towns), but their points are rougher (many
// share their district's point, a few lie hundreds of km off) and one village may have several
// offices. So: names lose the office suffixes, far points go, a district's offices of one name
// become one place, a place the gazetteer already has only gains nothing but its admin1, and
// the rest rank below every real place (POSTAL_CODE, resolve.ts).

import { closeSync, openSync, readSync } from 'node:fs';
import type { Place } from './types.ts';
import { makePlace } from './place.ts';
import type { AdminNames } from './admin-names.ts';
import { forEachLine } from './dump.ts';
import { distanceKm } from './distance.ts';
import { foldKey, normName } from './normalize.ts';
import { KINDS_AFTER, isCommonWord } from './span.ts';
import { countryByIso2, countryByName } from './countries.ts';
import { editDistance } from './misspelt.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { POSTAL_CODE } from './postal-places.ts';
import { PlaceGrid } from './place-grid.ts';


export interface PostalRow {
  iso2: string;
  code: string;
  name: string;
  admin1: string;
  admin1Code: string;
  admin2: string;
  admin2Code: string;
  lat: number;
  lon: number;
}

/** One line of a postal dump; null for anything else (a place dump's line has 19 columns and a
 *  numeric id first). */
export function parsePostalLine(line: string): PostalRow | null {
  const f = line.split('\t');
  if (f.length !== 12 || !/^[A-Z]{2}$/.test(f[0]!) || !f[2] || !f[9] || !f[10]) return null;
  const lat = Number(f[9]);
  const lon = Number(f[10]);
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return null;
  return { iso2: f[0]!, code: f[1]!, name: f[2]!, admin1: f[3]!, admin1Code: f[4]!, admin2: f[5]!, admin2Code: f[6]!, lat, lon };
}

/** Whether a file is a postal dump: its first line that is not blank parses as one. */
export function isPostalFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const first = buf.toString('utf8', 0, n).split('\n').find((l) => l.trim() && !l.startsWith('#'));
    return !!first && parsePostalLine(first.replace(/\r$/, '')) !== null;
  } finally {
    closeSync(fd);
  }
}

/** The office's kind after its village's name: head, sub and branch office, general post office,
 *  railway station ("Dhubri H.O", "Shahdol R.S."), and a qualifier in brackets ("Garha (Jabalpur)"). */
const OFFICE_SUFFIX = /\s*(?:\([^)]*\)|\b(?:[HSB]\.?\s?O|G\.?P\.?O|R\.?S)\b\.?)\s*$/i;
/** Offices named after an institution, a road or a quarter of a town ("High Court", "MGM Hospital",
 *  "Industrial Estate", "MG Road"): no village. */
const INSTITUTION = /\b(?:college|university|school|institute|court|hospital|secretariat|office|factory|mills?|works|project|lines|cantonment|campus|airport|station|quarters|complex|exchange|estate|road|bhawan|bhavan|camp|hostel|hq|headquarters)$/i;

/** A name without its office kind or bracketed qualifier ("Raigarh(MH)" -> "Raigarh"). */
function withoutSuffixes(office: string): string {
  let name = office.trim();
  for (let prev = ''; prev !== name; ) {
    prev = name;
    name = name.replace(OFFICE_SUFFIX, '').replace(/[.,\s]+$/, '');
  }
  return name;
}

/** A village's name from an office's: suffixes gone; '' when no village name is left. */
export function villageName(office: string): string {
  const name = withoutSuffixes(office);
  if (!name || /\d/.test(name) || INSTITUTION.test(name) || countryByName(name)) return '';
  const words = normName(name).split(' ');
  // "Surat City", "Kesamudram Town": a part of the town named before the kind word, and a longer
  // name the scan would read "Surat city" as, instead of the town itself.
  if (words.length > 1 && KINDS_AFTER.has(words[words.length - 1]!)) return '';
  // "Bank", "Station Road": a name of common words only would be read in every text.
  return words.every((w) => w.length < 2 || isCommonWord(w)) ? '' : name;
}

/** An office this far from the median point of its district's offices is misplaced: ~1% of
 *  India's lie 100-1,000 km off (a district of India spans 100-200 km; Kutch, the largest, 300). */
const FAR_KM = 100;
/** A point this many offices of different names share is a placeholder (their district's or
 *  block's point, ~35% of India's offices), no village's: measured on ACLED's Indian villages, such
 *  points lay 30-50 km off, worse than the seat of the district the text names. */
const PLACEHOLDER_NAMES = 25;
/** Offices of one name in one district within this distance are one village. */
const SAME_VILLAGE_KM = 15;
/** A postal place of a name the gazetteer has within this distance is that place, and so is one
 *  spelled one letter apart ("Mahabubnagar" / "Mahbubnagar", "Budgam" / "Badgam"): the office's
 *  spelling becomes the place's alternate name, so the rough copy never competes with it. */
const SAME_PLACE_KM = 15;

/** Admin1/admin2 names of a row: GeoNames' own codes (most postal dumps use them) when the table
 *  names the code and the row's admin1 name does not point to another admin1; else the row's names. */
function adminOf(r: PostalRow, admin: AdminNames): [string, string] {
  const byCode = admin.get(r.iso2, r.admin1Code);
  const byName = admin.admin1Named(r.iso2, [r.admin1]);
  if (byCode && (!byName || byName === byCode)) return [byCode, admin.get(r.iso2, r.admin1Code, r.admin2Code) || withoutSuffixes(r.admin2)];
  return [byName || r.admin1, withoutSuffixes(r.admin2)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Office {
  row: PostalRow;
  name: string;
  admin1: string;
  admin2: string;
}

/** Loads a postal dump into the gazetteer; returns the number of places added (not merged). */
export function loadPostal(gz: MemoryGazetteer, file: string, admin: AdminNames): number {
  const byDistrict = new Map<string, Office[]>();
  const admins = new Map<string, [string, string]>();
  forEachLine(file, (line) => {
    const row = parsePostalLine(line);
    const name = row && countryByIso2(row.iso2) ? villageName(row.name) : '';
    if (!row || !name) return;
    const ak = `${row.iso2}|${row.admin1Code}|${row.admin1}|${row.admin2Code}|${row.admin2}`;
    let a = admins.get(ak);
    if (!a) admins.set(ak, (a = adminOf(row, admin)));
    const dk = `${row.iso2}|${normName(a[0])}|${normName(a[1])}`;
    const list = byDistrict.get(dk);
    const office = { row, name, admin1: a[0], admin2: a[1] };
    if (list) list.push(office);
    else byDistrict.set(dk, [office]);
  });
  const placeholders = placeholderPoints(byDistrict.values());
  // The places loaded before the post offices that a village may be.
  const grid = new PlaceGrid(gz.places, (p) => p.feature_class === 'P' || p.feature_class === 'A');
  const provinceWords = provinceHeads(gz.places);
  let added = 0;
  for (const all of byDistrict.values()) {
    const offices = all.filter((o) => !placeholders.has(pointKey(o.row)));
    if (!offices.length) continue;
    const lat = median(offices.map((o) => o.row.lat));
    const lon = median(offices.map((o) => o.row.lon));
    for (const village of villages(offices.filter((o) => distanceKm(lat, lon, o.row.lat, o.row.lon) <= FAR_KM))) {
      if (provinceWords.has(`${village.iso2}|${normName(village.name)}`)) continue;
      const same = samePlace(gz, grid, village);
      if (same < 0) {
        gz.add(village, [], undefined, 0);
        added++;
      } else {
        gz.indexNames(same, [village.name], 0);
        if (!gz.places[same]!.admin1) gz.places[same]!.admin1 = village.admin1;
      }
    }
  }
  return added;
}

/** A province's name and its leading words, by country ("IN|arunachal" of "Arunachal Pradesh",
 *  "IN|uttar" of "Uttar Pradesh"): what texts call the province ("Arunachal's territory"), not a
 *  village of that name. */
function provinceHeads(places: Place[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const p of places) {
    if (!p.admin1 || seen.has(p.iso2 + p.admin1)) continue;
    seen.add(p.iso2 + p.admin1);
    const words = normName(p.admin1).split(' ');
    for (let n = 1; n <= words.length; n++) out.add(`${p.iso2}|${words.slice(0, n).join(' ')}`);
  }
  return out;
}

/** The gazetteer's place that a village is (see SAME_PLACE_KM), or -1. */
function samePlace(gz: MemoryGazetteer, grid: PlaceGrid, v: Place): number {
  const key = normName(v.name);
  for (const i of gz.exactIds(key)) {
    const p = gz.places[i]!;
    if (p.iso2 === v.iso2 && distanceKm(p.lat, p.lon, v.lat, v.lon) <= SAME_PLACE_KM) return i;
  }
  const fold = foldKey(key);
  if (fold.length < 5) return -1;
  for (const i of grid.around(v.lat, v.lon)) {
    const p = gz.places[i]!;
    if (p.iso2 !== v.iso2) continue;
    const other = foldKey(normName(p.name));
    if (other[0] === fold[0] && editDistance(fold, other, 1, false) <= 1 && distanceKm(p.lat, p.lon, v.lat, v.lon) <= SAME_PLACE_KM) return i;
  }
  return -1;
}

function pointKey(r: PostalRow): string {
  return `${r.lat},${r.lon}`;
}

/** The points that PLACEHOLDER_NAMES or more different names share. */
function placeholderPoints(districts: Iterable<Office[]>): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const offices of districts) {
    for (const o of offices) {
      const k = pointKey(o.row);
      let set = names.get(k);
      if (!set) names.set(k, (set = new Set()));
      set.add(o.name);
    }
  }
  const out = new Set<string>();
  for (const [k, set] of names) if (set.size >= PLACEHOLDER_NAMES) out.add(k);
  return out;
}

/** A district's offices as villages: one per name and cluster of points, at the cluster's median. */
function villages(offices: Office[]): Place[] {
  const byName = new Map<string, Office[][]>();
  for (const o of offices) {
    const key = normName(o.name);
    const clusters = byName.get(key) ?? [];
    const near = clusters.find((c) => distanceKm(c[0]!.row.lat, c[0]!.row.lon, o.row.lat, o.row.lon) <= SAME_VILLAGE_KM);
    if (near) near.push(o);
    else clusters.push([o]);
    byName.set(key, clusters);
  }
  const out: Place[] = [];
  for (const clusters of byName.values()) {
    for (const c of clusters) {
      const { row, name, admin1, admin2 } = c[0]!;
      const country = countryByIso2(row.iso2)!;
      out.push(makePlace({
        id: `post:${row.iso2}:${row.code}:${normName(name).replace(/ /g, '-')}`,
        name,
        lat: median(c.map((o) => o.row.lat)),
        lon: median(c.map((o) => o.row.lon)),
        iso2: country.iso2,
        iso3: country.iso3,
        country: country.name,
        admin1,
        admin2,
        feature_class: 'P',
        feature_code: POSTAL_CODE,
        population: 0,
        alternates: 0,
      }));
    }
  }
  return out;
}
