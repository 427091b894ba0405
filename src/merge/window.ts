// How far apart two claims about the same incident may plausibly be, given how precisely each
// was coded. A report stands for a window of days and a circle on the map; two reports can be
// the same event only when their windows (plus a reporting slack) and circles touch.

import type { EventFields } from '../core/types.ts';
import { addDays } from '../store/reconcile.ts';

/** Half-width in days of the window a date of each time_precision stands for (week / month). */
const HALF_WINDOW_DAYS: Record<number, number> = { 1: 0, 2: 3, 3: 15 };
/** Dates in reports drift by a day (night attacks, time zones, "yesterday" in a dated dispatch). */
export const DATE_SLACK_DAYS = 1;
/** Radius in km a point of each geo_precision stands for (exact, near/part of, region). */
const RADIUS_KM: Record<number, number> = { 1: 10, 2: 30, 3: 150 };
/** Without coordinates a report only says "somewhere in this country". */
export const UNKNOWN_RADIUS_KM = 500;

export type Dated = Pick<EventFields, 'event_date' | 'event_date_end' | 'time_precision'>;
/** A report is scored against many candidates: its window is worked out once. */
const WINDOWS = new WeakMap<Dated, [string, string]>();

export function dateWindow(f: Dated): [string, string] {
  let w = WINDOWS.get(f);
  if (!w) {
    const pad = HALF_WINDOW_DAYS[f.time_precision] ?? 0;
    w = f.event_date_end && f.event_date_end >= f.event_date ? [f.event_date, f.event_date_end] : pad ? [addDays(f.event_date, -pad), addDays(f.event_date, pad)] : [f.event_date, f.event_date];
    WINDOWS.set(f, w);
  }
  return w;
}

/**
 * The day number (days since 1970-01-01) of a plain ISO date 'YYYY-MM-DD' of the years 1000-9998,
 * or NaN for any other string (compared by its string window instead): for those, addDays,
 * string order and daysBetween agree with day arithmetic. Read from the characters: a map of
 * parsed dates hashed each fresh string the store returned (~16 us per imported row).
 */
function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (!(y >= 1000 && y <= 9998 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  // Days from the civil date (H. Hinnant's algorithm, March-based years).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The number written in s[from, to), or NaN when a character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * dateWindow as day numbers [first, last], or null when a date is not plain (dateWindow then):
 * scoring a batch compares each report with tens of stored events, and day numbers spare the
 * string dates' parsing and formatting in each comparison.
 */
export function dayWindow(f: Dated): [number, number] | null {
  const start = dayNumber(f.event_date);
  if (f.event_date_end && f.event_date_end >= f.event_date) {
    const end = dayNumber(f.event_date_end);
    return start === start && end === end ? [start, end] : null;
  }
  const pad = HALF_WINDOW_DAYS[f.time_precision] ?? 0;
  return start === start ? [start - pad, start + pad] : null;
}

/** windowGap of two day-number windows. */
export function dayGap(a: [number, number], b: [number, number]): number {
  return a[1] < b[0] ? b[0] - a[1] : b[1] < a[0] ? a[0] - b[1] : 0;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Days between two windows (0 when they overlap). */
export function windowGap(a: [string, string], b: [string, string]): number {
  if (a[1] < b[0]) return daysBetween(a[1], b[0]);
  if (b[1] < a[0]) return daysBetween(b[1], a[0]);
  return 0;
}

export function radiusKm(f: Pick<EventFields, 'latitude' | 'longitude' | 'geo_precision'>): number {
  if (f.latitude == null || f.longitude == null) return UNKNOWN_RADIUS_KM;
  return RADIUS_KM[f.geo_precision ?? 3] ?? RADIUS_KM[3]!;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The box in which a stored event's point must lie to be a candidate: this report's radius plus
 * a "near/part of" radius (30 km) for the stored side. A stored region-level event whose point
 * (an admin capital) lies farther is not searched: widening to 150 km would multiply candidates
 * in dense areas ninefold, and such a vague event can still be merged by hand in review.
 */
export function searchBox(f: Pick<EventFields, 'latitude' | 'longitude' | 'geo_precision'>): [number, number, number, number] | null {
  if (f.latitude == null || f.longitude == null) return null;
  const km = radiusKm(f) + RADIUS_KM[2]!;
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(0.2, Math.cos((f.latitude * Math.PI) / 180)));
  // Past the antimeridian the box goes on from the other side: west > east, which the stores
  // search as two boxes (a point at 179.9 E has neighbours at 179.9 W).
  const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon);
  return [wrap(f.longitude - dLon), Math.max(-90, f.latitude - dLat), wrap(f.longitude + dLon), Math.min(90, f.latitude + dLat)];
}

/**
 * How far around a report's window (days) its neighbourhood reaches: the stored events it is
 * screened against and takes its word weights from (score.ts textContext: a word the other
 * texts of those days and that area also use says little). Those within DATE_SLACK_DAYS are
 * scored; the others pass the date veto only for their words. Three days: on the labelled pairs
 * and the ACLED file's distinct pairs this scores as the half-month neighbourhood searched before
 * (which read six times the events per report); one day (the slack alone) let ~9% more distinct
 * ACLED pairs merge.
 */
export const NEIGHBOURHOOD_DAYS = 3;

/**
 * The days a candidate's own window must reach: this report's window widened by its
 * neighbourhood. A stored event is found when ITS window (dateWindow: widened by its own
 * precision) meets these days (windowMeets). The stores index each event's widened window
 * (SQLite's R*Tree) or test it after bounding its dates (store.ts CandidateQuery).
 */
export function searchDates(f: Dated): { from: string; to: string } {
  const [a, b] = dateWindow(f);
  return { from: addDays(a, -NEIGHBOURHOOD_DAYS), to: addDays(b, NEIGHBOURHOOD_DAYS) };
}

/** The farthest a stored event's window reaches past its dates (a month-precise date: half a month). */
export const MAX_HALF_WINDOW_DAYS = HALF_WINDOW_DAYS[3]!;

/**
 * How many times the limit a search reads in its date bounds before testing windows (SQLite
 * without a box, PostgreSQL): a bound on the cost. Only a place with that many events within
 * about two months around a report (10,000 for the merge's limit of 500) could lose a candidate.
 */
export const BOUNDS_READ = 20;

/** The longest stored window a search reaches back for (days): a stored window that begins earlier is not searched. */
export const LONGEST_WINDOW_DAYS = 62;

/** Whether a claim's window (dateWindow) meets the days [from, to]: what a candidate search matches. */
export function windowMeets(f: Dated, from: string, to: string): boolean {
  const [a, b] = dateWindow(f);
  return a <= to && b >= from;
}
