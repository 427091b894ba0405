// The admin areas a text names, as evidence about its other places: "X (District, Province)",
// "Ermita, Manila", "Kansafra in the countryside of Idleb". Which candidate places are
// admissible for a span given the areas and towns named around it (resolve.ts picks among them).

import type { Place } from './types.ts';
import { NamedKeys, adminKeys } from './area-keys.ts';
import { distanceKm } from './distance.ts';
import type { Span } from './scan.ts';
import { ownSlots } from './own-slots.ts';
import { provinceSlip } from './province-slip.ts';
import { POSTAL_CODE, inPickedDistricts } from './postal-places.ts';

export { adminKeys } from './area-keys.ts';

/** Words after a name that say it is a settlement ("X town", "X camp"). */
export const SETTLEMENT_WORDS = new Set(['town', 'city', 'village', 'camp', 'neighbourhood', 'neighborhood', 'suburb', 'locality', 'localities', 'settlement', 'quarter', 'ward', 'colony']);

/** A province's seat or the capital (which is its province's seat too): a town that stands for
 *  its first-level area. */
/** Seats of provinces and districts, and the capital (GeoNames feature codes). */
export const SEAT_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);

export function isProvinceSeat(p: Place): boolean {
  return p.feature_code === 'PPLA' || p.feature_code === 'PPLC';
}

export function isAdmin(p: Place): 0 | 1 | 2 {
  if (p.feature_class !== 'A') return 0;
  return p.feature_code === 'ADM1' || p.feature_code.startsWith('PCL') ? 1 : 2;
}

/** The place lies in an admin1/admin2 area whose name the text also mentions. */
export function inNamedArea(p: Place, names: Set<string>, own: Span): boolean {
  return areaNamed(p.admin1, names, own) || areaNamed(p.admin2, names, own);
}

/** The text names this admin area in some span other than the place's own (`own` is that span's
 *  key: "Athens" must not vouch for an Athens in Athens County). Keys and folds both count.
 *  `names` as NamedKeys answers from the areas its keys name (area-keys.ts); same answer. */
export function areaNamed(area: string, names: Set<string>, own: Span): boolean {
  if (!area) return false;
  if (names instanceof NamedKeys) {
    const keys = names.keysNaming(area);
    if (keys) for (let i = 0; i < keys.length; i++) if (keys[i] !== own.key && keys[i] !== own.foldedKey) return true;
    return false;
  }
  for (const k of adminKeys(area)) if (k !== own.key && k !== own.foldedKey && names.has(k)) return true;
  return false;
}

/** A spelling variant is corroborated by the admin areas the text names: its district, or its
 *  province when the text gives no district slots ("Kansafra ... the countryside of Idleb"; but
 *  "Al Jabaliyah area (At Tuhayat, Al Hudaydah)" wants the variant inside At Tuhayat). */
export function variantInNamedArea(p: Place, names: Set<string>, span: Span, slots: boolean): boolean {
  return p.feature_class === 'P' && (areaNamed(p.admin2, names, span) || (!slots && areaNamed(p.admin1, names, span)));
}

/** Radius within which a place counts as inside a named area whose polygon we do not have
 *  (measured from the area's seat; boundaries and admin spellings differ across sources). */
export const AREA_RADIUS_KM = { 1: 150, 2: 50 } as const;

/** A place whose own admin name differs still counts when this close to the area's seat (a
 *  boundary town, or a gazetteer whose areas are spelled or cut differently). */
const SEAT_SLACK_KM = { 1: 40, 2: 25 } as const;

/** `byName`: the text names nested areas ("(Jardan, Shabwah)": a district and its province), so
 *  the names decide; a single named area may be a slip or an old boundary ("Mariupol,
 *  Zaporizhia"), so there a place near its seat counts too. */
function insideArea(p: Place, area: Place, byName: boolean, districts: DistrictIndex | null): boolean {
  if (area.iso3 !== p.iso3) return false;
  if (area.feature_code.startsWith('PCL')) return true;
  const level = isAdmin(area) as 1 | 2;
  const own = level === 1 ? p.admin1 : p.admin2;
  const named = level === 1 ? area.admin1 : area.admin2;
  // A district by its name and its province's: Venezuela's Bolivar and Monagas each have a Cedeno.
  if (own && named && (own === named || sameArea(own, named)) && (level === 1 || sameProvince(p, area))) return true;
  // A post office's village (load-postal.ts) by its admin names only: its point is rough.
  if (own && p.feature_code === POSTAL_CODE) return false;
  // Most dumps leave a village's district empty: it lies in the district whose point is nearest
  // among its province's districts (a Voronoi cell standing in for the boundary we lack), within
  // DISTRICT_CELL_KM (a province whose other districts the gazetteer lacks has no such cells).
  const km = distanceKm(p.lat, p.lon, area.lat, area.lon);
  if (level === 2 && !own && districts && km <= DISTRICT_CELL_KM && p.admin1 === area.admin1 && nearestDistrict(p, districts) === area) return true;
  // Both names known and the text precise: the names decide ("Al Alam camp (Jardan, Shabwah)" is
  // not the Al Alam of Abyan, however near Abyan's Al Alam lies to Shabwah's seat).
  if (own && named && byName) return km <= SEAT_SLACK_KM[level];
  return km <= AREA_RADIUS_KM[level];
}

