// UCDP GED rows -> documents + reports in ACLED's shape. The mapping is lossy in known ways
// (documented in the README's "ACLED <-> UCDP" section); the row itself stays in document.meta.

import { interactionCode } from '../core/taxonomy.ts';
import type { EventType, SubEventType } from '../core/taxonomy.ts';
import type { Confidence, GeoPrecision, Report, TimePrecision } from '../core/types.ts';
import table from './data/ucdp-actors.json' with { type: 'json' };
import trust from './data/ucdp-confidence.json' with { type: 'json' };
import { countryByName } from '../geo/countries.ts';
import { contentWords } from '../merge/text.ts';
import type { Evidence } from '../core/types.ts';
import { checkDay, datasetHash, documentIdOf, evidenceInText, floatColumn, intColumn, requireColumn, type DatasetRecord, type OriginalRow } from './record.ts';

interface ActorEntry { ucdp: string; acled: string; inter: number; from?: string; to?: string }
const ACTORS = table.actors as ActorEntry[];

/** UCDP dates: "04/17/2011 00:00:00" (CSV exports) or ISO "2011-04-17". */
export function parseUcdpDate(raw: string): string {
  const s = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return checkDay(iso[1]!, 'date');
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (!us) throw new Error(`date "${raw}" is not a UCDP date`);
  return checkDay(`${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`, 'date', raw);
}

/** date_prec 1 exact day; 2 range of 2-6 days; 3 week; 4 range of 8-30 days or month; 5 longer. */
export function timePrecisionOfDatePrec(p: number): TimePrecision {
  return p <= 1 ? 1 : p <= 3 ? 2 : 3;
}

/** where_prec 1 exact; 2 within ~25 km; 3 admin2; 4 admin1; 5 linear/approximate area; 6 country; 7 sea/air. */
export function geoPrecisionOfWherePrec(p: number): GeoPrecision {
  return p <= 1 ? 1 : p <= 3 ? 2 : 3;
}

/** type_of_violence 1 state-based, 2 non-state, 3 one-sided (against civilians). */
function eventTypeOf(tov: number): { event_type: EventType; sub_event_type: SubEventType; civilian: boolean } {
  if (tov === 3) return { event_type: 'Violence against civilians', sub_event_type: 'Attack', civilian: true };
  if (tov === 1 || tov === 2) return { event_type: 'Battles', sub_event_type: 'Armed clash', civilian: false };
  throw new Error(`type_of_violence ${tov} is not 1, 2 or 3`);
}

/** Known side -> ACLED name; otherwise the UCDP name with an inter code from the conflict type. */
export function mapSide(name: string, date: string, country: string, tov: number, side: 'a' | 'b'): { actor: string; inter: number } {
  const hit = ACTORS.find((a) => a.ucdp === name && (!a.from || date >= a.from) && (!a.to || date <= a.to));
  if (hit) return { actor: hit.acled.replace('{country}', country), inter: hit.inter };
  if (/^Government of /.test(name)) return { actor: name, inter: 1 };
  // State-based conflicts oppose a government and a rebel group; non-state ones, two militias.
  if (tov === 1) return { actor: name, inter: side === 'a' ? 1 : 2 };
  return { actor: name, inter: tov === 2 ? 3 : 0 };
}

