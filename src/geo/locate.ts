// The place of one event: the most specific place named inside the event's span; else the
// nearest place named before it (reports name the town once, then narrate); else nothing.
// countryCapital: for an event placed only in a country, its capital (ACLED's convention).

import type { Gazetteer, Place, PlaceMention } from './types.ts';
import { findCountryMentions, type CountryMention } from './countries.ts';
import { MemoryGazetteer } from './memory-gazetteer.ts';
import { ADM2_WORDS, ROUTE_WORDS } from './accept.ts';
import { SETTLEMENT_WORDS, adminKeys } from './resolve.ts';
import { normName } from './normalize.ts';
import { distanceKm } from './distance.ts';
import { AREA_RADIUS_KM } from './named-areas.ts';
import { ACTOR_NAME, REGION_OF_TOWN } from './mention.ts';
import { areaOnSide, countrySide } from './country-region.ts';

const ORIGIN_CUES = new Set(['from', 'to', 'towards', 'toward', 'into', 'via']);
/** Sites named after a place ("Al-Sukkariyah crossing in Al Bab city", "the Palma bridge near
 *  Bohssas"): the site lies at the town the text places it in, not at the site's namesake. */
const SITE_KINDS = new Set(['crossing', 'bridge', 'checkpoint', 'junction', 'roundabout', 'square', 'gate', 'market', 'bazaar', 'terminal']);

/** Per mention: 1 when its text names the admin1 of another mention's place, 2 its admin2, else 3. */
function containerLevels(all: PlaceMention[]): number[] {
  // Loops, not map(): arrays of one kind reach the callers (H4's speed hint 4).
  const levels: number[] = [];
  if (all.length < 2) {
    for (let i = 0; i < all.length; i++) levels.push(3);
    return levels;
  }
  // Each mention's name key and its place's admin keys, read once: containerLevel compares every
  // pair of mentions, and each admin-keys read is a probe of a table of every admin name.
  const keys: string[] = [];
  const areas: AreaKeys = { admin1: [], admin2: [] };
  for (const m of all) {
    keys.push(normName(m.text));
    const p = m.place;
    areas.admin1.push(p?.admin1 ? adminKeys(p.admin1) : NO_KEYS);
    areas.admin2.push(p?.admin2 ? adminKeys(p.admin2) : NO_KEYS);
  }
  for (let i = 0; i < all.length; i++) levels.push(containerLevel(all, keys, areas, i));
  return levels;
}

/** Per mention, the keys of its place's admin1 and admin2 (adminKeys). */
interface AreaKeys {
  admin1: string[][];
  admin2: string[][];
}

const NO_KEYS: string[] = [];

function containerLevel(all: PlaceMention[], keys: string[], areas: AreaKeys, i: number): number {
  let level = 3;
  if (outsideNamedDistrict(all, keys, i)) return 2;
  // "Rawalpindi city": the text says it is the town, not the district of the same name.
  if (SETTLEMENT_WORDS.has(all[i]!.kind ?? '')) return level;
  // "Medenine (Medenine)": a town with its province of the same name in its own slot right after
  // it is the town, whatever else the text names in the province ("buses heading to Djerba").
  if (ownNameInSlot(all, keys, i)) return level;
  for (let j = 0; j < all.length; j++) {
    const p = all[j]!.place;
    if (j === i || !p || keys[j] === keys[i] || provinceSeatBefore(all, i, j)) continue;
    if (areas.admin1[j]!.includes(keys[i]!) || seatOpensProvince(all[i]!.place, p, keys[i]!)) return 1;
    if (areas.admin2[j]!.includes(keys[i]!)) level = 2;
  }
  return level;
}

/** "The strike in Gaza ... hit a home in the Nuseirat refugee camp": a province's seat whose name
 *  opens its province's ("Gaza" of "Gaza Strip") names the province when the text also names
 *  another place in it. */
function seatOpensProvince(seat: PlaceMention['place'], other: NonNullable<PlaceMention['place']>, key: string): boolean {
  return !!seat && seat.feature_code === 'PPLA' && seat.iso3 === other.iso3 && seat.admin1 === other.admin1 && normName(seat.admin1).startsWith(`${key} `);
}