// Index loops over the candidates and areas, not for-of: a cold pass runs these functions mostly
// before TurboFan has them, where each for-of step allocates an iterator result.
function insideAny(p: Place, areas: Place[], byName: boolean, districts: DistrictIndex | null = null): boolean {
  for (let i = 0; i < areas.length; i++) if (insideArea(p, areas[i]!, byName, districts)) return true;
  return false;
}

const DISTRICT_CELL_KM = 200;

/** Admin areas of one level by country and admin1 name ("ISO3|admin1"), per gazetteer (its
 *  places array), built on first use: ADM2 for the districts of a province, ADM1 for a province. */
export type AreaIndex = Map<string, Place[]>;
type DistrictIndex = AreaIndex;
const areaIndexes = { ADM1: new WeakMap<Place[], AreaIndex>(), ADM2: new WeakMap<Place[], AreaIndex>() };

export function areaIndex(places: Place[], code: 'ADM1' | 'ADM2'): AreaIndex {
  let index = areaIndexes[code].get(places);
  if (!index) {
    index = new Map();
    for (const q of places) {
      if (q.feature_code !== code || !q.admin1) continue;
      const key = `${q.iso3}|${q.admin1}`;
      const list = index.get(key);
      if (list) list.push(q);
      else index.set(key, [q]);
    }
    areaIndexes[code].set(places, index);
  }
  return index;
}

function nearestDistrict(p: Place, districts: DistrictIndex): Place | null {
  let best: Place | null = null;
  let bestKm = Infinity;
  const list = districts.get(`${p.iso3}|${p.admin1}`) ?? [];
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!;
    const km = distanceKm(p.lat, p.lon, d.lat, d.lon);
    if (km < bestKm) {
      bestKm = km;
      best = d;
    }
  }
  return best;
}

/** Areas named by different spans of which one lies in the other by name (district, province). */
function nestedAreas(groups: Place[][]): boolean {
  for (const g of groups) {
    for (const a of g) {
      if (isAdmin(a) !== 2 || !a.admin1) continue;
      for (const h of groups) if (h !== g && h.some((b) => b.feature_code === 'ADM1' && b.iso3 === a.iso3 && sameArea(a.admin1, b.admin1 || b.name))) return true;
    }
  }
  return false;
}

/** A settlement the gazetteer puts in another district of the named province still counts this
 *  close to the named district's seat: district boundaries and admin2 codes differ across sources
 *  ("Kasumbalesa (Sakania, Haut-Katanga)"), a namesake across the province does not. */
const INNER_SLACK_KM = 120;

function nearAnySeat(p: Place, areas: Place[], km: number): boolean {
  for (let i = 0; i < areas.length; i++) if (isAdmin(areas[i]!) === 2 && distanceKm(p.lat, p.lon, areas[i]!.lat, areas[i]!.lon) <= km) return true;
  return false;
}

/** The named areas without the provinces that hold a named district, and without the named
 *  district's namesakes in other provinces ("El Mono, Cedeno municipality, Bolivar state": Bolivar
 *  has a Cedeno and so has Monagas, whose El Mono is no answer). Only called when some named
 *  district lies in a named province (nestedAreas). */
function innermostAreas(all: Place[], provinces: Place[]): Place[] {
  const out: Place[] = [];
  for (const a of all) {
    if (a.feature_code === 'ADM1' && provinces.includes(a)) {
      let holds = false;
      for (const d of all) if (isAdmin(d) === 2 && d.iso3 === a.iso3 && d.admin1 && sameArea(d.admin1, a.admin1 || a.name)) holds = true;
      if (holds) continue;
    } else if (isAdmin(a) === 2 && a.admin1 && !inSomeProvince(a, provinces)) continue;
    out.push(a);
  }
  return out;
}

function sameProvince(p: Place, area: Place): boolean {
  return !p.admin1 || !area.admin1 || p.admin1 === area.admin1 || sameArea(p.admin1, area.admin1);
}

function inSomeProvince(d: Place, provinces: Place[]): boolean {
  for (const a of provinces) if (a.iso3 === d.iso3 && sameArea(d.admin1, a.admin1 || a.name)) return true;
  return false;
}

