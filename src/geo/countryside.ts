// "Ftireh in the southern countryside of Idleb", "in northern Lattakia countryside", "a village
// 40km north of Gorom-Gorom": when the village is in no gazetteer, the event falls back to the
// town the text names, and the text says on which side of it (and sometimes how far) the event
// lies. The countryside of a town reaches tens of kilometres out, so a point that far on the
// named side is nearer the event than the town.

import type { Place } from './types.ts';

/** How far out a town's named countryside is taken to lie (its villages are ~10-40 km out). */
export const COUNTRYSIDE_KM = 20;

/** Unit bearings (north, east) of the compass adjectives reports use. */
const BEARINGS: Record<string, readonly [number, number]> = {
  northern: [1, 0], southern: [-1, 0], eastern: [0, 1], western: [0, -1],
  northeastern: [Math.SQRT1_2, Math.SQRT1_2], northwestern: [Math.SQRT1_2, -Math.SQRT1_2],
  southeastern: [-Math.SQRT1_2, Math.SQRT1_2], southwestern: [-Math.SQRT1_2, -Math.SQRT1_2],
};

/** "the southern countryside of T", ending where T begins. */
const BEFORE_OF = /\b((?:north|south)-?(?:east|west)ern|northern|southern|eastern|western)\s+countryside\s+of\s+(?:the\s+)?$/i;
/** "northern T countryside": the adjective right before T, "countryside" right after. */
const BEFORE_NAME = /\b((?:north|south)-?(?:east|west)ern|northern|southern|eastern|western)\s+$/i;
const AFTER_NAME = /^\s+countryside\b/i;

/** "40km north of T", "2.4 KM south-east of the T": a distance and a side the text states. */
const STATED_OFFSET = /(\d{1,3}(?:\.\d+)?)\s?(?:km|kilometres|kilometers)\s+(?:to\s+the\s+)?((?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+(?:the\s+)?$/i;
const SIDES: Record<string, readonly [number, number]> = {
  north: BEARINGS.northern!, south: BEARINGS.southern!, east: BEARINGS.eastern!, west: BEARINGS.western!,
  northeast: BEARINGS.northeastern!, northwest: BEARINGS.northwestern!, southeast: BEARINGS.southeastern!, southwest: BEARINGS.southwestern!,
};

/** The bearing and distance the text states before the place at `start` ("40km north of T"). */
export function statedOffset(text: string, start: number): { bearing: readonly [number, number]; km: number } | null {
  const m = STATED_OFFSET.exec(text.slice(Math.max(0, start - 40), start));
  const bearing = m ? SIDES[m[2]!.toLowerCase().replace('-', '')] : undefined;
  return m && bearing ? { bearing, km: Number(m[1]) } : null;
}

/** "the West Zone of T", "the eastern part of T", "the north side of the T": a part of a town. */
const PART_OF = /\b((?:north|south)-?(?:east|west)(?:ern)?|northern|southern|eastern|western|north|south|east|west)\s+(?:zone|part|parts|side|sector|suburbs|neighbou?rhoods)\s+of\s+(?:the\s+)?$/i;

/** People per square kilometre of a town, for its radius (a part of it lies about that far out). */
const TOWN_DENSITY = 8000;

/** "the West Zone of Rio de Janeiro": the side of the town the text names and how far out that part
 *  lies, the radius of a disc of the town's population at a city's density (Rio ~16 km, a town of
 *  100,000 ~2 km). Null when the text names no part, or the place has no population. */
export function townPart(text: string, start: number, p: Place): { bearing: readonly [number, number]; km: number } | null {
  if (p.feature_class !== 'P' || p.population <= 0) return null;
  const m = PART_OF.exec(text.slice(Math.max(0, start - 40), start));
  const word = m?.[1]!.toLowerCase().replace('-', '');
  const bearing = word ? BEARINGS[word] ?? SIDES[word] : undefined;
  return bearing ? { bearing, km: Math.sqrt(p.population / TOWN_DENSITY / Math.PI) } : null;
}

/** The bearing of the countryside of the place named at [start, end), or null. */
export function countrysideBearing(text: string, start: number, end: number): readonly [number, number] | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = BEFORE_OF.exec(before) ?? (AFTER_NAME.test(text.slice(end, end + 14)) ? BEFORE_NAME.exec(before) : null);
  return m ? BEARINGS[m[1]!.toLowerCase().replace('-', '')] ?? null : null;
}

/** A copy of the town with its point moved `km` (COUNTRYSIDE_KM unless the text states it) along
 *  the bearing (gazetteer places are shared and never changed). */
export function intoCountryside(p: Place, [north, east]: readonly [number, number], km = COUNTRYSIDE_KM): Place {
  const lat = p.lat + (north * km) / 111.2;
  const lon = p.lon + (east * km) / (111.2 * Math.cos((p.lat * Math.PI) / 180));
  return { ...p, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}
