// Admin areas as places, so "clashes in Ta'izz governorate" or a text naming only a district
// resolves to the area (geo_precision 2-3), and the admin names a text mentions can steer
// disambiguation. Areas without an ADM1/ADM2 row get the centroid of their member places.

import type { Place } from './types.ts';
import { makePlace } from './place.ts';
import { normName } from './normalize.ts';
import { distanceKm } from './distance.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { POSTAL_CODE } from './postal-places.ts';
import { PlaceGrid } from './place-grid.ts';
import { isProvinceSeat } from './named-areas.ts';

/** Generic words around admin names in GeoNames ("Rivers State", "Muhafazat Hadramaout"), in
 *  the languages the tables use ("Département de Tahoua", "Province du Yatenga", "Cercle",
 *  "Degmada", "Nomós"). Matched on the name without diacritics. */
const GENERIC =
  /\b(state|province|governorate|district|region|oblast|county|department|municipality|prefecture|division|raion|rayon|city|municipal|metropolitan|territory|muhafazat|muhafazah|wilayat|wilayah|sha'?biyat|mutasarrifiyat|mintaqat|gouvernorat|provincia|departamento|estado|region de|of|departement|prefecture|cercle|degmada|nomos|commune|ilcesi)\b/gi;
/** What is left of "Province de la Sissili", "Département du Mayo-Sava" after the generic word.
 *  Not for the Spanish tables' "Departamento de X" / "Municipio X": thousands of municipios share
 *  names with towns and neighbourhoods ("Belgrano"), and reports name them by their towns. */
const SPANISH_AREA = /^(departamento|provincia|municipio|estado)\b/i;
// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const MARKS = /\p{M}+/gu;
const LEADING_LINK = /^(?:(?:du|de|des|la|le|les|del|do|da|dos|das)\s+)+|^[dl]['’]\s*/i;

/** Short forms of an admin name: "Rivers State" -> "Rivers", "Sabha District" -> "Sabha",
 *  "Province du Yatenga" -> "Yatenga". */
export function adminShortNames(name: string): string[] {
  const plain = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(MARKS, '') : name;
  let short = plain.replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
  // The links only follow a generic word that leads the name ("Province du Yatenga"): in "La
  // Libertad Department" or "La Paz Department" the article is the name's own.
  const leadingGeneric = plain.search(GENERIC) === plain.search(/\S/);
  for (let prev = SPANISH_AREA.test(plain) || !leadingGeneric ? short : ''; prev !== short; ) {
    prev = short;
    short = short.replace(LEADING_LINK, '').trim();
  }
  const out = short && short !== name && short !== plain ? [short] : [];
  // "Southern Darfur" is written "South Darfur", "Northern Bahr el Ghazal" "North Bahr el Ghazal".
  const compass = COMPASS_ADJECTIVE.exec(short || plain);
  if (compass) out.push(`${compass[1]}${(short || plain).slice(compass[0].length - 1)}`);
  return out;
}

/** A compass adjective leading an admin name, and the short form reports also use. */
const COMPASS_ADJECTIVE = /^(North|South|East|West)ern /;

/** ACLED writes admin1 without the generic word: "Abyan", not "Abyan Governorate". */
const ADMIN_WORD = /^(muhafazat|sha'?biyat|wilayat|provincia de|departamento de|estado de|region de)\s+|\s+(governorate|province|state|region|oblast|department|prefecture|county|district|division)$/i;

export function acledAdminName(name: string): string {
  return name.replace(ADMIN_WORD, '').trim() || name;
}

function areaKey(iso2: string, admin1: string, admin2 = ''): string {
  return `${iso2}|${normName(admin1)}|${normName(admin2)}`;
}

/** Adds ADM1/ADM2 places for areas known only from their members; gives areas short names. */
export function addAdminAreas(gz: MemoryGazetteer): void {
  const existing = new Set<string>();
  const sums = new Map<string, { iso2: string; a1: string; a2: string; lat: number; lon: number; n: number; tmpl: Place }>();
  const count = gz.places.length;
  for (let i = 0; i < count; i++) {
    const p = gz.places[i]!;
    if (p.feature_code === 'ADM1') existing.add(areaKey(p.iso2, p.admin1 || p.name));
    if (p.feature_code === 'ADM2') existing.add(areaKey(p.iso2, p.admin1, p.admin2 || p.name));
    if (p.feature_class === 'A') gz.indexNames(i, adminShortNames(p.name), 0);
    // Post offices' villages (load-postal.ts) neither make an area nor move its centroid: their
    // points are rough, many at their district's placeholder point.
    if (p.feature_class !== 'P' || !p.admin1 || p.feature_code === POSTAL_CODE) continue;
    const keys: Array<[string, string]> = [['', areaKey(p.iso2, p.admin1)]];
    if (p.admin2) keys.push([p.admin2, areaKey(p.iso2, p.admin1, p.admin2)]);
    for (const [a2, key] of keys) {
      const s = sums.get(key) ?? { iso2: p.iso2, a1: p.admin1, a2, lat: 0, lon: 0, n: 0, tmpl: p };
      s.lat += p.lat;
      s.lon += p.lon;
      s.n++;
      sums.set(key, s);
    }
  }
  for (const [key, s] of sums) {
    if (existing.has(key)) continue;
    const name = s.a2 || s.a1;
    const code = s.a2 ? 'ADM2' : 'ADM1';
    const place = makePlace({
      id: `adm:${key}`,
      name,
      lat: s.lat / s.n,
      lon: s.lon / s.n,
      iso2: s.iso2,
      iso3: s.tmpl.iso3,
      country: s.tmpl.country,
      admin1: s.a1,
      admin2: s.a2,
      feature_class: 'A',
      feature_code: code,
      population: 0,
    });
    gz.add(place, adminShortNames(name), undefined, 0);
  }
}

/** Places whose export left the admin codes empty take the admin1 of the nearest place in the
 *  same country that has one (within ~40 km), found through a 0.25-degree grid. */
export function fillMissingAdmin1(gz: MemoryGazetteer): void {
  const grid = new PlaceGrid(gz.places, (p) => !!p.admin1);
  for (const p of gz.places) {
    if (p.admin1) continue;
    let best: Place | null = null;
    let bestD = Infinity;
    for (const i of grid.around(p.lat, p.lon)) {
      const q = gz.places[i]!;
      if (q.iso2 !== p.iso2) continue;
      const d = (q.lat - p.lat) ** 2 + (q.lon - p.lon) ** 2;
      if (d < bestD) {
        bestD = d;
        best = q;
      }
    }
    if (best) p.admin1 = best.admin1;
  }
}

/** ACLED puts an event known only at province/district level at the area's capital, so an
 *  admin area's point is its seat (PPLA/PPLC for ADM1, PPLA2 for ADM2) when the gazetteer has one. */
export function moveAreasToSeats(gz: MemoryGazetteer): void {
  const seats = new Map<string, Place>();
  for (const p of gz.places) {
    if (p.feature_class !== 'P') continue;
    const k1 = isProvinceSeat(p) ? areaKey(p.iso2, p.admin1) : null;
    const k2 = p.feature_code === 'PPLA2' ? areaKey(p.iso2, p.admin1, p.admin2) : null;
    for (const k of [k1, k2]) {
      if (!k) continue;
      const cur = seats.get(k);
      // PPLC beats PPLA (a capital district's seat is the capital); then the bigger town.
      if (!cur || (p.feature_code === 'PPLC' && cur.feature_code !== 'PPLC') || p.population > cur.population) seats.set(k, p);
    }
  }
  for (const p of gz.places) {
    if (p.feature_code !== 'ADM1' && p.feature_code !== 'ADM2') continue;
    const key = p.feature_code === 'ADM1' ? areaKey(p.iso2, p.admin1 || p.name) : areaKey(p.iso2, p.admin1, p.admin2 || p.name);
    const seat = sameNameTown(gz, p) ?? seats.get(key);
    if (seat && distanceKm(p.lat, p.lon, seat.lat, seat.lon) < 300) {
      p.lat = seat.lat;
      p.lon = seat.lon;
    }
  }
}

/** "Balangir district" is seated in Balangir town: a town of the area's own (short) name inside it.
 *  A town whose export left its admin2 empty counts when it lies within 60 km of the area; of an
 *  area known only from its member places (addAdminAreas: their centroid, which a few far members
 *  pull off the seat) a town of note counts up to FAR_SEAT_KM away ("Gaalkacyo" 70 km from the
 *  centroid of its district's villages). (The transliteration fold was tried here and moved more
 *  districts to wrong towns than right ones.)
 *  Ranked: a town in the district by its codes before one only near it; a town of that name before
 *  one listing it among its alternate names ("As Sawma'ah" is seated in Aş Şawma'ah, PPLA2 of
 *  unknown population, not in a hamlet nearby that lists the name; the "Birnin Gwari" seat, not the
 *  bigger "Sofo-Birnin-Gwari"); a seat (PPLA2, ...) before a plain town; then the bigger town. A
 *  hamlet only near it is no seat: the area's own point is likelier right than a village of a few
 *  houses 40 km off that happens to share the name. */
function sameNameTown(gz: MemoryGazetteer, area: Place): Place | null {
  let best: Place | null = null;
  let bestRank = -1;
  const synthetic = area.id.startsWith('adm:');
  for (const name of [area.name, ...adminShortNames(area.name)]) {
    const hits = gz.exactHits(normName(name));
    for (let n = 0; n < hits.ids.length; n++) {
      const q = gz.places[hits.ids[n]!]!;
      if (q.feature_class !== 'P' || q.iso2 !== area.iso2 || q.feature_code === POSTAL_CODE) continue;
      const byCode = area.feature_code === 'ADM1' ? q.admin1 === (area.admin1 || area.name) : q.admin1 === area.admin1 && q.admin2 === (area.admin2 || area.name);
      const near =
        !byCode &&
        area.feature_code !== 'ADM1' &&
        q.admin1 === area.admin1 &&
        !q.admin2 &&
        townSized(q) && distanceKm(q.lat, q.lon, area.lat, area.lon) < (synthetic && ofNote(q) ? FAR_SEAT_KM : 60);
      if (!byCode && !near) continue;
      const rank = (byCode ? 4 : 0) + (hits.alt[n] ? 0 : 2) + seatRank(q);
      if (rank > bestRank || (rank === bestRank && q.population > best!.population)) {
        best = q;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** How far a town of note may lie from the centroid of a district built from its villages: a few
 *  far members pull the centroid off the seat (Gaalkacyo's 70 km), but a district is no province. */
const FAR_SEAT_KM = 150;

/** A seat's feature code ranks above a plain town's. */
function seatRank(p: Place): number {
  return p.feature_code === 'PPLC' || p.feature_code.startsWith('PPLA') ? 1 : 0;
}

/** A town of note: a seat, or 10,000 people. */
function ofNote(p: Place): boolean {
  return seatRank(p) === 1 || p.population >= 10000;
}

/** Not known to be a hamlet: GeoNames gives Yemen's and others' hamlets populations of a few
 *  dozen, while 0 means unknown (Khartoum North, seat of its district, has 0). */
function townSized(q: Place): boolean {
  return q.population === 0 || q.population >= 1000 || seatRank(q) === 1;
}