/** "a demonstration in central Tunceli ... the Dersim (Tunceli) massacres": a province's seat the
 *  text places something in ("in X"), named before the place of its province, is the town; a
 *  container follows what it holds ("X (District, Province)", "X district of Y"). Not when the
 *  later place is where the text puts the event too ("attacked a checkpoint in Ghazni, killing six
 *  soldiers in Andar district": wire copy's "in Ghazni" is the province, Andar the place). */
function provinceSeatBefore(all: PlaceMention[], i: number, j: number): boolean {
  const m = all[i]!;
  const later = all[j]!;
  return j > i && m.cue === 'in' && m.place?.feature_code === 'PPLA' && !PLACED_AT.has(later.cue ?? '') && !ADM2_WORDS.has(later.kind ?? '');
}

/** Cues that place an event at a mention ("in X", "near X", "at X"). */
const PLACED_AT = new Set(['in', 'near', 'at']);

/** Mention i is a settlement and the next mention, at most " (" after it, has its name. */
function ownNameInSlot(all: PlaceMention[], keys: string[], i: number): boolean {
  const next = all[i + 1];
  return !!next && keys[i + 1] === keys[i] && next.start - all[i]!.end <= 3 && all[i]!.place?.feature_class === 'P';
}

/** At most this many characters between a settlement and the district said to hold it ("X
 *  villages of Y district", "X, Y district"). */
const LINK_CHARS = 16;

/** "the Mirza-Ali village of Qadis district": a settlement the gazetteer puts in another district
 *  of the province, far from the district the text names right after it, is a namesake at best;
 *  the named district is the surer place (ACLED codes it at geo_precision 2). */
function outsideNamedDistrict(all: PlaceMention[], keys: string[], i: number): boolean {
  const m = all[i]!;
  const p = m.place!;
  if (p.feature_class === 'A' || !p.admin2) return false;
  for (let j = 0; j < all.length; j++) {
    const n = all[j]!;
    const d = n.place!;
    if (n.start < m.end || n.start - m.end > LINK_CHARS || !ADM2_WORDS.has(n.kind ?? '') || keys[j] === keys[i]) continue;
    if (d.feature_class !== 'A' || d.feature_code === 'ADM1' || d.iso3 !== p.iso3 || d.admin1 !== p.admin1 || !d.admin2) continue;
    return !sameDistrict(p.admin2, d.admin2) && distanceKm(p.lat, p.lon, d.lat, d.lon) > AREA_RADIUS_KM[2];
  }
  return false;
}

/** Two district names that agree, also when one carries a leading generic word the other lacks
 *  ("Municipio Valmore Rodríguez", "Valmore Rodriguez"). */
