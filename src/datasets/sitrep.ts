// Events of sitrep's own JSON / GeoJSON export -> documents + reports, so that an export can be
// imported into another store (or back into a fresh one). Each event becomes one dataset row:
// its fields become the report's claim verbatim (a one-report event reads back exactly these
// fields), its notes the document text, its id the document's external id and identity.
//
// Not carried as state: review status, overrides, disagreements, grade and the evidence spans.
// They describe the other store's reports and reviewers (evidence offsets point into documents
// this store does not hold); the event object is kept whole in document.meta.original, and the
// importing store derives grade and claims from what it holds.

import { isEventType, isSubEventType, interactionCode } from '../core/taxonomy.ts';
import type { Confidence, EventFields, GeoPrecision, Report, TimePrecision } from '../core/types.ts';
import { checkDay, datasetHash, documentIdOf, evidenceInText, type DatasetRecord } from './record.ts';

export const SITREP_DATASET = 'sitrep';

/** Text fields every exported event has; OPTIONAL_TEXT ones are absent from events that never had them. */
const TEXT_FIELDS = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'civilian_targeting', 'iso3', 'country', 'admin1', 'admin2', 'location', 'notes', 'source'] as const;
const OPTIONAL_TEXT = ['admin3', 'region', 'source_scale', 'tags'] as const;

type Json = Record<string, unknown>;

/** A GeoJSON Feature of the export carries the event in its properties, the point in its geometry. */
function eventObject(value: unknown): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  const v = value as Json;
  if (v.type !== 'Feature') return v;
  const props = (v.properties ?? {}) as Json;
  const coords = (v.geometry as { coordinates?: unknown } | null)?.coordinates;
  const point = Array.isArray(coords) ? { longitude: coords[0], latitude: coords[1] } : {};
  return { ...point, ...props, id: props.id ?? v.id };
}

function text(ev: Json, f: string): string {
  const v = ev[f] ?? '';
  if (typeof v !== 'string') throw new Error(`${f}: ${JSON.stringify(v)} is not a string`);
  return v;
}

function int(ev: Json, f: string, fallback: number | null): number | null {
  const v = ev[f];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`${f}: ${JSON.stringify(v)} is not a whole number >= 0`);
  return v;
}

function coordinate(ev: Json, f: string, limit: number): number | null {
  const v = ev[f];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limit) throw new Error(`${f}: ${JSON.stringify(v)} is not a coordinate`);
  return v;
}

function precision<T extends number>(ev: Json, f: string, fallback: T | null): T | null {
  const n = int(ev, f, fallback);
  if (n !== null && (n < 1 || n > 3)) throw new Error(`${f}: ${n} is outside 1-3`);
  return n as T | null;
}

function confidenceOf(ev: Json): Confidence {
  const c = ev.confidence;
  if (!c || typeof c !== 'object') return { overall: 1 };
  const out: Confidence = {};
  for (const [k, v] of Object.entries(c)) if (typeof v === 'number' && v >= 0 && v <= 1) out[k] = v;
  return Object.keys(out).length ? out : { overall: 1 };
}

/** The event's ACLED-style fields, checked; throws naming the first bad field. */
export function eventFields(ev: Json): EventFields {
  const eventType = text(ev, 'event_type');
  const subType = text(ev, 'sub_event_type');
  if (!isEventType(eventType)) throw new Error(`event_type "${eventType}" is not an ACLED event type`);
  if (!isSubEventType(subType)) throw new Error(`sub_event_type "${subType}" is not an ACLED sub-event type`);
  const end = ev.event_date_end == null || ev.event_date_end === '' ? null : checkDay(text(ev, 'event_date_end'), 'event_date_end');
  const inter1 = int(ev, 'inter1', 0)!;
  const inter2 = int(ev, 'inter2', 0)!;
  const fatalities = int(ev, 'fatalities', 0)!;
  const latitude = coordinate(ev, 'latitude', 90);
  const longitude = coordinate(ev, 'longitude', 180);
  const fields: Record<string, unknown> = {
    event_date: checkDay(text(ev, 'event_date'), 'event_date'),
    time_precision: precision<TimePrecision>(ev, 'time_precision', 1),
    event_date_end: end,
    event_type: eventType,
    sub_event_type: subType,
    inter1,
    inter2,
    interaction: int(ev, 'interaction', interactionCode(inter1, inter2)),
    latitude,
    longitude,
    geo_precision: latitude == null || longitude == null ? null : precision<GeoPrecision>(ev, 'geo_precision', 1),
    fatalities,
    fatalities_min: Math.min(fatalities, int(ev, 'fatalities_min', fatalities)!),
    fatalities_max: Math.max(fatalities, int(ev, 'fatalities_max', fatalities)!),
    injuries: int(ev, 'injuries', null),
    displaced: int(ev, 'displaced', null),
  };
  for (const f of TEXT_FIELDS) fields[f] = text(ev, f);
  for (const f of OPTIONAL_TEXT) if (ev[f] !== undefined && ev[f] !== null) fields[f] = text(ev, f);
  return fields as unknown as EventFields;
}

/** One exported event (or GeoJSON feature) -> the document and report it stands for. */
export function sitrepRecord(value: unknown): DatasetRecord {
  const ev = eventObject(value);
  const id = typeof ev.id === 'string' ? ev.id.trim() : '';
  if (!id) throw new Error('the event has no id');
  const fields = eventFields(ev);
  const content_hash = datasetHash(SITREP_DATASET, id, fields.notes, [JSON.stringify(fields)]);
  const document_id = documentIdOf(content_hash);
  const report: Report = {
    ...fields,
    id: `${document_id}:r0`,
    document_id,
    confidence: confidenceOf(ev),
    evidence: evidenceInText(document_id, fields.notes, {
      location: fields.location,
      admin1: fields.admin1,
      admin2: fields.admin2,
      actor1: fields.actor1,
      actor2: fields.actor2,
    }),
    rules: [`dataset:${SITREP_DATASET}`],
  };
  return {
    doc: {
      kind: SITREP_DATASET,
      external_id: id,
      text: fields.notes,
      title: `sitrep ${id}`,
      // The outlets the event cites stand behind the claim when it merges with other reports.
      source: fields.source || 'sitrep',
      publisher: null,
      published: fields.event_date,
      meta: { original: { dataset: SITREP_DATASET, event: ev } },
      content_hash,
    },
    report,
  };
}
