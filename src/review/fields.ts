// The fields of an event's claim: each one checked alone (EventFieldSchema) and all of them
// against each other (CONSISTENCY: a toll inside its own range, a sub-event type of its event
// type, an end on or after the start, both coordinates or neither). Two schemas derive from them:
//   - EditableFields: what a reviewer may set (CLI "field=value" pairs, API request bodies): any
//     non-empty subset; the rules whose fields the edit sets all are checked within the edit
//     (actions.ts checks the rest against the event the edit lands on);
//   - ImportedFields: one event of sitrep's own JSON/GeoJSON export read back (datasets/sitrep.ts):
//     a field it lacks takes the empty value its own schema accepts ('' for text, null, 0), the
//     minimum/maximum toll, interaction and geo precision are derived from the other fields when
//     absent, and the whole claim must hold together.

import { z } from 'zod';
import { EVENT_TYPES, SUB_EVENT_TYPES, eventTypeOf, interactionCode } from '../core/taxonomy.ts';
import type { EventFields } from '../core/types.ts';
import { isIsoDay } from '../extract/dates/calendar.ts';

/** A message naming the offending value: `latitude: 123 is not a coordinate`. */
const saying = (what: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'missing' : `${JSON.stringify(iss.input)} ${what}`) });
const text = z.string(saying('is not a string'));

// A real day: '2024-02-30' has the shape but Date would roll it over to 1 March.
const day = z.string(saying('is not a date as YYYY-MM-DD')).regex(/^\d{4}-\d{2}-\d{2}$/, { ...saying('is not a date as YYYY-MM-DD'), abort: true }).refine(isIsoDay, saying('is not a real day'));
const count = z.number(saying('is not a number')).int(saying('is not a whole number')).min(0, saying('is below 0'));
/** A whole number in [min, max]; `what` names it when it is not one. */
const code = (min: number, max: number, what: string) => z.number(saying('is not a number')).int(saying(what)).min(min, saying(what)).max(max, saying(what));
const inter = code(0, 8, 'is not an ACLED inter code 0-8');
const precision = z.union([z.literal(1), z.literal(2), z.literal(3)], saying('is not a precision 1-3'));
const coordinate = (limit: number) => z.number(saying('is not a coordinate')).min(-limit, saying('is not a coordinate')).max(limit, saying('is not a coordinate'));

/**
 * Every field of an event's claim. The order is the one the import hashes an event's fields in
 * (datasets/sitrep.ts content_hash): reordering it changes the identity of imported events.
 */
export const EventFieldSchema = z.object({
  event_date: day,
  time_precision: precision,
  event_date_end: day.nullable(),
  event_type: z.enum(EVENT_TYPES, saying('is not an ACLED event type')),
  sub_event_type: z.enum(SUB_EVENT_TYPES, saying('is not an ACLED sub-event type')),
  inter1: inter,
  inter2: inter,
  interaction: code(0, 88, 'is not an interaction code'),
  latitude: coordinate(90).nullable(),
  longitude: coordinate(180).nullable(),
  geo_precision: precision.nullable(),
  fatalities: count,
  fatalities_min: count,
  fatalities_max: count,
  injuries: count.nullable(),
  displaced: count.nullable(),
  actor1: text,
  assoc_actor_1: text,
  actor2: text,
  assoc_actor_2: text,
  civilian_targeting: z.enum(['', 'Civilian targeting'], saying('is not "Civilian targeting" or ""')),
  iso3: text.regex(/^[A-Z]{3}$|^$/, saying('is not a three-letter ISO code')),
  country: text,
  admin1: text,
  admin2: text,
  location: text,
  notes: text,
  source: text,
  admin3: text.optional(),
  // ACLED extras, kept so that imported ACLED rows survive an export/import round trip; not edited by hand.
  region: text.optional(),
  source_scale: text.optional(),
  tags: text.optional(),
});

type FieldName = keyof typeof EventFieldSchema.shape;

/** Fields that must agree with each other, and how they may not disagree. */
const CONSISTENCY: Array<{ fields: FieldName[]; broken: (f: EventFields) => string | null }> = [
  {
    fields: ['event_type', 'sub_event_type'],
    broken: (f) => (eventTypeOf(f.sub_event_type) === f.event_type ? null : `sub_event_type "${f.sub_event_type}" is not a kind of "${f.event_type}": it does not belong to that event_type`),
  },
  { fields: ['fatalities', 'fatalities_min'], broken: (f) => (f.fatalities_min > f.fatalities ? `fatalities_min ${f.fatalities_min} is above fatalities ${f.fatalities}` : null) },
  { fields: ['fatalities', 'fatalities_max'], broken: (f) => (f.fatalities_max < f.fatalities ? `fatalities_max ${f.fatalities_max} is below fatalities ${f.fatalities}` : null) },
  { fields: ['event_date', 'event_date_end'], broken: (f) => (f.event_date_end && f.event_date_end < f.event_date ? `event_date_end ${f.event_date_end} is before event_date ${f.event_date}` : null) },
  { fields: ['latitude', 'longitude'], broken: (f) => ((f.latitude == null) !== (f.longitude == null) ? 'latitude and longitude are set together (or both emptied)' : null) },
];