function sameDistrict(a: string, b: string): boolean {
  const kb = adminKeys(b);
  for (const x of adminKeys(a)) for (const y of kb) if (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  return false;
}

/** "in Chora district": the text places the event in the district itself (ACLED codes its seat),
 *  as surely as it would place it in a town. */
function explicitDistrict(m: PlaceMention): boolean {
  const p = m.place!;
  return p.feature_class === 'A' && p.feature_code !== 'ADM1' && ADM2_WORDS.has(m.kind ?? '') && m.cue !== 'name-part' && !ORIGIN_CUES.has(m.cue ?? '');
}

/** Higher is more specific: settlements and sites, then districts, then provinces. */
function specificity(m: PlaceMention): number {
  const p = m.place!;
  if (p.feature_class !== 'A' || explicitDistrict(m)) return 3;
  return p.feature_code === 'ADM1' || p.feature_code.startsWith('PCL') ? 1 : 2;
}

/** A spelling-variant match not corroborated by an admin area the text names. */
function weakVariant(m: PlaceMention): boolean {
  return m.rule.startsWith('variant') && !m.rule.endsWith('-in-named-area');
}

function usable(m: PlaceMention, iso3: string | null | undefined): boolean {
  return m.place !== null && m.confidence > 0 && (!iso3 || m.place.iso3 === iso3);
}

export function locateEvent(
  mentions: PlaceMention[],
  span: { start: number; end: number },
  opts: { iso3?: string | null } = {},
): PlaceMention | null {
  // The coder's note ("[Coded to Hadrut with GP2]") closes the note it codes, after the sentence
  // that tells the event: it places the event wherever it stands after the span's start.
  for (const m of mentions) if (m.cue === CODED_CUE && m.start >= span.start && usable(m, opts.iso3)) return m;
  // Loops, not filter/map/sort closures (H4's speed hint 4: one array kind, no per-call closures).
  const inside: PlaceMention[] = [];
  for (const m of mentions) if (m.start >= span.start && m.end <= span.end && usable(m, opts.iso3)) inside.push(m);
  if (inside.length) {
    // "Cukurca district of Hakkari", "Kolofata (Mayo-Sava, Far North)": a name that is the admin
    // area of another place named here is that area, even when a town of the name exists.
    // A settlement reached only through the transliteration fold is no surer than a district.
    const containers = containerLevels(inside);
    // Most specific first; among equals one the text places the event at ("in X", "X village")
    // before origins and destinations ("from X"), roads named after a town and names inside
    // longer names, then the first confident one (reports name the scene first).
    let best = 0;
    const origins = listedOrigins(inside);
    let bestKey = rankKey(inside[0]!, containers[0]!, origins[0]!);
    for (let i = 1; i < inside.length; i++) {
      const key = rankKey(inside[i]!, containers[i]!, origins[i]!);
      if (key > bestKey || (key === bestKey && inside[i]!.start < inside[best]!.start)) {
        best = i;
        bestKey = key;
      }
    }
    return inside[best]!;
  }
  let nearest: PlaceMention | null = null;
  let nearestSpec = 0;
  for (const m of mentions) {
    if (m.end > span.start || !usable(m, opts.iso3)) continue;
    const spec = specificity(m);
    // The most specific mention before the span, the latest among equals.
    if (!nearest || spec > nearestSpec || (spec === nearestSpec && m.start > nearest.start)) {
      nearest = m;
      nearestSpec = spec;
    }
  }
  if (!nearest) return null;
  return { ...nearest, confidence: nearest.confidence * 0.8, rule: `${nearest.rule}+preceding` };
}

/** At most this many characters between two names of one list joined by "and" ("Jal el Dib and Aarsal"). */
const LIST_GAP = 16;

/** Per mention: it continues a list of origins or destinations ("protesters from Beirut, Jal el
 *  Dib and Aarsal gathered in Tripoli"): a name right after a comma, or after "and", close after
 *  one that has such a cue (or continues such a list) is one too. */
function listedOrigins(all: PlaceMention[]): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const prev = i > 0 ? all[i - 1]! : null;
    const cue = m.cue ?? '';
    // Right after a comma ("Beirut, Jal"), or "and" within a few words ("Jal el Dib and Aarsal");
    // not a verb between ("militias from Odejo attacked Ikobi").
    const gap = cue === 'and' ? LIST_GAP : cue === '' || cue === 'name-part' ? 2 : -1;
    const listed = !!prev && m.start - prev.end <= gap && (ORIGIN_CUES.has(prev.cue ?? '') || out[i - 1]!);
    out.push(listed);
  }
  return out;
}

/** The cue findPlaces gives a place the coder's note names ("[coded to X]"). */
export const CODED_CUE = 'coded-to';

/** One number ordering the mentions inside an event's span, higher first: level (specificity,
 *  capped by containers, weak variants, routes and sites), then where the text places it, then exact
 *  names, then confident ones, then specificity itself (between two ends of a road, the town).
 *  Each part is below 4, so base 4 keeps the order lexicographic. (The coder's note never gets
 *  here: locateEvent takes it first.) */
function rankKey(m: PlaceMention, container: number, listedOrigin: boolean): number {
  const spec = specificity(m);
  const route = ROUTE_WORDS.has(m.kind ?? '');
  // A road named after a town lies along many districts: no more specific than the one named,
  // and no more where the event was than an origin is ("on Murree road in Rawalpindi city").
  // A site named after a village ("near Kalpi Bridge in Jalaun district") lies somewhere by it:
  // no more specific than the district the text names around it (ACLED codes the district).
  const site = SITE_KINDS.has(m.kind ?? '');
  const level = Math.min(spec, container, weakVariant(m) || route || site ? 2 : 3);
  // An actor's name ('Misrata forces') says where the actor is from: the scene is named elsewhere.
  const at = m.cue === 'name-part' || m.cue === REGION_OF_TOWN || m.cue === ACTOR_NAME ? 0 : ORIGIN_CUES.has(m.cue ?? '') || listedOrigin || route || site ? 1 : 2;
  const exact = weakVariant(m) ? 0 : 1;
  const sure = m.confidence >= 0.5 ? 1 : 0;
  return (((level * 4 + at) * 4 + exact) * 4 + sure) * 4 + spec;
}

