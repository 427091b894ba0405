// Chooses one place per span found in a text, or none. Evidence, strongest first: the country
// (given, or inferred from the text), admin areas the text names ("X district, Y province"),
// what the next word says the place is, nearness to the document's other places, population.

import type { GeoPrecision } from '../core/types.ts';
import type { Place, PlaceMention } from './types.ts';
import { adminShortNames } from './admin-areas.ts';
import { distanceKm } from './distance.ts';
import { frontNearness, type FrontLine } from './front-lines.ts';
import { foldKey, normName } from './normalize.ts';
import type { Span } from './scan.ts';

const ADM1_WORDS = new Set(['province', 'state', 'governorate', 'oblast', 'region', 'department', 'prefecture']);
export const ADM2_WORDS = new Set(['district', 'county', 'raion', 'rayon', 'lga', 'subdistrict', 'sub', 'tehsil', 'municipality', 'division', 'circle', 'territory', 'commune', 'township', 'chiefdom', 'hromada', 'mandal', 'taluk', 'block']);
export const SETTLEMENT_WORDS = new Set(['town', 'city', 'village', 'camp', 'neighbourhood', 'neighborhood', 'suburb', 'locality', 'localities', 'settlement', 'quarter', 'ward', 'colony']);
const ROUTE_WORDS = new Set(['road', 'highway', 'street']);
const NEAR_CUES = new Set(['near', 'outside', 'around', 'outskirts', 'countryside', 'area', 'areas', 'vicinity']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'centre', 'northern', 'southern', 'eastern', 'western', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Strong cues that the span is a place even when it is spelled like a common word. */
const STRONG_CUES = new Set(['in', 'near', 'at', 'outside', 'village', 'town', 'city', 'district', 'outskirts', 'area', 'province']);

const adminKeyCache = new Map<string, string[]>();
export function adminKeys(name: string): string[] {
  let keys = adminKeyCache.get(name);
  if (!keys) {
    const norm = [name, ...adminShortNames(name)].map(normName).filter(Boolean);
    keys = [...new Set([...norm, ...norm.map(foldKey)])];
    adminKeyCache.set(name, keys);
  }
  return keys;
}

/** A capital (or seat of government) is what a report names without its country ("San Jose",
 *  "Panama City", "Kingston"): rank it as a large city, above a bigger namesake abroad. */
const CAPITAL_POPULATION = 2_000_000;

/** Admin areas carry no population in GeoNames; rank them as a large and a mid-size town. */
export function effectivePopulation(p: Place): number {
  if (p.feature_code === 'PPLC' || p.feature_code === 'PPLG') return Math.max(p.population, CAPITAL_POPULATION);
  const adm = isAdmin(p);
  return adm === 1 ? Math.max(p.population, 500000) : adm === 2 ? Math.max(p.population, 50000) : p.population;
}

/** The place lies in an admin1/admin2 area whose name the text also mentions. */
export function inNamedArea(p: Place, names: Set<string>, own: Span): boolean {
  return areaNamed(p.admin1, names, own) || areaNamed(p.admin2, names, own);
}

/** The text names this admin area in some span other than the place's own (`own` is that span's
 *  key: "Athens" must not vouch for an Athens in Athens County). Keys and folds both count. */
function areaNamed(area: string, names: Set<string>, own: Span): boolean {
  if (!area) return false;
  for (const k of adminKeys(area)) if (k !== own.key && k !== own.foldedKey && names.has(k)) return true;
  return false;
}

function isAdmin(p: Place): 0 | 1 | 2 {
  if (p.feature_class !== 'A') return 0;
  return p.feature_code === 'ADM1' || p.feature_code.startsWith('PCL') ? 1 : 2;
}

/** Whether a span is credible as a place reference at all, before choosing among candidates. */
/** `label`: the text is a short place description ("Ganfouda district", "Hun"), not prose, so
 *  every name in it is meant as a place. */
/** A spelling variant is corroborated by the admin areas the text names: its district, or its
 *  province when the text gives no district slots ("Kansafra ... the countryside of Idleb"; but
 *  "Al Jabaliyah area (At Tuhayat, Al Hudaydah)" wants the variant inside At Tuhayat). */
export function variantInNamedArea(p: Place, names: Set<string>, span: Span, slots: boolean): boolean {
  return p.feature_class === 'P' && (areaNamed(p.admin2, names, span) || (!slots && areaNamed(p.admin1, names, span)));
}

/** `names`: every name the text holds, `slots`: whether the text has admin slots ("X (District,
 *  Province)"); a corroborated spelling variant is credible without a cue word. */
export function acceptSpan(span: Span, places: Place[], label = false, names?: Set<string>, slots = false): boolean {
  const cue = label || STRONG_CUES.has(span.cueBefore) || span.kindAfter !== '';
  if (span.partisan) return false; // "pro-Hadi"
  // "the West Zone of Rio de Janeiro", "the Central Region of X": a part of the place named next.
  if (COMPASS.has(span.key) && (span.kindAfter === 'zone' || span.kindAfter === 'sector')) return false;
  // Acronyms (LNA, ISIS) are organisations, except an admin area's abbreviation in an admin slot
  // ("Malappuram, KL").
  if (/^[A-Z]{2,5}$/.test(span.text) && !(span.adminSlot && places.some((p) => p.feature_class === 'A'))) return false;
  if (span.commonWord) return cue && !span.sentenceStart && !span.inCapRun;
  if (span.key.length <= 3 && !cue && !span.adminSlot) return false; // "Ade", "Tal", "Bar"
  if (span.actorAfter && places.every((p) => p.population < 100000)) return false;
  if (span.inCapRun && !span.adminSlot && !places.some((p, i) => !span.alt[i] && p.population >= 100000)) return false;
  let maxPop = 0; // a loop, not Math.max(...spread): a common name has hundreds of places
  for (const p of places) maxPop = Math.max(maxPop, effectivePopulation(p));
  if (span.fold) return cue || maxPop >= 20000 || (!!names && places.some((p) => variantInNamedArea(p, names, span, slots)));
  if (span.sentenceStart && !cue && span.text.indexOf(' ') < 0) return maxPop >= 1000 || places.some((p) => p.feature_class === 'A');
  return true;
}

export interface ResolveContext {
  iso3: string | null;
  /** The country was given by the caller (not inferred): never answer outside it. */
  strict: boolean;
  /** Normalised names (and their folds) of every place-like span in the document (admin context). */
  names: Set<string>;
  /** Front lines the text's cues imply (a monitor's "near X" on the Donbas contact line). */
  fronts?: readonly FrontLine[];
  /** The text has admin slots ("X (District, Province)"): see variantInNamedArea. */
  slots?: boolean;
}

const FRONT_WEIGHT = 3;

function scorePlace(p: Place, span: Span, ctx: ResolveContext): number {
  let s = 0;
  if (ctx.iso3) s += p.iso3 === ctx.iso3 ? 4 : -4;
  if (areaNamed(p.admin1, ctx.names, span)) s += 2;
  if (areaNamed(p.admin2, ctx.names, span)) s += 1.5;
  const adm = isAdmin(p);
  if (span.adminSlot) s += adm ? 5 : 0;
  if (ADM1_WORDS.has(span.kindAfter)) s += adm === 1 ? 3 : adm === 2 ? 1 : -1;
  else if (ADM2_WORDS.has(span.kindAfter)) s += adm === 2 ? 3 : adm === 1 ? 0.5 : -0.5;
  else if (SETTLEMENT_WORDS.has(span.kindAfter)) s += p.feature_class === 'P' ? 1 : -1;
  else if (span.kindAfter === 'airport' || span.kindAfter === 'base' || span.kindAfter === 'airbase') s += p.feature_class === 'S' ? 1 : 0;
  // No word says what it is: a town is likelier than the province of the same name.
  else s += p.feature_class === 'P' ? 0.6 : p.feature_class === 'S' ? 0.3 : adm && !span.adminSlot ? -0.8 : 0;
  s += Math.log10(effectivePopulation(p) + 1) * 0.35;
  if (p.feature_code === 'PPLC' || p.feature_code === 'PPLA') s += 0.5;
  // Worth more than the admin1 named (every namesake may share it) and than size (front
  // villages are small): a monitor reports the village on the line, not the town behind it.
  if (ctx.fronts?.length && !adm) s += FRONT_WEIGHT * frontNearness(p, ctx.fronts);
  return s;
}

function precisionFor(p: Place, span: Span): GeoPrecision {
  const adm = isAdmin(p);
  if (adm === 1) return 3;
  if (adm === 2) return 2;
  return NEAR_CUES.has(span.cueBefore) || NEAR_CUES.has(span.kindAfter) ? 2 : 1;
}

/** Radius within which a place counts as inside a named area whose polygon we do not have. */
/** Radius within which a place counts as inside a named area whose polygon we do not have
 *  (measured from the area's seat; boundaries and admin spellings differ across sources). */
const AREA_RADIUS_KM = { 1: 150, 2: 50 } as const;

/** A place whose own admin name differs still counts when this close to the area's seat (a
 *  boundary town, or a gazetteer whose areas are spelled or cut differently). */
const SEAT_SLACK_KM = { 1: 40, 2: 25 } as const;

/** `byName`: the text names nested areas ("(Jardan, Shabwah)": a district and its province), so
 *  the names decide; a single named area may be a slip or an old boundary ("Mariupol,
 *  Zaporizhia"), so there a place near its seat counts too. */
function insideArea(p: Place, area: Place, byName: boolean): boolean {
  if (area.feature_code.startsWith('PCL')) return area.iso3 === p.iso3;
  const level = isAdmin(area) as 1 | 2;
  if (area.iso3 !== p.iso3) return false;
  const own = level === 1 ? p.admin1 : p.admin2;
  const named = level === 1 ? area.admin1 : area.admin2;
  if (own && named && (own === named || sameArea(own, named))) return true;
  const km = distanceKm(p.lat, p.lon, area.lat, area.lon);
  // Both names known and the text precise: the names decide ("Al Alam camp (Jardan, Shabwah)" is
  // not the Al Alam of Abyan, however near Abyan's Al Alam lies to Shabwah's seat).
  if (own && named && byName) return km <= SEAT_SLACK_KM[level];
  return km <= AREA_RADIUS_KM[level];
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

function sameArea(a: string, b: string): boolean {
  const kb = adminKeys(b);
  return adminKeys(a).some((k) => kb.includes(k));
}

/** A part of a town lies within this distance of it; a town is a settlement of this size. */
const TOWN_RADIUS_KM = 25;
const TOWN_MIN_POPULATION = 20000;

/** The "other places of the document" are the nearest WINDOW spans on each side, which keeps a
 *  long document linear (a report's context is local). */
const WINDOW = 25;

interface Choice {
  place: Place | null;
  margin: number;
  rule: string;
}

/** Picks a place per span. Pass 1 scores each span alone. Then, when the text names admin
 *  areas, a settlement must lie inside one of them (ACLED's own check: a namesake in another
 *  province is wrong, and the named area is the better answer). Pass 2 rewards nearness to the
 *  other spans' picks. */
export function resolveSpans(spans: Span[], places: Place[], ctx: ResolveContext): PlaceMention[] {
  // Outside the document's country only a given country's big cities stay possible ("talks in Moscow").
  const allowed = (p: Place): boolean => !ctx.iso3 || p.iso3 === ctx.iso3 || (!ctx.strict && effectivePopulation(p) >= 100000);
  const kept = spans.map((s) => s.ids.flatMap((i, n) => {
    const p = places[i]!;
    return allowed(p) && (!s.fold || !ctx.iso3 || p.iso3 === ctx.iso3) ? [{ p, alt: s.alt[n]! }] : [];
  }));
  const cands = kept.map((list) => list.map((c) => c.p));
  // A match through an alternate name (exonym, old name) is weaker than the place's own name.
  const scores = spans.map((s, k) => kept[k]!.map((c) => scorePlace(c.p, s, ctx) - (c.alt ? 0.8 : 0)));
  const pick = (k: number, ok: (p: Place) => boolean, bonus: (p: Place) => number): number => {
    let best = -1;
    let bestScore = -Infinity;
    cands[k]!.forEach((p, c) => {
      if (!ok(p)) return;
      const v = scores[k]![c]! + bonus(p);
      if (v > bestScore || (v === bestScore && best >= 0 && p.id < cands[k]![best]!.id)) {
        best = c;
        bestScore = v;
      }
    });
    return best;
  };
  const first0 = spans.map((_, k) => pick(k, () => true, () => 0));
  // A spelling variant (fold match) far from every other place of the text is more likely a
  // different name than a distant namesake: keep only variants near the others.
  const nearOthers = (k: number, p: Place): boolean => {
    let others = 0;
    for (let o = Math.max(0, k - WINDOW); o <= Math.min(spans.length - 1, k + WINDOW); o++) {
      const c = first0[o]!;
      if (o === k || c < 0 || spans[o]!.fold) continue;
      others++;
      const q = cands[o]![c]!;
      if (distanceKm(p.lat, p.lon, q.lat, q.lon) < 150) return true;
    }
    return others === 0;
  };
  const first = spans.map((s, k) => (s.fold ? pick(k, (p) => nearOthers(k, p), () => 0) : first0[k]!));
  // A span read as an admin area stands for every area of that name in the country: "(Tombouctou)"
  // may be the region or the cercle, and a town inside either is inside the named area.
  const areaAt = first.map((c, k) => {
    const a = c >= 0 ? cands[k]![c]! : null;
    if (!a || !isAdmin(a) || (ctx.iso3 && a.iso3 !== ctx.iso3)) return null;
    return cands[k]!.filter((q) => isAdmin(q) && q.iso3 === a.iso3);
  });
  // "Ermita, Manila", "Kotwali Nagar, Pratapgarh": a place written right before a comma and a
  // bigger town is a part of that town (a list, "Aleppo, Idlib and Hama", names the bigger first).
  const townAfter = (k: number): Place | null => {
    const next = spans[k + 1];
    const c = first[k + 1];
    // "El Baul, Girardot municipality": the next name is an area, said so by its kind word.
    if (!next || c === undefined || c < 0 || !next.adminSlot || next.start - spans[k]!.end > 3 || (next.kindAfter && !SETTLEMENT_WORDS.has(next.kindAfter))) return null;
    const q = cands[k + 1]![c]!;
    // "Huarocondo, Cusco": a region's seat, or a name that is also an admin area, may name the
    // region rather than the town.
    if (q.feature_class !== 'P' || q.feature_code === 'PPLA' || q.population < TOWN_MIN_POPULATION || cands[k + 1]!.some((a) => isAdmin(a) && a.iso3 === q.iso3)) return null;
    return q;
  };
  const choices: Choice[] = spans.map((span, k) => {
    const groups: Place[][] = [];
    for (let o = Math.max(0, k - WINDOW); o <= Math.min(spans.length - 1, k + WINDOW); o++) {
      if (o !== k && areaAt[o] && spans[o]!.key !== span.key) groups.push(areaAt[o]!);
    }
    const byName = groups.length > 1 && nestedAreas(groups);
    const within = (p: Place, areas: Place[]): boolean => areas.some((a) => insideArea(p, a, byName));
    // A district answers to the provinces named ("Pratapgarh (UP)" is UP's, not Rajasthan's), unless
    // none of its namesakes does and no other place named fits them either: then the province is
    // the writer's slip ("Apodaca, Jalisco" is Nuevo Leon's Apodaca).
    const provinces = groups.flat().filter((a) => a.feature_code === 'ADM1');
    let someDistrictFits: boolean | null = null;
    const districtFits = (p: Place): boolean => provinces.length === 0 || within(p, provinces);
    const otherPlaceFits = (): boolean => {
      for (let o = Math.max(0, k - WINDOW); o <= Math.min(spans.length - 1, k + WINDOW); o++) {
        const c = first[o]!;
        if (o === k || c < 0 || spans[o]!.key === span.key) continue;
        const q = cands[o]![c]!;
        if (isAdmin(q) !== 1 && districtFits(q)) return true;
      }
      return false;
    };
    const town = townAfter(k);
    const inArea = (p: Place): boolean => {
      if (span.fold && !nearOthers(k, p)) return false;
      const level = isAdmin(p);
      if (town && !level && p.population < town.population && distanceKm(p.lat, p.lon, town.lat, town.lon) > TOWN_RADIUS_KM) return false;
      if (level === 1 || groups.length === 0) return true;
      if (level === 2) {
        if (districtFits(p)) return true;
        someDistrictFits ??= cands[k]!.some((q) => isAdmin(q) === 2 && districtFits(q)) || otherPlaceFits();
        return !someDistrictFits;
      }
      return within(p, groups.flat());
    };
    const near = (p: Place): number => {
      for (let o = Math.max(0, k - WINDOW); o <= Math.min(spans.length - 1, k + WINDOW); o++) {
        const c = first[o]!;
        if (o === k || c < 0 || spans[o]!.key === span.key) continue;
        const q = cands[o]![c]!;
        if (distanceKm(p.lat, p.lon, q.lat, q.lon) < 60) return 1.5;
      }
      return 0;
    };
    const c = pick(k, inArea, near);
    if (c < 0) {
      const rule = cands[k]!.length ? 'outside-named-area' : span.ids.length ? 'no-match-in-country' : 'no-match';
      return { place: null, margin: 0, rule };
    }
    const place = cands[k]![c]!;
    const margin = cands[k]!.length > 1 ? scoreMargin(scores[k]!, c) : 2;
    // A variant lying in an admin area the text names is corroborated: as sure as an exact name.
    const corroborated = span.fold && variantInNamedArea(place, ctx.names, span, ctx.slots ?? false);
    return { place, margin, rule: `${span.fold ? 'variant' : 'exact'}-name${isAdmin(place) ? '-admin' : ''}${corroborated ? '-in-named-area' : ''}` };
  });
  return spans.map((span, k) => {
    const { place, margin, rule } = choices[k]!;
    const cue = span.cueBefore || span.kindAfter ? 0.15 : 0;
    // "Murree road": a road named after a town, weaker evidence for where the event was.
    const route = ROUTE_WORDS.has(span.kindAfter) ? 0.5 : 1;
    const foreign = place && ctx.iso3 && place.iso3 !== ctx.iso3 ? 0.6 : 1;
    return {
      start: span.start,
      end: span.end,
      text: span.text,
      place,
      geo_precision: place ? precisionFor(place, span) : 3,
      confidence: place ? Math.min(0.95, 0.5 + margin * 0.1 + cue) * foreign * route : 0,
      rule,
      cue: span.inCapRun ? 'name-part' : span.cueBefore || span.kindAfter,
      // "Qamar district" may be the whole indexed name: its last word still says what it is.
      kind: span.kindAfter || (ADM2_WORDS.has(span.key.slice(span.key.lastIndexOf(' ') + 1)) ? span.key.slice(span.key.lastIndexOf(' ') + 1) : ''),
    };
  });
}

function scoreMargin(scores: number[], best: number): number {
  const others = scores.filter((_, i) => i !== best);
  return Math.max(0, Math.min(4, scores[best]! - Math.max(...others)));
}
