// Front lines: a polyline a conflict's fighting runs along, from context-cues.json (general
// knowledge, e.g. Donbas' 2015-2022 contact line). Monitors and front-line actors report shelling
// "near X" in villages within a few km of the line; when a text carries such a cue, a namesake
// near the line is far likelier than one 300 km behind it ("Vodyane" names a dozen villages).

import { distanceKm } from './distance.ts';

export interface FrontLine {
  iso3: string;
  /** [lat, lon] vertices in order along the line. */
  points: Array<[number, number]>;
  /** Beyond this distance a place gains nothing from the line. */
  km: number;
}

const RAD = Math.PI / 180;

/** Distance in km from a point to the polyline (planar within a segment: segments are < 100 km). */
export function distanceToLineKm(lat: number, lon: number, points: Array<[number, number]>): number {
  let best = Infinity;
  const kx = Math.cos(lat * RAD); // degrees of longitude shrink with latitude
  for (let i = 0; i + 1 < points.length; i++) {
    const [aLat, aLon] = points[i]!;
    const [bLat, bLon] = points[i + 1]!;
    const dx = (bLon - aLon) * kx;
    const dy = bLat - aLat;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((lon - aLon) * kx) * dx + (lat - aLat) * dy) / len2));
    const d = distanceKm(lat, lon, aLat + t * dy, aLon + (t * dx) / kx);
    if (d < best) best = d;
  }
  if (points.length === 1) best = distanceKm(lat, lon, points[0]![0], points[0]![1]);
  return best;
}

/** The vertices are approximate (a few km): places this close all count as on the line. */
const ON_LINE_KM = 8;

/** 0..1: 1 on the line (within ON_LINE_KM), falling linearly to 0 at the line's `km`; 0 in
 *  another country. */
export function frontNearness(p: { lat: number; lon: number; iso3: string }, lines: readonly FrontLine[]): number {
  let best = 0;
  for (const l of lines) {
    if (l.iso3 !== p.iso3) continue;
    const d = distanceToLineKm(p.lat, p.lon, l.points);
    best = Math.max(best, d <= ON_LINE_KM ? 1 : 1 - (d - ON_LINE_KM) / (l.km - ON_LINE_KM));
  }
  return best;
}
