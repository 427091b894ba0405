// Request and response schemas of the HTTP API. One zod schema per resource gives request
// validation, the TypeScript type and the OpenAPI document (/openapi.json).
// Response schemas list every field the API serves (unknown keys are dropped, raw HTML is never
// echoed); an imported row with an unusual value must still be served, so values are typed,
// not enumerated.

import { z } from 'zod';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/taxonomy.ts';
import type { EventQuery } from '../store/store.ts';
import { FORMATS } from '../export/index.ts';
import { countryHint } from '../ingest/meta.ts';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const shortText = z.string().trim().min(1).max(300);
const nonNegInt = z.coerce.number().int().min(0);

/** "w,s,e,n" in degrees -> [west, south, east, north]. */
const bbox = z
  .string()
  .describe('Bounding box "west,south,east,north" in degrees')
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => Number(p.trim()));
    const [w, so, e, n] = parts;
    const ok = parts.length === 4 && parts.every(Number.isFinite) && Math.abs(so) <= 90 && Math.abs(n) <= 90 && so <= n && Math.abs(w) <= 180 && Math.abs(e) <= 180;
    if (!ok) {
      ctx.addIssue({ code: 'custom', message: 'expected "west,south,east,north" with -180<=lon<=180, -90<=lat<=90 and south<=north' });
      return z.NEVER;
    }
    return [w, so, e, n] as [number, number, number, number];
  });

const booleanString = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');

/** Filters shared by list, map, aggregate and export endpoints (query string). */
const filterShape = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  country: shortText.optional().describe('ISO3 code or country name'),
  admin1: shortText.optional(),
  event_type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
  sub_event_type: z.enum(SUB_EVENT_TYPES as [string, ...string[]]).optional(),
  actor: shortText.optional().describe('Substring of actor1, actor2 or associated actors'),
  fatalities_min: nonNegInt.optional(),
  fatalities_max: nonNegInt.optional(),
  bbox: bbox.optional(),
  text: shortText.optional().describe('Full-text search over notes, actors, location and evidence'),
  status: z.enum(['new', 'confirmed', 'edited', 'rejected', 'merged']).optional(),
  document_id: shortText.optional(),
  include_hidden: booleanString.optional().describe('Also list rejected and merged-away events'),
};

/**
 * The filters plus an endpoint's own parameters, as one strict object: a misspelt filter
 * (`min_fatalities`, `type`) is a 400 naming it, not a silently unfiltered answer.
 */
type Filters = z.output<z.ZodObject<typeof filterShape>>;

function withFilters<T extends z.ZodRawShape>(own: T) {
  const f = (q: unknown) => q as Filters;
  return z
    .strictObject({ ...filterShape, ...own })
    .refine((q) => !f(q).from || !f(q).to || f(q).from! <= f(q).to!, { message: 'from must not be after to', path: ['from'] })
    .refine((q) => f(q).fatalities_min === undefined || f(q).fatalities_max === undefined || f(q).fatalities_min! <= f(q).fatalities_max!, {
      message: 'fatalities_min must not exceed fatalities_max',
      path: ['fatalities_min'],
    });
}

export const EventFilterSchema = withFilters({});

const sort = z.enum(['date', '-date', 'fatalities', '-fatalities']).describe('Sort key; "-" for descending');

export const EventListQuerySchema = withFilters({
  sort: sort.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(500).optional(),
  with_total: booleanString.optional().describe('Also count every matching event (costs one more query)'),
});

export const MapQuerySchema = withFilters({ limit: z.coerce.number().int().min(1).max(50000).default(20000) });

export const AGGREGATE_BY = ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1', 'actor', 'actor_pair'] as const;

export const AggregateQuerySchema = withFilters({
  by: z.enum(AGGREGATE_BY),
  limit: z.coerce.number().int().min(1).max(10000).optional().describe('Keep the first N rows (largest first for non-date keys)'),
});

export const ExportParamsSchema = z.object({ format: z.enum(Object.keys(FORMATS) as [string, ...string[]]).describe('Export format') });
export const ExportQuerySchema = withFilters({ sort: sort.optional() });

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });

export const DocumentListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
  text: shortText.optional(),
});

export const IngestBodySchema = z
  .object({
    text: z.string().optional().describe('Plain text of the report'),
    html: z.string().optional().describe('HTML of the report; the article body is extracted'),
    title: z.string().max(1000).nullish(),
    source: z.string().max(300).nullish(),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    published: isoDate.nullish().describe('Publication date; relative dates resolve against it'),
    language: z.string().max(20).nullish(),
    country: z
      .string()
      .max(100)
      .nullish()
      .transform((v, ctx) => {
        if (!v?.trim()) return null;
        const iso3 = countryHint(v);
        if (!iso3) ctx.addIssue({ code: 'custom', message: `"${v}" is no ISO3 code or country name` });
        return iso3 ?? z.NEVER;
      })
      .describe('The country the report is about (ISO3 code or name), a hint for extraction'),
  })
  .refine((b) => (b.text?.trim() ? 1 : 0) + (b.html?.trim() ? 1 : 0) === 1, {
    message: 'send exactly one of "text" or "html", non-empty',
    path: ['text'],
  })
  .meta({ id: 'IngestRequest' });