function sameArea(a: string, b: string): boolean {
  const ka = adminKeys(a);
  const kb = adminKeys(b);
  for (let i = 0; i < ka.length; i++) if (kb.includes(ka[i]!)) return true;
  return false;
}

/** A part of a town lies within this distance of it; a town is a settlement of this size. */
const TOWN_RADIUS_KM = 25;
const TOWN_MIN_POPULATION = 20000;

/** What resolve.ts knows after its first pass, read by the area checks. */
export interface FirstPass {
  spans: Span[];
  cands: Place[][];
  /** Index into cands[k] of span k's pick (after the variant check), or -1. */
  first: number[];
  /** Per span: every admin area of its name in the country, when it was read as an area. */
  areaAt: Array<Place[] | null>;
  /** Spans on each side that count as the document's other places. */
  window: number;
  /** The gazetteer's districts by province (see insideArea). */
  districts: DistrictIndex;
  /** The text the spans come from (a place's own slots), when known. */
  text?: string;
}

/** "Ermita, Manila", "Kotwali Nagar, Pratapgarh": a place written right before a comma and a
 *  bigger town is a part of that town (a list, "Aleppo, Idlib and Hama", names the bigger first). */
function townAfter(st: FirstPass, k: number): Place | null {
  const next = st.spans[k + 1];
  const c = st.first[k + 1];
  // "El Baul, Girardot municipality": the next name is an area, said so by its kind word.
  if (!next || c === undefined || c < 0 || !next.adminSlot || next.start - st.spans[k]!.end > 3 || (next.kindAfter && !SETTLEMENT_WORDS.has(next.kindAfter))) return null;
  const q = st.cands[k + 1]![c]!;
  // "Huarocondo, Cusco": a region's seat, or a name that is also an admin area, may name the
  // region rather than the town.
  if (q.feature_class !== 'P' || q.feature_code === 'PPLA' || q.population < TOWN_MIN_POPULATION || st.cands[k + 1]!.some((a) => isAdmin(a) && a.iso3 === q.iso3)) return null;
  return q;
}

/** Words after a name that make it a part of a town ("Vila Kennedy neighborhood", "Rocinha favela"). */
export const PART_WORDS = new Set(['neighbourhood', 'neighborhood', 'quarter', 'suburb', 'favela']);

/** The towns picked for the other spans near span k when span k names a part of a town: the
 *  part lies in one of them ("in Petrolina, Pernambuco ... in Loteamento Recife neighborhood" is
 *  not the city of Recife 600 km away). Empty when span k is no part or no town is named. */
function townsAround(st: FirstPass, k: number): Place[] {
  const span = st.spans[k]!;
  const towns: Place[] = [];
  if (!PART_WORDS.has(span.kindAfter)) return towns;
  for (let o = Math.max(0, k - st.window); o <= Math.min(st.spans.length - 1, k + st.window); o++) {
    const c = st.first[o]!;
    if (o === k || c < 0 || st.spans[o]!.key === span.key) continue;
    const q = st.cands[o]![c]!;
    if (q.feature_class === 'P' && q.population >= TOWN_MIN_POPULATION) towns.push(q);
  }
  return towns;
}

function nearAny(p: Place, towns: Place[], km: number): boolean {
  for (let i = 0; i < towns.length; i++) if (distanceKm(p.lat, p.lon, towns[i]!.lat, towns[i]!.lon) <= km) return true;
  return false;
}

/** How many provinces hold the districts among the candidates. */
function districtProvinces(cands: Place[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < cands.length; i++) if (isAdmin(cands[i]!) === 2) seen.add(`${cands[i]!.iso3}|${cands[i]!.admin1}`);
  return seen.size;
}

/** Whether some other place picked near span k (not a province) lies in the provinces named. */
export function otherPlaceFits(st: FirstPass, k: number, provinces: Place[], byName: boolean): boolean {
  const key = st.spans[k]!.key;
  for (let o = Math.max(0, k - st.window); o <= Math.min(st.spans.length - 1, k + st.window); o++) {
    const c = st.first[o]!;
    if (o === k || c < 0 || st.spans[o]!.key === key) continue;
    const q = st.cands[o]![c]!;
    if (isAdmin(q) !== 1 && insideAny(q, provinces, byName, st.districts)) return true;
  }
  return false;
}

/** A slip names a district known beyond its province: its seat of the same name, when the
 *  gazetteer holds it, is a town of note ("Apodaca, Jalisco" is Nuevo Leon's big city). A village's municipio elsewhere
 *  is no slip: "Mesquita, Rio de Janeiro" is Rio's Mesquita the gazetteer lacks, not Minas
 *  Gerais' hamlet, and the province named is the better answer. */
const SLIP_SEAT_POPULATION = 10000;

