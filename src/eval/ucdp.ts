// `sitrep eval ucdp`: geocoding of UCDP GED rows. Each row's where_description (e.g.
// "Misrata town, Misrata district") is resolved with the row's country through the geo stage's
// own findPlaces/locateEvent, and the point is compared with the coded one. UCDP's where_prec
// says how precise the coded point is (1 exact place ... 7 country), so results are split by it.

import { countryByName } from '../geo/countries.ts';
import { findPlaces, locateEvent } from '../geo/index.ts';
import type { Gazetteer } from '../geo/types.ts';
import { haversineKm } from './score.ts';
import type { Cell } from './table.ts';

export const UCDP_REQUIRED_COLUMNS = ['id', 'where_description', 'country', 'where_prec', 'latitude', 'longitude'] as const;
const NEAR_KM = 25;
const FAR_KM = 161; // 100 miles, a common "same area" radius in geocoding evaluations

export interface UcdpRowResult {
  id: string;
  where_prec: string;
  where_description: string;
  resolved: string | null;
  km: number | null;
}

export interface UcdpEval {
  n: number;
  rows: UcdpRowResult[];
  /** Rows without coordinates or description: not scorable, counted so nothing vanishes silently. */
  skipped: number;
  rows_per_second: number;
}

export function evaluateUcdp(records: ReadonlyArray<Record<string, string>>, gazetteer: Gazetteer): UcdpEval {
  const rows: UcdpRowResult[] = [];
  let skipped = 0;
  const t0 = process.hrtime.bigint();
  for (const rec of records) {
    const lat = Number(rec.latitude);
    const lon = Number(rec.longitude);
    const text = rec.where_description ?? '';
    const base = { id: rec.id, where_prec: rec.where_prec || '?', where_description: text };
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !text.trim()) {
      skipped++;
      continue;
    }
    const iso3 = countryByName(rec.country)?.iso3 ?? null;
    const mentions = findPlaces(text, gazetteer, { iso3 });
    const best = locateEvent(mentions, { start: 0, end: text.length }, { iso3 });
    const place = best?.place ?? null;
    rows.push({
      ...base,
      resolved: place ? `${place.name} (${place.admin1 || place.iso3})` : null,
      km: place ? haversineKm(lat, lon, place.lat, place.lon) : null,
    });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { n: rows.length, rows, skipped, rows_per_second: seconds > 0 ? Math.round(rows.length / seconds) : 0 };
}

function share(rows: readonly UcdpRowResult[], km: number): number {
  return rows.length ? rows.filter((r) => r.km !== null && r.km <= km).length / rows.length : 0;
}

/** One summary line per where_prec, then "1-2" (the target group) and "all". */
export function ucdpSummary(ev: UcdpEval): Array<Record<string, Cell>> {
  const groups = new Map<string, UcdpRowResult[]>();
  for (const r of ev.rows) groups.set(r.where_prec, [...(groups.get(r.where_prec) ?? []), r]);
  const line = (label: string, rows: UcdpRowResult[]) => ({
    where_prec: label,
    rows: rows.length,
    resolved: rows.filter((r) => r.km !== null).length,
    within_25km: Math.round(share(rows, NEAR_KM) * 1e4) / 1e4,
    within_161km: Math.round(share(rows, FAR_KM) * 1e4) / 1e4,
  });
  const keys = [...groups.keys()].sort();
  return [
    ...keys.map((k) => line(k, groups.get(k)!)),
    line('1-2', ev.rows.filter((r) => r.where_prec === '1' || r.where_prec === '2')),
    line('all', ev.rows),
  ];
}