// ---- responses -----------------------------------------------------------------------

export const EvidenceSchema = z.object({
  field: z.string(),
  document_id: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
});

const fields = {
  event_date: z.string(),
  time_precision: z.number(),
  event_type: z.string(),
  sub_event_type: z.string(),
  actor1: z.string(),
  assoc_actor_1: z.string(),
  inter1: z.number(),
  actor2: z.string(),
  assoc_actor_2: z.string(),
  inter2: z.number(),
  interaction: z.number(),
  civilian_targeting: z.string(),
  iso3: z.string(),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
  location: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geo_precision: z.number().nullable(),
  fatalities: z.number(),
  fatalities_min: z.number(),
  fatalities_max: z.number(),
  injuries: z.number().nullable(),
  displaced: z.number().nullable(),
  notes: z.string(),
  source: z.string(),
  event_date_end: z.string().nullish(),
  admin3: z.string().optional(),
  region: z.string().optional(),
  source_scale: z.string().optional(),
  tags: z.string().optional(),
  confidence: z.record(z.string(), z.number()),
  evidence: z.array(EvidenceSchema),
};

export const ClaimSchema = z.object({ report_id: z.string(), document_id: z.string(), source: z.string().nullable(), value: z.unknown() });

export const EventSchema = z
  .object({
    id: z.string(),
    ...fields,
    document_ids: z.array(z.string()),
    report_ids: z.array(z.string()),
    status: z.string().describe('new | confirmed | edited | rejected | merged'),
    grade: z.string().describe('confirmed | fair | weak | contested | discounted'),
    merged_into: z.string().nullish(),
    disagreements: z.record(z.string(), z.array(ClaimSchema)).optional().describe('Fields whose sources disagree, with every claim'),
    overrides: z.record(z.string(), z.object({ extracted: z.unknown(), value: z.unknown(), by: z.string(), at: z.string() })).optional(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
  })
  .meta({ id: 'Event' });

/** Why the merge step placed a report where it is (core/types.ts PlacementRecord). */
export const PlacementSchema = z
  .object({
    kind: z.enum(['attach', 'propose', 'new']),
    candidate: z.string().nullable().describe('the best stored candidate scored; null when the search window held none'),
    score: z.number().nullable(),
    parts: z.record(z.string(), z.number().nullable()).nullable().describe('date, place, type, actors, toll, text in [0,1]; null where a side does not say'),
    rule: z.string().describe('the verdict with its parts, vetoes and caps (veto:country, who:..., apart:text, held:DATASET)'),
    candidates: z.number().int().describe('how many stored events were scored'),
  })
  .meta({ id: 'Placement' });

export const ReportSchema = z
  .object({ id: z.string(), document_id: z.string(), ...fields, rules: z.array(z.string()).optional(), placement: PlacementSchema.optional() })
  .meta({ id: 'Report' });

export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    kind: z.string(),
    ingested_at: z.string(),
    events: z.number(),
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    title: z.string().nullish(),
    byline: z.string().nullish(),
    source: z.string().nullish(),
    publisher: z.string().nullish(),
    url: z.string().nullish(),
    published: z.string().nullish(),
    language: z.string().nullish(),
    kind: z.string(),
    external_id: z.string().nullish(),
    meta: z.record(z.string(), z.unknown()).optional(),
    content_hash: z.string(),
    ingested_at: z.string(),
  })
  .meta({ id: 'Document' });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next_cursor: z.string().nullable(), total: z.number().optional() });

export const EventDetailSchema = z.object({ event: EventSchema, reports: z.array(ReportSchema), documents: z.array(DocumentSchema) });
export const DocumentDetailSchema = z.object({ document: DocumentSchema, events: z.array(EventSchema) });
export const IngestResponseSchema = z.object({ document: DocumentSchema, created: z.boolean(), events: z.array(EventSchema) });
/** With a Redis queue the report is processed by a worker later: the reply says where to follow it. */
export const IngestQueuedSchema = z
  .object({
    job: z.object({
      id: z.string().describe("the document's content hash (also the job id)"),
      state: z.enum(['waiting', 'active', 'delayed', 'completed', 'failed', 'unknown']),
    }),
    status_url: z.string().describe('GET this for the job\'s progress and result'),
  })
  .meta({ id: 'IngestQueued' });
export const AggregateResponseSchema = z.object({
  by: z.enum(AGGREGATE_BY),
  rows: z.array(z.object({ key: z.string(), events: z.number(), fatalities: z.number() })),
});
export const MapResponseSchema = z.object({
  types: z.array(z.string()).describe('event types; each point refers to one by index'),
  points: z
    .array(z.tuple([z.string(), z.number(), z.number(), z.number(), z.number(), z.string(), z.string()]))
    .describe('[id, latitude, longitude, type index, fatalities, event date, location]'),
  total: z.number().describe('matching events (with or without coordinates)'),
  truncated: z.boolean(),
});

/** Query-string filters -> the store's EventQuery (drops undefined keys). */
export function toEventQuery(q: Partial<z.output<typeof EventFilterSchema>> & { sort?: EventQuery['sort']; limit?: number; cursor?: string }): EventQuery {
  const out: EventQuery = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
