// Scoring rules for comparing an extracted report with a professionally coded row.
// Each rule is the definition from issue 3, written once here so the CLI, the tests and the
// findings all mean the same thing by "right".

import type { Report } from '../core/types.ts';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two WGS84 points. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

/** Case, accents and punctuation removed, whitespace collapsed: "Al-Shabaab" = "al shabaab". */
export function normaliseName(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(NOT_LETTERS, ' ')
    .trim();
}

/** The coded answer for one ACLED row, already parsed and typed. */
export interface AcledTruth {
  id: string;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string;
  inter1: number;
  inter2: number;
  country: string;
  iso3: string;
  admin1: string;
  latitude: number;
  longitude: number;
  fatalities: number;
  /** The export's civilian_targeting column, when it has one (newer exports); else derived. */
  civilian_targeting?: boolean;
}

/**
 * Newer ACLED exports carry the flag in a civilian_targeting column, which is the answer then.
 * Older exports (like 2020) have no such column. ACLED's 2023 definition:
 * set when civilians are the main or only target of violence. We derive it from the coded row:
 * every "Violence against civilians" event, "Excessive force against protesters", and
 * Explosions/Remote violence or Riots whose target (actor2) is Civilians (inter 7).
 */
export function expectedCivilianTargeting(t: Pick<AcledTruth, 'event_type' | 'sub_event_type' | 'inter2' | 'civilian_targeting'>): boolean {
  if (t.civilian_targeting !== undefined) return t.civilian_targeting;
  if (t.event_type === 'Violence against civilians') return true;
  if (t.sub_event_type === 'Excessive force against protesters') return true;
  return (t.event_type === 'Explosions/Remote violence' || t.event_type === 'Riots') && t.inter2 === 7;
}

export const ACLED_FIELDS = [
  'event_type',
  'sub_event_type',
  'event_date',
  'fatalities',
  'location_25km',
  'country',
  'admin1',
  'inter1',
  'inter2',
  'actor1',
  'civilian_targeting',
] as const;
export type AcledField = (typeof ACLED_FIELDS)[number];

export interface FieldOutcome {
  field: AcledField;
  ok: boolean;
  expected: string;
  got: string;
}

const LOCATION_KM = 25;

function outcome(field: AcledField, expected: unknown, got: unknown, ok: boolean): FieldOutcome {
  return { field, ok, expected: String(expected), got: got === null || got === undefined ? '(none)' : String(got) };
}

/** One row scored on every field; `report` null (the note gave no event) is wrong everywhere. */
export function scoreAcledRow(truth: AcledTruth, report: Report | null): FieldOutcome[] {
  const r = report;
  const loc = (): FieldOutcome => {
    const expected = `${truth.latitude},${truth.longitude}`;
    if (!r || r.latitude === null || r.longitude === null) return outcome('location_25km', expected, null, false);
    const km = haversineKm(truth.latitude, truth.longitude, r.latitude, r.longitude);
    return outcome('location_25km', expected, `${r.location || '?'} (${Math.round(km)} km)`, km <= LOCATION_KM);
  };
  const civ = expectedCivilianTargeting(truth);
  const gotCiv = r ? r.civilian_targeting === 'Civilian targeting' : null;
  const sameIso = !!r && !!r.iso3 && r.iso3.toUpperCase() === truth.iso3.toUpperCase();
  return [
    outcome('event_type', truth.event_type, r?.event_type, !!r && r.event_type === truth.event_type),
    outcome('sub_event_type', truth.sub_event_type, r?.sub_event_type, !!r && r.sub_event_type === truth.sub_event_type),
    outcome('event_date', truth.event_date, r?.event_date, !!r && r.event_date === truth.event_date),
    outcome('fatalities', truth.fatalities, r?.fatalities, !!r && r.fatalities === truth.fatalities),
    loc(),
    outcome('country', truth.country, r ? r.country || r.iso3 : null,
      sameIso || (!!r && !!r.country && normaliseName(r.country) === normaliseName(truth.country))),
    outcome('admin1', truth.admin1, r?.admin1, !!r && normaliseName(r.admin1) === normaliseName(truth.admin1)),
    outcome('inter1', truth.inter1, r?.inter1, !!r && r.inter1 === truth.inter1),
    outcome('inter2', truth.inter2, r?.inter2, !!r && r.inter2 === truth.inter2),
    outcome('actor1', truth.actor1, r?.actor1, !!r && normaliseName(r.actor1) === normaliseName(truth.actor1)),
    outcome('civilian_targeting', civ ? 'yes' : 'no', gotCiv === null ? null : gotCiv ? 'yes' : 'no', gotCiv === civ),
  ];
}