export function ucdpRecord(row: Record<string, string>, columns: string[]): DatasetRecord {
  const externalId = requireColumn(row, 'id');
  const start = parseUcdpDate(requireColumn(row, 'date_start'));
  const end = parseUcdpDate(row.date_end || row.date_start!);
  if (end < start) throw new Error(`date_end ${end} is before date_start ${start}`);
  const tov = intColumn(row, 'type_of_violence')!;
  const kind = eventTypeOf(tov);
  // UCDP spells some countries differently (e.g. "DR Congo (Zaire)"): keep ACLED's spelling when known.
  const found = countryByName((row.country ?? '').replace(/\s*\(.*\)$/, '').trim());
  const iso3 = found?.iso3 ?? '';
  const country = found?.name ?? (row.country ?? '').trim();
  const a = mapSide((row.side_a ?? '').trim(), start, country, tov, 'a');
  const b = mapSide((row.side_b ?? '').trim(), start, country, tov, 'b');
  const best = intColumn(row, 'best_est', 0)!;
  const low = intColumn(row, 'low_est', best)!;
  const high = intColumn(row, 'high_est', best)!;
  if (best < 0 || low < 0 || high < 0) throw new Error('negative death estimate');
  const wherePrec = intColumn(row, 'where_prec', 1)!;
  const latitude = floatColumn(row, 'latitude');
  const longitude = floatColumn(row, 'longitude');
  // Headlines are a GED row's only prose; several sources are separated by ";".
  const headlines = (row.source_headline ?? '').split(';').map((s) => s.trim()).filter((s) => s && s !== '-').join('\n');
  const coded = (row.where_coordinates ?? '').trim();
  const place = placeDescription(row.where_description ?? '', coded, [row.adm_1 ?? '', row.adm_2 ?? '', row.country ?? '']);
  const deaths = deathSplit(row, (row.side_a ?? '').trim(), (row.side_b ?? '').trim());
  // The notes are what the sources say: headlines, then the coder's own words on the place
  // (often finer than the coded point: a neighbourhood, a village). The document text adds the
  // coded death split, so the toll has an evidence span; it stays out of the notes, where its
  // words would make every row of one dyad look alike to the merge's text comparison.
  const notes = [headlines, place].filter(Boolean).join('\n');
  const text = [notes, deaths.line].filter(Boolean).join('\n');
  const original: OriginalRow = { dataset: 'ucdp', columns, values: columns.map((c) => row[c] ?? '') };
  // Identity from the headlines and the row's values (as before the place and deaths lines were
  // added): re-importing a file into an older store stays a no-op.
  const content_hash = datasetHash('ucdp', externalId, headlines, original.values);
  const document_id = documentIdOf(content_hash);
  const location = coded || place;
  const report: Report = {
    id: `${document_id}:r0`,
    document_id,
    event_date: start,
    event_date_end: end === start ? null : end,
    time_precision: timePrecisionOfDatePrec(intColumn(row, 'date_prec', 1)!),
    event_type: kind.event_type,
    sub_event_type: kind.sub_event_type,
    actor1: a.actor,
    assoc_actor_1: '',
    inter1: a.inter,
    actor2: b.actor,
    // ACLED lists harmed civilians as an associated actor of the side they were caught with.
    assoc_actor_2: !kind.civilian && (intColumn(row, 'deaths_civilians', 0) ?? 0) > 0 ? `Civilians (${country})` : '',
    inter2: b.inter,
    interaction: interactionCode(a.inter, b.inter),
    // One-sided violence targets civilians by definition; otherwise civilian deaths alone do not say "targeted".
    civilian_targeting: kind.civilian ? 'Civilian targeting' : '',
    iso3,
    country,
    admin1: (row.adm_1 ?? '').replace(/ (district|province|governorate|region)$/i, '').trim(),
    admin2: (row.adm_2 ?? '').replace(/ (district|province|governorate|region)$/i, '').trim(),
    location: location.replace(/ (town|city|village)$/i, ''),
    latitude,
    longitude,
    geo_precision: latitude == null ? null : geoPrecisionOfWherePrec(wherePrec),
    fatalities: best,
    fatalities_min: Math.min(low, best, high),
    fatalities_max: Math.max(low, best, high),
    injuries: null,
    displaced: null,
    notes,
    source: (row.source_office ?? '').split(';').map((s) => s.trim()).filter(Boolean).join('; ') || 'UCDP GED',
    confidence: confidenceOf(tov, intColumn(row, 'date_prec', 1)!, wherePrec),
    evidence: ucdpEvidence(document_id, text, notes, { location: coded.replace(/ (town|city|village)$/i, '') || place, place, deaths: deaths.line }),
    rules: ['dataset:ucdp', `ucdp:where_prec=${wherePrec}`, `ucdp:date_prec=${row.date_prec ?? ''}`, `ucdp:type_of_violence=${tov}`, ...(deaths.rule ? [deaths.rule] : [])],
  };
  return {
    doc: {
      kind: 'ucdp',
      external_id: externalId,
      text,
      title: `UCDP GED ${externalId}`,
      source: 'UCDP GED',
      publisher: report.source,
      published: end,
      meta: { original },
      content_hash,
    },
    report,
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const bare = (s: string) => squash(s).toLowerCase().replace(/ (town|city|village)$/, '');

/** Words a place description shares with every row of its area: kinds of place, not places. */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'district', 'province', 'governorate', 'region', 'area']);