function hasNotableSeat(cands: Place[], d: Place): boolean {
  // A district whose town the gazetteer does not hold keeps the slip (its size is unknown).
  let seat = false;
  for (let i = 0; i < cands.length; i++) {
    const q = cands[i]!;
    if (q.feature_class !== 'P' || q.iso3 !== d.iso3 || q.admin1 !== d.admin1) continue;
    if (q.feature_code.startsWith('PPLA') || q.feature_code === 'PPLC' || q.population >= SLIP_SEAT_POPULATION) return true;
    seat = true;
  }
  return !seat;
}

/** A district answers to the provinces named, if any (see admissible). A module function, not a
 *  closure in admissible: tsx's keepNames wraps each named closure in a __name() call per run. */
function districtFits(p: Place, provinces: Place[], byName: boolean, districts: DistrictIndex): boolean {
  return provinces.length === 0 || insideAny(p, provinces, byName, districts);
}

function someDistrictFitting(cands: Place[], provinces: Place[], byName: boolean, districts: DistrictIndex): boolean {
  for (let i = 0; i < cands.length; i++) if (isAdmin(cands[i]!) === 2 && districtFits(cands[i]!, provinces, byName, districts)) return true;
  return false;
}

/** Per candidate of span k: whether the areas and towns named around it admit it. When the text
 *  names admin areas, a settlement must lie inside one of them (ACLED's own check: a namesake in
 *  another province is wrong, and the named area is the better answer). */
export function admissible(st: FirstPass, k: number): boolean[] {
  const span = st.spans[k]!;
  const cands = st.cands[k]!;
  const groups: Place[][] = [];
  // "Sirwah (Sirwah, Marib), Nihm (Nihm, Sanaa)": a place's own slots name its areas; the areas
  // other places' slots name are theirs (a Sirwah in Sanaa is not the one in Marib).
  const own = ownSlots(st, k);
  const from = own ? k + 1 : Math.max(0, k - st.window);
  const to = own ? own : Math.min(st.spans.length - 1, k + st.window);
  // Its own slot may repeat its name: "Sirwah (Sirwah, Marib)" is in the district Sirwah.
  for (let o = from; o <= to; o++) {
    if (o !== k && st.areaAt[o] && (own || st.spans[o]!.key !== span.key)) groups.push(st.areaAt[o]!);
  }
  const byName = groups.length > 1 && nestedAreas(groups);
  const all: Place[] = [];
  const provinces: Place[] = [];
  for (let g = 0; g < groups.length; g++) {
    for (let i = 0; i < groups[g]!.length; i++) {
      const a = groups[g]![i]!;
      all.push(a);
      if (a.feature_code === 'ADM1') provinces.push(a);
    }
  }
  // "Jalalpur, Shamli (UP)": a district named inside a named province is where the settlement
  // lies; the province only says where the district is. A settlement must lie in the innermost
  // areas named (a province counts only when no district of it is named).
  const innermost = byName ? innermostAreas(all, provinces) : all;
  const town = townAfter(st, k);
  const towns = townsAround(st, k);
  // A district answers to the provinces named ("Pratapgarh (UP)" is UP's, not Rajasthan's), unless
  // none of its namesakes does and no other place named fits them either: then the province is
  // the writer's slip ("Apodaca, Jalisco" is Nuevo Leon's Apodaca).
  let someDistrictFits: boolean | null = null;
  let oneProvince: boolean | null = null;
  const out: boolean[] = [];
  for (let c = 0; c < cands.length; c++) {
    const p = cands[c]!;
    const level = isAdmin(p);
    let ok: boolean;
    if (town && !level && p.population < town.population && distanceKm(p.lat, p.lon, town.lat, town.lon) > TOWN_RADIUS_KM) ok = false;
    else if (towns.length && !level && !nearAny(p, towns, TOWN_RADIUS_KM)) ok = false;
    else if (level === 1 || groups.length === 0) ok = true;
    // A post office's village only inside the innermost areas named, by its admin names (insideArea).
    else if (p.feature_code === POSTAL_CODE) ok = insideAny(p, innermost, byName, st.districts) && inPickedDistricts(st, k, p);
    else if (level === 2) {
      someDistrictFits ??= someDistrictFitting(cands, provinces, byName, st.districts) || otherPlaceFits(st, k, provinces, byName);
      // A slip names one district: with namesakes in several other provinces ("Benito Juarez,
      // Nuevo Leon"), none of them is the writer's, and the province named is the answer.
      oneProvince ??= districtProvinces(cands) <= 1;
      ok = districtFits(p, provinces, byName, st.districts) || (!someDistrictFits && oneProvince && hasNotableSeat(cands, p));
    } else ok = insideAny(p, innermost, byName, st.districts) || (innermost !== all && nearAnySeat(p, innermost, INNER_SLACK_KM) && insideAny(p, all, byName, st.districts));
    out.push(ok);
  }
  provinceSlip(st, k, cands, out, all, provinces, byName);
  return out;
}
