// ACLED export rows -> documents + reports. The row is kept whole (column order and raw values)
// in document.meta.original so that `export --format acled-csv` can reproduce it exactly.

import { isEventType, isSubEventType, parseInterCode, parseInteraction } from '../core/taxonomy.ts';
import type { GeoPrecision, Report, TimePrecision } from '../core/types.ts';
import { countryByIso3, countryByName } from '../geo/countries.ts';
import { checkDay, datasetHash, documentIdOf, evidenceInText, floatColumn, intColumn, requireColumn, type DatasetRecord, type OriginalRow } from './record.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ACLED dates come as "9-May-20" (classic export), "09 May 2020" (newer) or ISO "2020-05-09". */
export function parseAcledDate(raw: string): string {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return checkDay(s, 'event_date');
  const m = /^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ](\d{2}|\d{4})$/.exec(s);
  if (!m) throw new Error(`event_date "${raw}" is not an ACLED date`);
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (!month) throw new Error(`event_date "${raw}": unknown month`);
  // Two-digit years: ACLED starts in 1997, so 97-99 are 19xx and the rest 20xx.
  const y = m[3]!.length === 4 ? Number(m[3]) : Number(m[3]) >= 97 ? 1900 + Number(m[3]) : 2000 + Number(m[3]);
  return checkDay(`${y}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, 'event_date', raw);
}

/** An inter code column: the code (older exports) or the actor type's name (newer ones). */
function interColumn(row: Record<string, string>, name: 'inter1' | 'inter2'): number {
  const code = parseInterCode(row[name] ?? '');
  if (code === null) throw new Error(`column ${name}: "${row[name]}" is neither an ACLED inter code nor an actor type`);
  return code;
}

/** parseAcledDate, or null when the text is no ACLED date (for readers that report, not throw). */
export function acledDateOrNull(raw: string): string | null {
  try {
    return parseAcledDate(raw);
  } catch {
    return null;
  }
}

function precision<T extends number>(row: Record<string, string>, name: string, max: number): T {
  const n = intColumn(row, name, 1)!;
  if (n < 1 || n > max) throw new Error(`column ${name}: ${n} is outside 1-${max}`);
  return n as T;
}

/** One ACLED row (columns by name) -> the document and report it stands for. */
export function acledRecord(row: Record<string, string>, columns: string[]): DatasetRecord {
  // A few real rows lack event_id_cnty; data_id is ACLED's other stable row id. A row of sitrep's
  // own ACLED CSV export that no ACLED row backs has neither, but its sitrep_id.
  const externalId = (row.event_id_cnty ?? '').trim() || (row.data_id ?? '').trim() || (row.sitrep_id ?? '').trim();
  if (!externalId) throw new Error('columns event_id_cnty, data_id and sitrep_id are all empty: the row has no id');
  const eventType = requireColumn(row, 'event_type');
  const subType = requireColumn(row, 'sub_event_type');
  if (!isEventType(eventType)) throw new Error(`event_type "${eventType}" is not an ACLED event type`);
  if (!isSubEventType(subType)) throw new Error(`sub_event_type "${subType}" is not an ACLED sub-event type`);
  const date = parseAcledDate(requireColumn(row, 'event_date'));
  const text = (row.notes ?? '').trim();
  const original: OriginalRow = { dataset: 'acled', columns, values: columns.map((c) => row[c] ?? '') };
  const content_hash = datasetHash('acled', externalId, text, original.values);
  const document_id = documentIdOf(content_hash);
  const countryName = (row.country ?? '').trim();
  const iso3 = (row.iso3 ?? '').trim() || countryByName(countryName)?.iso3 || '';
  const inter1 = interColumn(row, 'inter1');
  const inter2 = interColumn(row, 'inter2');
  const interaction = parseInteraction(row.interaction ?? '', inter1, inter2);
  if (interaction === null) throw new Error(`column interaction: "${row.interaction}" is neither an ACLED interaction code nor its actor types`);
  const fatalities = intColumn(row, 'fatalities', 0)!;
  if (fatalities < 0) throw new Error(`column fatalities: ${fatalities} is negative`);
  const latitude = floatColumn(row, 'latitude');
  const longitude = floatColumn(row, 'longitude');
  const report: Report = {
    id: `${document_id}:r0`,
    document_id,
    event_date: date,
    event_date_end: row.event_date_end?.trim() ? checkDay(row.event_date_end.trim(), 'event_date_end') : null,
    time_precision: precision<TimePrecision>(row, 'time_precision', 3),
    event_type: eventType,
    sub_event_type: subType,
    actor1: row.actor1 ?? '',
    assoc_actor_1: row.assoc_actor_1 ?? '',
    inter1,
    actor2: row.actor2 ?? '',
    assoc_actor_2: row.assoc_actor_2 ?? '',
    inter2,
    interaction,
    // Newer exports carry the flag; older ones imply it through the sub-event type and civilians as actor2.
    civilian_targeting: row.civilian_targeting ?? (inter2 === 7 && eventType !== 'Protests' ? 'Civilian targeting' : ''),
    iso3,
    country: countryName || (iso3 ? countryByIso3(iso3)?.name ?? '' : ''),
    admin1: row.admin1 ?? '',
    admin2: row.admin2 ?? '',
    admin3: row.admin3 ?? '',
    location: row.location ?? '',
    latitude,
    longitude,
    geo_precision: latitude == null ? null : precision<GeoPrecision>(row, 'geo_precision', 3),
    fatalities,
    // sitrep's export adds these columns; ACLED's own rows have none (then the toll is exact).
    fatalities_min: Math.min(fatalities, intColumn(row, 'fatalities_min', fatalities)!),
    fatalities_max: Math.max(fatalities, intColumn(row, 'fatalities_max', fatalities)!),
    injuries: intColumn(row, 'injuries'),
    displaced: intColumn(row, 'displaced'),
    notes: text,
    source: row.source ?? '',
    region: row.region ?? '',
    source_scale: row.source_scale ?? '',
    tags: row.tags ?? '',
    confidence: { overall: 1 },
    evidence: evidenceInText(document_id, text, {
      location: row.location ?? '',
      admin1: row.admin1 ?? '',
      admin2: row.admin2 ?? '',
      actor1: row.actor1 ?? '',
      actor2: row.actor2 ?? '',
    }),
    rules: ['dataset:acled'],
  };
  return {
    doc: {
      kind: 'acled',
      external_id: externalId,
      text,
      title: `ACLED ${externalId}`,
      source: 'ACLED',
      publisher: row.source || null,
      published: date,
      meta: { original },
      content_hash,
    },
    report,
  };
}