/** Per gazetteer (its places array): each country's capital, the biggest PPLC, found in one scan
 *  on first use. */
const capitals = new WeakMap<Place[], Map<string, Place>>();

function capitalOf(places: Place[], iso3: string): Place | null {
  return capitalIndex(places).get(iso3) ?? null;
}

/** Each country's capital (its most populous PPLC), by ISO3: one scan of the places, made with
 *  the gazetteer's other indexes (build.ts) rather than by the first text that needs it. A
 *  country the gazetteer gives no PPLC (GeoNames codes Jerusalem a first-level seat, PPLA) has
 *  its most populous first-level seat instead: Jerusalem for Israel, but Gaza for Palestine, which
 *  is no seat of government (a known limit: a West Bank event placed only in Palestine). */
export function capitalIndex(places: Place[]): Map<string, Place> {
  let byIso3 = capitals.get(places);
  if (!byIso3) {
    byIso3 = new Map();
    const seats = new Map<string, Place>();
    for (let i = 0; i < places.length; i++) {
      const p = places[i]!;
      const into = p.feature_code === 'PPLC' ? byIso3 : p.feature_code === 'PPLA' ? seats : null;
      const cur = into?.get(p.iso3);
      if (into && (!cur || p.population > cur.population)) into.set(p.iso3, p);
    }
    for (const [iso3, seat] of seats) if (!byIso3.has(iso3)) byIso3.set(iso3, seat);
    capitals.set(places, byIso3);
  }
  return byIso3;
}

const capitalNames = new WeakMap<Place[], Map<string, Place>>();

/** The country whose capital is called `name` (the most populous such capital), or null: a wire
 *  dateline of a bare city in capitals ("BEIRUT:", "MOSCOW (AFP) -") names the country it is
 *  filed from as a country's name would. */
export function countryOfCapital(name: string, gz: Gazetteer): string | null {
  if (!(gz instanceof MemoryGazetteer)) return null;
  let byName = capitalNames.get(gz.places);
  if (!byName) {
    byName = new Map();
    for (const cap of capitalIndex(gz.places).values()) {
      const key = normName(cap.name);
      const cur = byName.get(key);
      if (!cur || cap.population > cur.population) byName.set(key, cap);
    }
    capitalNames.set(gz.places, byName);
  }
  return byName.get(normName(name))?.iso3 ?? null;
}

/** An event the text places only in a country ("Turkish Government began enforcing a curfew in
 *  24 provinces", "in Venezuela, the regime blocked a website"): ACLED codes it to the capital
 *  with geo_precision 3. The evidence is the country's name or demonym nearest before the event's
 *  end (inside its span first); null when the text never names the country. */
export function countryCapital(text: string, gz: Gazetteer, iso3: string, span: { start: number; end: number }): PlaceMention | null {
  if (!(gz instanceof MemoryGazetteer)) return null;
  // The first mention inside the span, else the last one before it; the same among the mentions
  // that name a side of the country ("Ukrainian positions in eastern Ukraine": the second).
  let named: CountryMention | null = null;
  let sided: { m: CountryMention; bearing: readonly [number, number] } | null = null;
  for (const m of findCountryMentions(text)) {
    if (m.iso3 !== iso3 || m.neighbour || m.relation || m.start >= span.end) continue;
    if (!named || named.start < span.start) named = m;
    const bearing: readonly [number, number] | null = !sided || sided.m.start < span.start ? countrySide(text, m.start, m.end) : null;
    if (bearing) sided = { m, bearing };
  }
  if (!named) return null;
  // "southern Lebanon", "Nigeria's northeast": the area on that side, not the capital at the other end.
  const area = sided ? areaOnSide(gz.places, iso3, sided.bearing) : null;
  if (area) return { start: sided!.m.start, end: sided!.m.end, text: sided!.m.text, place: area, geo_precision: 3, confidence: 0.4, rule: 'country-side', cue: '', kind: '' };
  const capital = capitalOf(gz.places, iso3);
  if (!capital) return null;
  return { start: named.start, end: named.end, text: named.text, place: capital, geo_precision: 3, confidence: 0.4, rule: 'country-capital', cue: '', kind: '' };
}
