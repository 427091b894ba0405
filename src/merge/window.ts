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

type Dated = Pick<EventFields, 'event_date' | 'event_date_end' | 'time_precision'>;
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
 * Day numbers of the ISO dates scoring compares (days since 1970), or NaN for a string that is not
 * a plain date of years 1000-9998 (compared by its string window instead). Only a few thousand
 * distinct dates recur across the millions of pairs an import scores, so each is parsed once.
 */
const DAY_NUMBERS = new Map<string, number>();
const FIRST_DAY = Date.UTC(1000, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(9998, 11, 31) / 86_400_000;
function dayNumber(iso: string): number {
  let d = DAY_NUMBERS.get(iso);
  if (d === undefined) {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    d = ms / 86_400_000;
    // Only a date that reads back as itself: then addDays, string order and daysBetween agree with day arithmetic.
    if (!(d >= FIRST_DAY && d <= LAST_DAY) || new Date(ms).toISOString().slice(0, 10) !== iso) d = NaN;
    if (DAY_NUMBERS.size >= 100_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(iso, d);
  }
  return d;
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

/** The widest window a stored event may stand for (a month), so the date search finds it. */
export function searchDates(f: Pick<EventFields, 'event_date' | 'event_date_end' | 'time_precision'>): { from: string; to: string } {
  const [a, b] = dateWindow(f);
  const pad = HALF_WINDOW_DAYS[3]! + DATE_SLACK_DAYS;
  return { from: addDays(a, -pad), to: addDays(b, pad) };
}
