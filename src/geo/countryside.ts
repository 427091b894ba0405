// "Ftireh in the southern countryside of Idleb", "in northern Lattakia countryside": when the
// village is in no gazetteer, the event falls back to the town whose countryside the text names,
// and the text says on which side of it the event lies. The countryside of a town reaches tens
// of kilometres out, so a point that far on the named side is nearer the event than the town.

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

/** The bearing of the countryside of the place named at [start, end), or null. */
export function countrysideBearing(text: string, start: number, end: number): readonly [number, number] | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = BEFORE_OF.exec(before) ?? (AFTER_NAME.test(text.slice(end, end + 14)) ? BEFORE_NAME.exec(before) : null);
  return m ? BEARINGS[m[1]!.toLowerCase().replace('-', '')] ?? null : null;
}

/** A copy of the town with its point moved COUNTRYSIDE_KM along the bearing (gazetteer places
 *  are shared and never changed). */
export function intoCountryside(p: Place, [north, east]: readonly [number, number]): Place {
  const lat = p.lat + (north * COUNTRYSIDE_KM) / 111.2;
  const lon = p.lon + (east * COUNTRYSIDE_KM) / (111.2 * Math.cos((p.lat * Math.PI) / 180));
  return { ...p, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}
