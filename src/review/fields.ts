// What a reviewer may set on an event, checked before it reaches the store. The same schema
// validates CLI "field=value" pairs and API request bodies.

import { z } from 'zod';
import { EVENT_TYPES, SUB_EVENT_TYPES, eventTypeOf } from '../core/taxonomy.ts';
import type { EventFields } from '../core/types.ts';
import { isIsoDay } from '../extract/dates/calendar.ts';

// A real day: '2024-02-30' has the shape but Date would roll it over to 1 March.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isIsoDay, 'not a real day');
const count = z.number().int().min(0);
const inter = z.number().int().min(0).max(8);

export const EditableFields = z
  .object({
    event_date: day,
    event_date_end: day.nullable(),
    time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    event_type: z.enum(EVENT_TYPES as [string, ...string[]]),
    sub_event_type: z.enum(SUB_EVENT_TYPES as [string, ...string[]]),
    actor1: z.string(),
    assoc_actor_1: z.string(),
    inter1: inter,
    actor2: z.string(),
    assoc_actor_2: z.string(),
    inter2: inter,
    interaction: z.number().int().min(0).max(88),
    civilian_targeting: z.enum(['', 'Civilian targeting']),
    iso3: z.string().regex(/^[A-Z]{3}$|^$/, 'a three-letter ISO code'),
    country: z.string(),
    admin1: z.string(),
    admin2: z.string(),
    admin3: z.string(),
    location: z.string(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    fatalities: count,
    fatalities_min: count,
    fatalities_max: count,
    injuries: count.nullable(),
    displaced: count.nullable(),
    notes: z.string(),
    source: z.string(),
  })
  .partial()
  .strict()
  .refine((f) => Object.keys(f).length > 0, 'no field to change')
  .refine((f) => !f.event_type || !f.sub_event_type || eventTypeOf(f.sub_event_type) === f.event_type, {
    message: 'sub_event_type does not belong to event_type',
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

export function checkEdit(raw: unknown): FieldEdit {
  const parsed = EditableFields.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'fields'}: ${i.message}`).join('; '));
  }
  return parsed.data as FieldEdit;
}
