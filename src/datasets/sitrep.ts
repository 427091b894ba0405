// Events of sitrep's own JSON / GeoJSON export -> documents + reports, so that an export can be
// imported into another store (or back into a fresh one). Each event becomes one dataset row:
// its fields become the report's claim verbatim (a one-report event reads back exactly these
// fields), its notes the document text, its id the document's external id and identity.
//
// Not carried as state: review status, overrides, disagreements, grade and the evidence spans.
// They describe the other store's reports and reviewers (evidence offsets point into documents
// this store does not hold); the event object is kept whole in document.meta.original, and the
// importing store derives grade and claims from what it holds.

import type { Confidence, EventFields, Report } from '../core/types.ts';
import { ImportedFields, describeIssues } from '../review/fields.ts';
import { datasetHash, documentIdOf, evidenceInText, type DatasetRecord } from './record.ts';

export const SITREP_DATASET = 'sitrep';

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

function confidenceOf(ev: Json): Confidence {
  const c = ev.confidence;
  if (!c || typeof c !== 'object') return { overall: 1 };
  const out: Confidence = {};
  for (const [k, v] of Object.entries(c)) if (typeof v === 'number' && v >= 0 && v <= 1) out[k] = v;
  return Object.keys(out).length ? out : { overall: 1 };
}

/**
 * The event's ACLED-style fields, checked alone and against each other by the review's own field
 * schema (review/fields.ts ImportedFields); throws naming every bad field.
 */
export function eventFields(ev: Json): EventFields {
  const parsed = ImportedFields.safeParse(ev);
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  return parsed.data;
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
