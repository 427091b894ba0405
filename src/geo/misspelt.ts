// "in Culianca, Sinaloa", "in Patzuaro, Michoacan": a name no gazetteer spells that way, written
// with the province it lies in, is most often a slip of the pen for a town of that province one
// letter away (Culiacan, Patzcuaro). Without it the event falls back to the province's capital.

import type { Place, PlaceMention } from './types.ts';
import { normName } from './normalize.ts';
import { distanceKm } from './distance.ts';
import { NEAR_CUES } from './accept.ts';
import { AREA_RADIUS_KM } from './named-areas.ts';

/** Two entries of one name closer than this are one town listed twice. */
const SAME_TOWN_KM = 10;

/** "in X, P" / "in X (P)" / "the municipality of X, P": a capitalised name of one to three words
 *  right before the slot of its province. */
const NAME_BEFORE_SLOT = /\b(?:[Ii]n|[Aa]t|[Nn]ear|of)\s+((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:de|del|la|el|\p{Lu}[\p{Ll}'’-]+)){0,3})(?:\s+(?:town|city|village|municipality|district))?\s*(?:,|\()\s*$/u;

/** Towns a report would name (a seat, or 2,000 people): a province's villages are too many and
 *  too alike to guess among. */
const MIN_POPULATION = 2000;

/** A town and its normalised name. */
interface Town {
  place: Place;
  key: string;
}

/** Per gazetteer (its places array): towns by country, then province, found in one scan on first
 *  use; their names are normalised per province when a text first needs that province. */
const townsByProvince = new WeakMap<Place[], Map<string, Map<string, Place[] | Town[]>>>();

/** Towns by country and province (an index the gazetteer loader may build ahead of texts). */
export function provinceTownIndex(places: Place[]): Map<string, Map<string, Place[] | Town[]>> {
  let index = townsByProvince.get(places);
  if (index) return index;
  index = new Map();
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if ((p.population < MIN_POPULATION && !p.feature_code.startsWith('PPLA') && p.feature_code !== 'PPLC') || p.feature_class !== 'P' || !p.admin1) continue;
    let byProvince = index.get(p.iso3);
    if (!byProvince) index.set(p.iso3, (byProvince = new Map()));
    const list = byProvince.get(p.admin1);
    if (list) (list as Place[]).push(p);
    else byProvince.set(p.admin1, [p]);
  }
  townsByProvince.set(places, index);
  return index;
}

function provinceTowns(places: Place[], iso3: string, admin1: string): Town[] {
  const byProvince = provinceTownIndex(places).get(iso3);
  const list = byProvince?.get(admin1);
  if (!list?.length) return [];
  if ('key' in list[0]!) return list as Town[];
  const towns = (list as Place[]).map((place) => ({ place, key: normName(place.name) }));
  byProvince!.set(admin1, towns);
  return towns;
}

/** Edit distance with adjacent transpositions (optimal string alignment; plain Levenshtein when
 *  `swaps` is false), or `max + 1` once it is sure to exceed `max`. Three rows reused across calls
 *  (name lookups compare hundreds of keys per name: an array per row was most of their cost). */
export function editDistance(a: string, b: string, max: number, swaps = true): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length + 1;
  if (rows.length < 3 * n) rows = new Int32Array(6 * n);
  let prev2 = 0;
  let prev = n;
  let cur = 2 * n;
  for (let j = 0; j < n; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    // Character codes, not one-character strings; the rows rotate through a temporary, not a
    // destructuring swap (in code not yet optimised, an array and an iterator per row).
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return rows[prev + n - 1]!;
}

let rows = new Int32Array(96);

/** The slips allowed: one for a name of up to 7 letters, two from 8 (never for names under 5). */
function allowed(n: number): number {
  return n < 5 ? 0 : n < 8 ? 1 : 2;
}

/** Mentions for misspelt town names written right before the slot of a province the text names
 *  (`resolved`: the text's mentions as resolved, `spelled`: the same with their admin1 spelled as
 *  the text does), each the one town of
 *  the province nearest in spelling; none where two towns are equally near or the name is
 *  already a mention. */
export function misspeltTowns(text: string, resolved: PlaceMention[], spelled: PlaceMention[], places: Place[], iso3: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 0; k < resolved.length; k++) {
    const slot = resolved[k]!;
    const area = slot.place;
    // The slot is the province or a district of it ("Phubani town (Kandhamal, Odisha)"): the
    // province's towns either way (dumps leave most towns' district empty).
    if (!area || (area.feature_code !== 'ADM1' && area.feature_code !== 'ADM2') || area.iso3 !== iso3 || !area.admin1) continue;
    const m = NAME_BEFORE_SLOT.exec(text.slice(Math.max(0, slot.start - 60), slot.start));
    if (!m) continue;
    const start = slot.start - (m[0].length - m[0].indexOf(m[1]!));
    const end = start + m[1]!.length;
    if (resolved.some((o) => o.start < end && o.end > start && o.place)) continue;
    const key = normName(m[1]!);
    const max = allowed(key.replace(/ /g, '').length);
    if (!max) continue;
    // "Saihwal city (Sahiwal, Sindh)": the slot is the town's own name, written right.
    if (editDistance(key, normName(slot.text), max) <= max) continue;
    let best: Place | null = null;
    let bestD = max + 1;
    let tie = false;
    for (const { place: p, key: name } of provinceTowns(places, iso3, area.admin1)) {
      // Slips keep the first letter ("Culianca", "Patzuaro").
      if (name[0] !== key[0]) continue;
      // A district slot: its towns lie near its point (dumps leave most towns' district empty).
      if (area.feature_code === 'ADM2' && distanceKm(p.lat, p.lon, area.lat, area.lon) > AREA_RADIUS_KM[2]) continue;
      const d = editDistance(key, name, max);
      if (d < bestD) [best, bestD, tie] = [p, d, false];
      // Two entries of one town (a dump lists a seat twice) are no tie; two towns of one name are.
      else if (d === bestD && best && (p.name !== best.name || distanceKm(p.lat, p.lon, best.lat, best.lon) > SAME_TOWN_KM)) tie = true;
    }
    if (!best || tie || bestD === 0) continue;
    // The province's admin1 as the slot's mention spells it.
    // "near X, Province" places the event around the town, as for a name spelt right (mention.ts).
    const near = NEAR_CUES.has(m[0].slice(0, m[0].search(/\s/)).toLowerCase());
    out.push({ start, end, text: m[1]!, place: { ...best, admin1: spelled[k]!.place!.admin1 }, geo_precision: near ? 2 : 1, confidence: 0.5, rule: 'misspelt-name-in-named-area', cue: near ? 'near' : 'in', kind: '' });
  }
  return out;
}
