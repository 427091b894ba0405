// Row <-> object mapping for the events and documents tables. The event columns are listed once
// (EVENT_COLUMNS) and every INSERT/UPDATE/SELECT is generated from that list.

import type { EventFields, Evidence, SitrepEvent, StoredDocument } from '../../core/types.ts';

export { EVENT_COLUMNS } from '../fields.ts';
import { EVENT_COLUMNS } from '../fields.ts';

/** Columns that may be NULL: anything else gets its type's empty value. */
const NULLABLE = new Set(['event_date_end', 'admin3', 'latitude', 'longitude', 'geo_precision', 'injuries', 'displaced', 'region', 'source_scale', 'tags']);
const NUMERIC = new Set(['time_precision', 'inter1', 'inter2', 'interaction', 'fatalities', 'fatalities_min', 'fatalities_max']);

/** Column values for an event's fields, in EVENT_COLUMNS order, plus date_last. */
export function eventFieldValues(f: EventFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of EVENT_COLUMNS) out[c] = columnValue(f, c);
  out.date_last = f.event_date_end || f.event_date;
  return out;
}

/**
 * The same values as a list in EVENT_COLUMNS order, then date_last: for positional parameters.
 * better-sqlite3 binds a named parameter by looking its name up in the object on every run; an
 * event insert has ~50 of them, and binding them by name cost ~20 us of its ~100 at 1,000,000 events.
 */
export function eventColumnValues(f: EventFields): unknown[] {
  const out: unknown[] = [];
  for (const c of EVENT_COLUMNS) out.push(columnValue(f, c));
  out.push(f.event_date_end || f.event_date);
  return out;
}

function columnValue(f: EventFields, c: (typeof EVENT_COLUMNS)[number]): unknown {
  const v = (f as unknown as Record<string, unknown>)[c];
  return v === undefined || v === null ? (NULLABLE.has(c) ? null : NUMERIC.has(c) ? 0 : '') : v;
}

export interface EventRow extends Record<string, unknown> {
  seq: number;
  id: string;
  confidence: string;
  disagreements: string;
  overrides: string;
  status: string;
  grade: string;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

/** The event fields of a row (EventFields columns only). */
export function fieldsFromRow(row: Record<string, unknown>): EventFields {
  const f: Record<string, unknown> = {};
  for (const c of EVENT_COLUMNS) {
    const v = row[c];
    // Optional ACLED extras stay absent rather than null, so JSON round-trips what came in.
    if (v === null && (c === 'admin3' || c === 'region' || c === 'source_scale' || c === 'tags')) continue;
    f[c] = v;
  }
  return f as unknown as EventFields;
}

/** An event row without its links (document_ids, report_ids, evidence are filled by the caller). */
export function eventFromRow(row: EventRow): SitrepEvent {
  const ev: Record<string, unknown> = { id: row.id, ...fieldsFromRow(row) };
  const disagreements = JSON.parse(row.disagreements);
  const overrides = JSON.parse(row.overrides);
  Object.assign(ev, {
    document_ids: [],
    report_ids: [],
    evidence: [],
    confidence: JSON.parse(row.confidence),
    status: row.status,
    grade: row.grade,
    merged_into: row.merged_into,
    disagreements,
    overrides,
    created_at: row.created_at,
    updated_at: row.updated_at,
  });
  return ev as unknown as SitrepEvent;
}

export function documentFromRow(row: Record<string, any>): StoredDocument {
  return {
    id: row.id,
    content_hash: row.content_hash,
    kind: row.kind,
    text: row.text,
    html: row.html,
    title: row.title,
    byline: row.byline,
    source: row.source,
    publisher: row.publisher,
    url: row.url,
    published: row.published,
    language: row.language,
    external_id: row.external_id,
    meta: JSON.parse(row.meta),
    ingested_at: row.ingested_at,
  };
}

/** Text indexed for full-text search of an event: notes, actors, place and evidence. */
export function searchBody(f: EventFields, evidenceTexts: string[]): string {
  const parts = new Set([f.notes, f.actor1, f.assoc_actor_1, f.actor2, f.assoc_actor_2, f.location, f.admin2, f.admin1, f.country, ...evidenceTexts]);
  return [...parts].filter(Boolean).join('\n');
}

/** Actor names of an event by role (associated actors are "; "-separated, as in ACLED). */
export function actorRoles(f: EventFields): Array<{ role: string; name: string }> {
  const out: Array<{ role: string; name: string }> = [];
  for (const role of ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'] as const) {
    for (const name of String(f[role] ?? '').split(';').map((s) => s.trim())) if (name) out.push({ role, name });
  }
  return out;
}

/** A report's evidence as stored in its row (migration 079): the spans, only their own fields. */
export function evidenceJson(evidence: Evidence[]): string {
  return JSON.stringify(evidence.map(({ field, document_id, start, end, text }) => ({ field, document_id, start, end, text })));
}