/**
 * Why a claim's fields contradict each other, or null. With `among`, only rules touching one
 * of those fields apply: an older inconsistency elsewhere does not block an unrelated correction.
 */
export function inconsistency(f: EventFields, among?: Set<string>): string | null {
  for (const rule of CONSISTENCY) {
    if (among && !rule.fields.some((x) => among.has(x))) continue;
    const problem = rule.broken(f);
    if (problem) return problem;
  }
  return null;
}

// ---- review edits -------------------------------------------------------------------------

/** Fields a reviewer may set: all but the ACLED extras. */
export const EditableFields = EventFieldSchema.omit({ region: true, source_scale: true, tags: true })
  .partial()
  .strict()
  .superRefine((edit, ctx) => {
    const set = Object.keys(edit);
    if (set.length === 0) return void ctx.addIssue({ code: 'custom', message: 'no field to change' });
    // Rules whose fields the edit sets all can be judged on the edit alone.
    for (const rule of CONSISTENCY) {
      if (!rule.fields.every((x) => set.includes(x))) continue;
      const problem = rule.broken(edit as EventFields);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  });

export type FieldEdit = Partial<EventFields>;

const NUMERIC = new Set(['time_precision', 'inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max', 'injuries', 'displaced']);

/** "fatalities=7" "location=Ain Zara" "latitude=" (empty = null) -> a checked edit. */
export function parseAssignments(pairs: string[]): FieldEdit {
  const raw: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`"${pair}" is not field=value`);
    const field = pair.slice(0, at).trim();
    const value = pair.slice(at + 1);
    if (NUMERIC.has(field)) {
      if (value.trim() !== '' && !Number.isFinite(Number(value))) throw new Error(`${field}: "${value}" is not a number`);
      raw[field] = value.trim() === '' ? null : Number(value);
    }
    else raw[field] = field === 'event_date_end' && value === '' ? null : value;
  }
  return checkEdit(raw);
}

/** "field: why; field: why" for the issues of a failed parse. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'fields'}: ${i.message}`).join('; ');
}

export function checkEdit(raw: unknown): FieldEdit {
  const parsed = EditableFields.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  return parsed.data as FieldEdit;
}

// ---- imported events ------------------------------------------------------------------------

/** Computed from the other fields when an imported event lacks them (see derive). */
const DERIVED = new Set<FieldName>(['interaction', 'geo_precision', 'fatalities_min', 'fatalities_max']);

/** The value an imported event lacking the field gets: the first of these its schema accepts. */
const EMPTY_VALUES: unknown[] = ['', null, 0];
/** ... except where the empty value is not a value: an undated precision is the exact day. */
const ABSENT_MEANS: Partial<Record<FieldName, unknown>> = { time_precision: 1 };

/**
 * A field of an imported event: null (and '' where the field is no text) counts as absent; an
 * absent field takes its empty value, a derived one null until derive() fills it, an optional
 * one stays absent; a field accepting no empty value (event_date, the types) is required.
 */
function importedField(name: FieldName, schema: z.ZodType): z.ZodType {
  if (schema.safeParse(undefined).success) return z.preprocess((v) => (v === null ? undefined : v), schema);
  const empty = name in ABSENT_MEANS ? ABSENT_MEANS[name] : EMPTY_VALUES.find((v) => schema.safeParse(v).success);
  const absent = (v: unknown) => v === undefined || v === null || (v === '' && empty !== '');
  if (DERIVED.has(name)) return z.preprocess((v) => (absent(v) ? null : v), schema.nullable());
  if (empty === undefined) return schema;
  return z.preprocess((v) => (absent(v) ? empty : v), schema);
}

type Imported = Omit<EventFields, 'interaction' | 'geo_precision' | 'fatalities_min' | 'fatalities_max'> & {
  interaction: number | null;
  geo_precision: EventFields['geo_precision'];
  fatalities_min: number | null;
  fatalities_max: number | null;
};

/** The derived fields an imported event lacks; a point's precision only with a whole point. */
function derive(f: Imported): EventFields {
  const point = f.latitude != null && f.longitude != null;
  f.interaction ??= interactionCode(f.inter1, f.inter2);
  f.geo_precision = point ? (f.geo_precision ?? 1) : null;
  f.fatalities_min ??= f.fatalities;
  f.fatalities_max ??= f.fatalities;
  return f as EventFields;
}

export const ImportedFields = z
  .object(Object.fromEntries(Object.entries(EventFieldSchema.shape).map(([name, schema]) => [name, importedField(name as FieldName, schema)])))
  .transform((f) => derive(f as unknown as Imported))
  .superRefine((f, ctx) => {
    const problem = inconsistency(f);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
