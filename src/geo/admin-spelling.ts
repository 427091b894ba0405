// The admin1 of a resolved place as ACLED writes it: the text's own spelling when the text names
// the area ("Taizz" for GeoNames' "Ta‘izz", "Nord-Kivu" for "North Kivu"), else the gazetteer's
// name without its generic word ("Abyan Governorate" -> "Abyan").

import { createRequire } from 'node:module';
import type { Place, PlaceMention } from './types.ts';
import type { Span } from './scan.ts';
import { acledAdminName } from './admin-areas.ts';
import { distanceKm } from './distance.ts';
import { foldKey, normName } from './normalize.ts';
import { areaIndex } from './named-areas.ts';
import { findCountryMentions } from './countries.ts';
import { formerAreas } from './former-areas.ts';

const require = createRequire(import.meta.url);

const spellingCache = new Map<string, { short: string; keys: Set<string> }>();
function adminSpellings(admin1: string): { short: string; keys: Set<string> } {
  let v = spellingCache.get(admin1);
  if (!v) {
    const short = acledAdminName(admin1);
    // An area carved out of an older one is written as the text names it, old name or new
    // ("Sorong city, West Papua province": ACLED's rows of the time say West Papua).
    const names = [admin1, short, ...formerAreas(admin1).flatMap((a) => [a, acledAdminName(a)])];
    v = { short, keys: new Set(names.flatMap((n) => [normName(n), foldKey(normName(n))])) };
    spellingCache.set(admin1, v);
  }
  return v;
}

/** A copy of the mention with its place's admin1 spelled as ACLED writes it (gazetteer places are
 *  shared and never changed). `spans` and `resolved` are the text's spans and their mentions, in
 *  the same order. */
export function withAdminSpelling(k: number, spans: Span[], resolved: PlaceMention[], places: Place[], text: string): PlaceMention {
  const m = resolved[k]!;
  if (!m.place?.admin1) return m;
  const coded = acledProvince(m.place);
  if (coded) return coded === m.place.admin1 ? m : { ...m, place: { ...m.place, admin1: coded } };
  const { short } = adminSpellings(m.place.admin1);
  const named = textAreaOf(m.place, spans, resolved, places) ?? provinceInOwnSlots(k, spans, resolved, text) ?? onlyProvinceOf(m, resolved, places);
  // The text's spelling without its generic word ('Chin State' -> 'Chin'), as ACLED writes it.
  const admin1 = named ? acledAdminName(named.text) : short;
  return admin1 === m.place.admin1 ? m : { ...m, place: { ...m.place, admin1 } };
}

interface AcledAdmin1 {
  byAdmin1: Record<string, Record<string, string>>;
  byAdmin2: Record<string, Record<string, string>>;
  districtLevel: string[];
  keepGeneric: string[];
}
const ACLED_ADMIN1 = require('./data/acled-admin1.json') as AcledAdmin1;
const DISTRICT_LEVEL = new Set(ACLED_ADMIN1.districtLevel);
const KEEP_GENERIC = new Set(ACLED_ADMIN1.keepGeneric);

/** The place's admin1 as ACLED names it where the gazetteer's name or level differs (data file
 *  acled-admin1.json): Uganda's district ('Kasese District' -> 'Kasese'), Belgrade, the
 *  Philippines' regions by their official names. Null elsewhere. */
function acledProvince(p: Place): string | null {
  if (DISTRICT_LEVEL.has(p.iso3)) return p.admin2 ? acledAdminName(p.admin2) : null;
  const byDistrict = p.admin2 ? ACLED_ADMIN1.byAdmin2[p.iso3]?.[p.admin2] : undefined;
  const named = byDistrict ?? ACLED_ADMIN1.byAdmin1[p.iso3]?.[p.admin1];
  if (named) return named;
  return KEEP_GENERIC.has(p.iso3) ? withGeneric(p.admin1) : null;
}

/** 'Tatarstan Republic' -> 'Republic of Tatarstan', 'Stavropol Kray' -> 'Stavropol Krai'. */
function withGeneric(admin1: string): string {
  const republic = /^(.+) Republic$/.exec(admin1);
  return republic ? `Republic of ${republic[1]}` : admin1.replace(/ Kray$/, ' Krai');
}

// The answers below depend only on the place's country and province, so a text's mentions of one
// province share them: without that a long text (thousands of mentions) cost mentions x spans.
let answersFor: Span[] | null = null;
const areaAnswers = new Map<string, Span | PlaceMention | null>();
const onlyAnswers = new Map<string, PlaceMention | null>();

function answersOf(spans: Span[]): void {
  if (answersFor === spans) return;
  answersFor = spans;
  // Most texts asked nothing (clearing a Map allocates its table anew even when it is empty).
  if (areaAnswers.size) areaAnswers.clear();
  if (onlyAnswers.size) onlyAnswers.clear();
}

// A module constant: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const LOWER = /\p{Ll}/u;

/** Where the text names the place's province: a name written as the area (an admin slot, or read
 *  as the province) before the same name written as a town ("Hudaydah city (Ad Durayhimi, Al
 *  Hudaydah)" is in "Al Hudaydah"), else its first spelling, else the province itself resolved. */
