// Front lines: a polyline a conflict's fighting runs along, from context-cues.json (general
// knowledge, e.g. Donbas' 2015-2022 contact line). Monitors and front-line actors report shelling
// "near X" in villages within a few km of the line; when a text carries such a cue, a namesake
// near the line is far likelier than one 300 km behind it ("Vodyane" names a dozen villages).

import { distanceKm } from './distance.ts';
import { normName } from './normalize.ts';
import type { Place, PlaceMention } from './types.ts';

export interface FrontLine {
  iso3: string;
  /** [lat, lon] vertices in order along the line. */
  points: Array<[number, number]>;
  /** Beyond this distance a place gains nothing from the line. */
  km: number;
  /** The first and last day (YYYY-MM-DD) the line held, null when open. */
  from: string | null;
  until: string | null;
}

const RAD = Math.PI / 180;

/** Distance in km from a point to the polyline (planar within a segment: segments are < 100 km). */
export function distanceToLineKm(lat: number, lon: number, points: Array<[number, number]>): number {
  return scanLine(lat, lon, points, null);
}

/** The point of the polyline nearest to (lat, lon). */
export function nearestOnLine(lat: number, lon: number, points: Array<[number, number]>): [number, number] {
  const at: [number, number] = [points[0]![0], points[0]![1]];
  scanLine(lat, lon, points, at);
  return at;
}

/** The least distance to the polyline; with `at`, also writes the nearest point there. */
function scanLine(lat: number, lon: number, points: Array<[number, number]>, at: [number, number] | null): number {
  let best = Infinity;
  const kx = Math.cos(lat * RAD); // degrees of longitude shrink with latitude
  for (let i = 0; i + 1 < points.length; i++) {
    // Indexed reads, not `const [aLat, aLon] = points[i]`: destructuring runs the iterator protocol
    // (two objects per pair) in code not yet optimised, which a cold batch pass mostly is.
    const a = points[i]!;
    const b = points[i + 1]!;
    const aLat = a[0];
    const aLon = a[1];
    const bLat = b[0];
    const bLon = b[1];
    const dx = (bLon - aLon) * kx;
    const dy = bLat - aLat;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((lon - aLon) * kx) * dx + (lat - aLat) * dy) / len2));
    const qLat = aLat + t * dy;
    const qLon = aLon + (t * dx) / kx;
    const d = distanceKm(lat, lon, qLat, qLon);
    if (d < best) {
      best = d;
      if (at) {
        at[0] = qLat;
        at[1] = qLon;
      }
    }
  }
  if (points.length === 1) best = distanceKm(lat, lon, points[0]![0], points[0]![1]);
  return best;
}

/** The vertices are approximate (a few km): places this close all count as on the line. */
const ON_LINE_KM = 8;

/** 0..1: 1 on the line (within ON_LINE_KM), falling linearly to 0 at the line's `km`; 0 in
 *  another country. */
export function frontNearness(p: { lat: number; lon: number; iso3: string }, lines: readonly FrontLine[]): number {
  if (!lines.length) return 0;
  // A text's fronts are one array, and resolve.ts asks of a candidate up to four times (its
  // score, then whether it or a spelling variant lies on the line): answers kept with the array.
  let seen = nearnessSeen.get(lines);
  if (!seen) nearnessSeen.set(lines, (seen = new Map()));
  let got = seen.get(p);
  if (got === undefined) {
    got = nearness(p, lines);
    seen.set(p, got);
  }
  return got;
}

const nearnessSeen = new WeakMap<readonly FrontLine[], Map<object, number>>();

function nearness(p: { lat: number; lon: number; iso3: string }, lines: readonly FrontLine[]): number {
  let best = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.iso3 !== p.iso3 || beyondReach(p.lat, p.lon, l)) continue;
    const d = distanceToLineKm(p.lat, p.lon, l.points);
    best = Math.max(best, d <= ON_LINE_KM ? 1 : 1 - (d - ON_LINE_KM) / (l.km - ON_LINE_KM));
  }
  return best;
}

// Most candidates a front's cue brings up lie far from its line (namesakes all over the country),
// and distanceToLineKm costs a great-circle distance per segment. Every point distanceToLineKm
// measures to lies in the box of the line's vertices (segments are interpolated in lat/lon), so a
// lower bound on the distance to that box settles those candidates: at `km` or more from the line,
// a place gains nothing (frontNearness's term is <= 0). The bound uses the haversine's two terms,
// each a lower bound of sin^2(d / 2R): sin^2(dLat / 2), and cos(lat1) cos(lat2) sin^2(dLon / 2)
// with cos(lat2) at its least over the box. SLACK_KM keeps rounding from ever deciding.
// Measured on the ACLED notes with GeoNames (cold pass, sampling heap profiler): 28.5 MB of the
// pass's 656 MB allocation was distanceToLineKm's destructuring; with the indexed reads and the
// bound, 3.9 MB (distanceKm's 9.7 -> 5.9 MB).

const R_KM = 6371.0088;
const SLACK_KM = 1;

interface LineBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  /** Least cos(lat) over the box (cos falls with |lat|, so at one of its edges). */
  cosMin: number;
  /** sin^2(reach / 2R) for reach = the line's km + SLACK_KM: a place whose bound reaches it is beyond. */
  reach: number;
}

