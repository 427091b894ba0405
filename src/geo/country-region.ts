// "Israeli airstrikes across southern Lebanon", "shelling in eastern Ukraine", "Nigeria's
// northeast": an event the text places only in a side of a country. The capital (Beirut, Kyiv)
// is the wrong end of the country; ACLED codes such an event to the region the text names, at a
// coarse geo_precision. Here: the first-level area at the middle of that side of the country.

import type { Place } from './types.ts';

/** Unit bearings (north, east) of the compass words reports use for a side of a country. */
const BEARINGS: Record<string, readonly [number, number]> = {
  north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1],
  northeast: [Math.SQRT1_2, Math.SQRT1_2], northwest: [Math.SQRT1_2, -Math.SQRT1_2],
  southeast: [-Math.SQRT1_2, Math.SQRT1_2], southwest: [-Math.SQRT1_2, -Math.SQRT1_2],
};

const SIDE = '((?:north|south)-?(?:east|west)|north|south|east|west)';
/** "southern Lebanon", "in the far north-eastern Nigeria", ending where the country's name begins. */
const SIDE_BEFORE = new RegExp(`\\b${SIDE}(?:ern)?\\s+(?:parts?\\s+of\\s+)?$`, 'i');
/** "the south of Lebanon", "the northeast of the country's X". */
const SIDE_OF = new RegExp(`\\bthe\\s+(?:far\\s+)?${SIDE}(?:ern)?\\s+(?:parts?\\s+)?of\\s+$`, 'i');
/** "Nigeria's northeast", "Lebanon's south", right after the name; not before a capitalised word
 *  (tested apart: under the case-insensitive flag \\p{Lu} matches lower case too). */
const SIDE_AFTER = new RegExp(`^['’]s\\s+(?:far\\s+)?${SIDE}(?:ern)?\\b`, 'i');
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/** SIDE_AFTER on the text after the name, unless a capitalised word follows the side. */
function sideAfter(after: string): RegExpExecArray | null {
  const m = SIDE_AFTER.exec(after);
  return m && !CAPITAL_NEXT.test(after.slice(m[0].length)) ? m : null;
}

/** The bearing of the side of the country the text names around the country's name at
 *  [start, end), or null. */
export function countrySide(text: string, start: number, end: number): readonly [number, number] | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = SIDE_BEFORE.exec(before) ?? SIDE_OF.exec(before) ?? sideAfter(text.slice(end, end + 24));
  return m ? BEARINGS[m[1]!.toLowerCase().replace('-', '')] ?? null : null;
}

/** Per country, its first-level areas (memoised per gazetteer). */
const areasOf = new WeakMap<Place[], Map<string, Place[]>>();

function firstLevelAreas(places: Place[], iso3: string): Place[] {
  let by = areasOf.get(places);
  if (!by) {
    by = new Map();
    for (const p of places) if (p.feature_code === 'ADM1') (by.get(p.iso3) ?? by.set(p.iso3, []).get(p.iso3)!).push(p);
    areasOf.set(places, by);
  }
  return by.get(iso3) ?? [];
}

/** How far along the side an area reaches, as a share of the farthest area: an area counts as
 *  on that side at half the farthest one's reach or more. */
const ON_SIDE = 0.5;

/** The first-level area at the middle of the country's side `bearing`: of the areas whose points
 *  lie that way from the middle of all the country's areas (half as far as the farthest or more),
 *  the one nearest their own middle. Null with fewer than three areas (no sides to speak of). */
export function areaOnSide(places: Place[], iso3: string, bearing: readonly [number, number]): Place | null {
  const areas = firstLevelAreas(places, iso3);
  if (areas.length < 3) return null;
  const [cLat, cLon] = middle(areas);
  const kx = Math.cos((cLat * Math.PI) / 180);
  const reach = areas.map((p) => (p.lat - cLat) * bearing[0] + (p.lon - cLon) * kx * bearing[1]);
  const far = Math.max(...reach);
  if (!(far > 0)) return null;
  const side = areas.filter((_, i) => reach[i]! >= ON_SIDE * far);
  // An area on that side named for it ("Northern District" of "northern Israel", "North Lebanon")
  // is the country's own name for that side.
  const named = side.filter((p) => namesSide(p.name, bearing));
  if (named.length === 1) return named[0]!;
  const [sLat, sLon] = middle(side);
  let best: Place | null = null;
  let bestD = Infinity;
  for (const p of side) {
    const d = (p.lat - sLat) ** 2 + ((p.lon - sLon) * kx) ** 2;
    if (d < bestD) (best = p), (bestD = d);
  }
  return best;
}

/** Words for each compass side in area names, English and French ("Nord", "Sud-Ouest"). */
const SIDE_NAMES: ReadonlyArray<readonly [RegExp, readonly [number, number]]> = [
  [/^(?:north(?:ern)?|nord)$/i, BEARINGS.north!], [/^(?:south(?:ern)?|sud)$/i, BEARINGS.south!],
  [/^(?:east(?:ern)?|est)$/i, BEARINGS.east!], [/^(?:west(?:ern)?|ouest)$/i, BEARINGS.west!],
];

/** The area's name is, or starts with, the side word alone ("Northern District", "North
 *  Lebanon", "Nord"), not a compound side ("North-West" is no northern area's own name). */
function namesSide(name: string, bearing: readonly [number, number]): boolean {
  const first = /^\p{L}+(?=$|\s)/u.exec(name)?.[0];
  if (!first) return false;
  for (const [re, b] of SIDE_NAMES) if (re.test(first)) return b[0] === bearing[0] && b[1] === bearing[1];
  return false;
}

function middle(ps: Place[]): [number, number] {
  let lat = 0;
  let lon = 0;
  for (const p of ps) (lat += p.lat), (lon += p.lon);
  return [lat / ps.length, lon / ps.length];
}
