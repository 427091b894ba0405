// Events as an ACLED-style CSV: ACLED's 31 export columns in ACLED's order, then sitrep's own
// columns (precision ranges, tolls, review state). Dates are written as ACLED's exports write
// them ("9-May-20"). An event that is exactly one imported ACLED row, unedited, is written from
// the row kept at import (document.meta.original), so import -> export reproduces the file.

import { stringify } from 'csv-stringify/sync';
import { numericCode } from './iso-numeric.ts';
import type { SitrepEvent, StoredDocument } from '../core/types.ts';

export const ACLED_COLUMNS = [
  'data_id', 'iso', 'event_id_cnty', 'event_id_no_cnty', 'event_date', 'year', 'time_precision',
  'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2',
  'inter2', 'interaction', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities',
  'timestamp', 'iso3',
] as const;

export const SITREP_COLUMNS = [
  'sitrep_id', 'event_date_end', 'civilian_targeting', 'tags', 'fatalities_min', 'fatalities_max',
  'injuries', 'displaced', 'status', 'grade', 'confidence', 'disputed_fields', 'document_ids',
] as const;

/** Columns a dataset row identifies itself by; kept from the original even for merged events. */
const ROW_IDENTITY = ['data_id', 'event_id_cnty', 'event_id_no_cnty', 'timestamp'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-05-09" -> "9-May-20", as in ACLED's CSV exports. */
export function acledDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${MONTHS[Number(m) - 1]}-${y.slice(2)}`;
}

export interface OriginalRow {
  dataset: string;
  columns: string[];
  values: string[];
}

/** The ACLED row an event's document was imported from, if any. */
export function originalRow(doc: StoredDocument | null): Record<string, string> | null {
  const o = doc?.meta?.original as OriginalRow | undefined;
  if (!o || o.dataset !== 'acled' || !Array.isArray(o.columns)) return null;
  return Object.fromEntries(o.columns.map((c, i) => [c, o.values[i] ?? '']));
}

export function acledRecord(ev: SitrepEvent, original: Record<string, string> | null): string[] {
  const verbatim = original && ev.report_ids.length === 1 && Object.keys(ev.overrides ?? {}).length === 0;
  const acled: Record<string, unknown> = {
    ...ev,
    iso: numericCode(ev.iso3) ?? '',
    event_date: acledDate(ev.event_date),
    year: ev.event_date.slice(0, 4),
    admin3: ev.admin3 ?? '',
    region: ev.region ?? '',
    source_scale: ev.source_scale ?? '',
  };
  for (const c of ROW_IDENTITY) acled[c] = original?.[c] ?? '';
  const row = ACLED_COLUMNS.map((c) => (verbatim && c in original! ? original![c] : cell(acled[c])));
  const extras: Record<(typeof SITREP_COLUMNS)[number], unknown> = {
    sitrep_id: ev.id,
    event_date_end: ev.event_date_end,
    civilian_targeting: ev.civilian_targeting,
    tags: ev.tags,
    fatalities_min: ev.fatalities_min,
    fatalities_max: ev.fatalities_max,
    injuries: ev.injuries,
    displaced: ev.displaced,
    status: ev.status,
    grade: ev.grade,
    confidence: ev.confidence?.overall,
    disputed_fields: Object.keys(ev.disagreements ?? {}).join('; '),
    document_ids: ev.document_ids.join('; '),
  };
  return [...row, ...SITREP_COLUMNS.map((c) => cell(extras[c]))];
}

function cell(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

export function csvLine(cells: string[]): string {
  return stringify([cells]);
}

export const ACLED_HEADER = csvLine([...ACLED_COLUMNS, ...SITREP_COLUMNS]);