/**
 * where_description when it says more than the coded place and its admin areas: "Sirte" for
 * "Sirte town", or "Misrata town, Misrata district", repeated on hundreds of rows, would make
 * unrelated rows look alike to the merge's text comparison; "Abu Slim neighbourhood" does not.
 */
export function placeDescription(description: string, coded: string, areas: string[] = []): string {
  const d = squash(description);
  if (!d || d === '-' || bare(d) === bare(coded)) return '';
  const known = contentWords([coded, ...areas].join(' '));
  for (const w of contentWords(d)) if (!known.has(w) && !PLACE_KINDS.has(w)) return d;
  return '';
}

/**
 * GED splits its best estimate by whom it killed: side A, side B, civilians, unknown. ACLED has
 * one toll, so the split is kept as a line of the row's text in UCDP's own side names (evidence
 * for the toll) and as a rule on the report ("ucdp:deaths=a:0,b:3,civilians:0,unknown:0"), beside fatalities.
 */
export function deathSplit(row: Record<string, string>, sideA: string, sideB: string): { line: string; rule: string | null } {
  const cols = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'] as const;
  if (cols.every((c) => (row[c] ?? '').trim() === '')) return { line: '', rule: null };
  const [da, db, dc, du] = cols.map((c) => intColumn(row, c, 0)!);
  if ([da, db, dc, du].some((n) => n! < 0)) throw new Error('negative death count');
  const line = `Deaths: ${sideA || 'side A'} ${da}; ${sideB || 'side B'} ${db}; civilians ${dc}; unknown ${du}`;
  return { line, rule: `ucdp:deaths=a:${da},b:${db},civilians:${dc},unknown:${du}` };
}

/** Spans of the text for the coded fields; the place and deaths lines are found where they were put. */
function ucdpEvidence(documentId: string, text: string, notes: string, fields: { location: string; place: string; deaths: string }): Evidence[] {
  const out = evidenceInText(documentId, notes, { location: fields.location });
  if (fields.place && !out.some((e) => e.field === 'location')) {
    const at = notes.lastIndexOf(fields.place);
    out.unshift({ field: 'location', document_id: documentId, start: at, end: at + fields.place.length, text: fields.place });
  }
  if (fields.deaths) {
    const at = text.length - fields.deaths.length;
    out.push({ field: 'fatalities', document_id: documentId, start: at, end: text.length, text: fields.deaths });
  }
  return out;
}

/** Per-field confidence: high where UCDP codes the field, low where the mapping guesses it (data/ucdp-confidence.json). */
export function confidenceOf(tov: number, datePrec: number, wherePrec: number): Confidence {
  const at = (table: Record<string, number>, key: number) => table[String(key)] ?? Math.min(...Object.values(table));
  const date = at(trust.date_by_date_prec, datePrec);
  const place = at(trust.place_by_where_prec, wherePrec);
  const type = at(trust.type_by_type_of_violence, tov);
  const out: Confidence = { overall: trust.overall, event_date: date, time_precision: date, event_type: type, sub_event_type: type, civilian_targeting: at(trust.civilian_targeting_by_type_of_violence, tov) };
  for (const f of ['location', 'latitude', 'longitude', 'geo_precision', 'admin1', 'admin2']) out[f] = place;
  for (const f of ['actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction']) out[f] = trust.actors;
  return { ...out, country: trust.country, fatalities: trust.fatalities, notes: trust.notes };
}