function textAreaOf(p: Place, spans: Span[], resolved: PlaceMention[], places: Place[]): Span | PlaceMention | null {
  answersOf(spans);
  const key = `${p.iso3}|${p.admin1}`;
  const known = areaAnswers.get(key);
  if (known !== undefined) return known;
  const { keys } = adminSpellings(p.admin1);
  const a1 = p.admin1;
  // Named by a spelling of its own, or by one the gazetteer knows as an alternate name of the area
  // ("Fizuli" for GeoNames' "Fuzuli"); not by an abbreviation ("UP", "J&K": ACLED spells them out).
  let first: Span | null = null;
  let area: Span | null = null;
  for (let i = 0; i < spans.length && !area; i++) {
    const s = spans[i]!;
    if (!keys.has(s.key) && !keys.has(s.foldedKey)) {
      // A slot the gazetteer knows as a name of the place's own province ("Goma (Goma,
      // Nord-Kivu)": the table's "North Kivu" is also called "Nord-Kivu").
      if (s.adminSlot && LOWER.test(s.text) && namesOwnProvince(s, p, places)) area = s;
      continue;
    }
    first ??= s;
    if (s.adminSlot || resolved[i]?.place?.feature_code === 'ADM1') area = s;
  }
  const answer = area ?? first ?? resolved.find((r) => r.place?.feature_code === 'ADM1' && r.place.admin1 === a1 && r.place.iso3 === p.iso3 && spelledOut(r.text)) ?? null;
  areaAnswers.set(key, answer);
  return answer;
}

/** Whether the text's words for a province can stand as its spelling: not an abbreviation ("UP",
 *  "J&K": ACLED spells them out) nor a description naming a country or its people ("Indian
 *  Kashmir", "Pakistan-administered Kashmir"). */
function spelledOut(text: string): boolean {
  return LOWER.test(text) && !findCountryMentions(text).length;
}

function onlyProvinceOf(m: PlaceMention, resolved: PlaceMention[], places: Place[]): PlaceMention | null {
  const key = `${m.place!.iso3}|${m.place!.admin1}`;
  const known = onlyAnswers.get(key);
  if (known !== undefined) return known;
  const answer = onlyProvinceNamed(m, resolved, places);
  onlyAnswers.set(key, answer);
  return answer;
}

/** A town this big keeps the gazetteer's province against the text's. */
const NOTABLE_POPULATION = 10000;

/** "Beni (Beni, Nord-Kivu)", "Sawa, Mahaya district": a province in the place's own slots (the
 *  admin slots right after it, up to a closing parenthesis or a full stop) is where the writer
 *  puts it, in the text's spelling, whatever province the gazetteer gives the place (its admin
 *  tables may predate a reform: Libya's Almargeb, Azerbaijan's Aghjabadi). */
function provinceInOwnSlots(k: number, spans: Span[], resolved: PlaceMention[], text: string): PlaceMention | null {
  const p = resolved[k]!.place!;
  // An admin area, a seat or a town of note keeps the gazetteer's province: the writer slips more often than
  // the tables do ("Nawabshah city (Nawabshah, Punjab)" is Sindh's, "Mariupol, Zaporizhia" Donetsk's).
  if (p.feature_class === 'A' || p.feature_code.startsWith('PPLA') || p.feature_code === 'PPLC' || p.population >= NOTABLE_POPULATION) return null;
  const iso3 = p.iso3;
  for (let o = k + 1; o < spans.length && spans[o]!.adminSlot; o++) {
    const gap = text.slice(spans[o - 1]!.end, spans[o]!.start);
    if (gap.includes(')') || gap.includes('.')) break;
    const q = resolved[o]!.place;
    if (q && q.feature_code === 'ADM1' && q.iso3 === iso3 && spelledOut(resolved[o]!.text)) return resolved[o]!;
  }
  return null;
}

/** Whether one of the span's candidates is, by its own name (not an alternate name: "Mogadishu"
 *  for Banadir, "Aybak" for Samangan are their capitals), the province (ADM1) the place lies in
 *  by its table. */
function namesOwnProvince(s: Span, p: Place, places: Place[]): boolean {
  for (let n = 0; n < s.ids.length; n++) {
    const q = places[s.ids[n]!]!;
    if (!s.alt[n] && q.feature_code === 'ADM1' && q.iso3 === p.iso3 && q.admin1 === p.admin1) return true;
  }
  return false;
}

/** Two provinces' points (their capitals) this close are one area under two sources' names. */
const SAME_AREA_KM = 30;

/** "Goma (Goma, Nord-Kivu)" where the gazetteer's town says "North Kivu" and its area (from another
 *  source) "Nord-Kivu": the one province of the place's country the text names is the place's own
 *  province under the text's spelling when the two areas' points coincide. Not a province the
 *  writer slipped on ("Buni Yadi (Gujba LGA, Borno)" is Yobe's): its capital lies elsewhere.
 *  Null when the text names no province of the country, or several. */
function onlyProvinceNamed(m: PlaceMention, resolved: PlaceMention[], places: Place[]): PlaceMention | null {
  const p = m.place!;
  let only: PlaceMention | null = null;
  for (const r of resolved) {
    const q = r.place;
    if (!q || q.feature_code !== 'ADM1' || q.iso3 !== p.iso3 || !spelledOut(r.text)) continue;
    if (only && only.place!.admin1 !== q.admin1) return null;
    only ??= r;
  }
  if (!only) return null;
  const named = only.place!;
  for (const own of areaIndex(places, 'ADM1').get(`${p.iso3}|${p.admin1}`) ?? []) {
    if (distanceKm(own.lat, own.lon, named.lat, named.lon) <= SAME_AREA_KM) return only;
  }
  return null;
}