const boxes = new WeakMap<FrontLine, LineBox | null>();

function boxOf(l: FrontLine): LineBox | null {
  let box = boxes.get(l);
  if (box === undefined) {
    box = null;
    // Only where a far place's term is surely <= 0 (km above ON_LINE_KM) and the angles stay small.
    if (l.km > ON_LINE_KM && l.km + SLACK_KM < 1000 && l.points.length > 0) {
      let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
      for (const [lat, lon] of l.points) {
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
      }
      const h = Math.sin((l.km + SLACK_KM) / R_KM / 2);
      box = { minLat, maxLat, minLon, maxLon, cosMin: Math.min(Math.cos(minLat * RAD), Math.cos(maxLat * RAD)), reach: h * h };
    }
    boxes.set(l, box);
  }
  return box;
}

/** Whether the place is surely `l.km` or more from the line (see above). */
function beyondReach(lat: number, lon: number, l: FrontLine): boolean {
  const box = boxOf(l);
  if (!box) return false;
  const gapLat = Math.max(0, box.minLat - lat, lat - box.maxLat);
  const sLat = Math.sin((gapLat * RAD) / 2);
  if (sLat * sLat >= box.reach) return true;
  // The longitude term only while every longitude difference to the box is within 180 degrees
  // (sin^2(dLon / 2) grows with |dLon| up to there).
  if (Math.max(Math.abs(box.minLon - lon), Math.abs(box.maxLon - lon)) > 180) return false;
  const gapLon = Math.max(0, box.minLon - lon, lon - box.maxLon);
  const sLon = Math.sin((gapLon * RAD) / 2);
  return Math.cos(lat * RAD) * box.cosMin * sLon * sLon >= box.reach;
}

// "exchanged fire across the LoC at Nambla sector (Baramulla district)", "rebels under OPS shelled
// Abboush in al-Hasakeh": the village is one the gazetteer lacks, and the event falls back to the
// area named right after it, whose seat lies behind the line. The cue says the village is on the
// line, so the line's point nearest the seat is the better guess than the seat itself, where the
// line passes within a district's reach of that seat (farther, the nearest stretch may lie in
// another area) and the seat lies clearly behind it (beyond half the line's km: the capital of
// Donetsk oblast, 10 km off the line, is as good a guess as the line's nearest point). The place
// keeps its name, precision and rule (locate.ts reads the rule); only its point moves. Not an
// area the text names as the place itself ("a drone struck Hasakah city", "shells fell in
// al-Hasakeh"): the unknown name must follow a locative word and must not open a sentence.

/** A locative word, a name ending in a capitalised word (no acronym: those are mostly actors; "Tal
 *  Baydar", "al Asadiyah", "Qabr al Kabir"), then only lower-case words, commas and brackets up to
 *  the area: "at Nambla sector area (", "shelled Qabbour in ". */
const NAME_THEN_AREA = /(?:\b(?:at|in|near|on|of|shelled|struck|hit|targeted|attacked|around)\s+)((?:\p{Lu}[\p{L}'’-]*\s+|(?:al|el|ad|as|ash|ar|an|az|de|la|le|bin)[\s-]+){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*)([\s\p{Ll},(]{1,30})$/u;
/** "Hasakah city", "Rajouri town": the text names the town itself. */
const TOWN_AFTER = /^\s+(?:city|town)\b/i;
const REACH_KM = 50;

/** An admin area, or a seat the gazetteer gives for the area the text names by its own name
 *  ("al-Hasakeh": the city, where the gazetteer lacks the governorate). */
function standsForArea(p: Place, key: string): boolean {
  if (p.feature_class === 'A') return !p.feature_code.startsWith('PCL');
  if (p.feature_code === 'PPLA') return normName(p.admin1) === key;
  if (p.feature_code === 'PPLA2') return normName(p.admin2 ?? '') === key;
  return false;
}

/** Whether the word ending at `end` is in a name the gazetteer gave no place for, and in no
 *  country name, demonym or cue word ("Turkish forces in al-Hasakeh": `notPlaces` marks those). */
function unknownName(end: number, mentions: PlaceMention[], notPlaces: Uint8Array): boolean {
  if (notPlaces[end - 1]) return false;
  for (const m of mentions) if (m.place && m.start < end && m.end >= end) return false;
  return true;
}

/** Moves, in place, the area mentions that stand for an unknown village on a front (above). */
export function areasOntoFront(mentions: PlaceMention[], fronts: readonly FrontLine[], text: string, notPlaces: Uint8Array): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const p = m.place;
    if (!p || !standsForArea(p, normName(m.text))) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const named = NAME_THEN_AREA.exec(before);
    if (!named || TOWN_AFTER.test(text.slice(m.end, m.end + 8)) || !unknownName(m.start - named[2]!.length, mentions, notPlaces)) continue;
    for (const f of fronts) {
      if (f.iso3 !== p.iso3) continue;
      const [lat, lon] = nearestOnLine(p.lat, p.lon, f.points);
      const d = distanceKm(p.lat, p.lon, lat, lon);
      if (d <= f.km / 2 || d > REACH_KM) continue;
      mentions[k] = { ...m, place: { ...p, lat, lon } };
      break;
    }
  }
}
