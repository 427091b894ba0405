// `sitrep eval acled`: run extraction on each coded row's notes and score the top event
// against the coded columns (definitions in score.ts, "top" in top.ts).
// The note is extracted with the row's event_date as publication date and NO country hint:
// inferring the country is part of what is measured.

import type { Report } from '../core/types.ts';
import type { ExtractFn } from '../extract/types.ts';
import type { Gazetteer } from '../geo/types.ts';
import { ACLED_FIELDS, normaliseName, scoreAcledRow } from './score.ts';
import { acledDateOrNull } from '../datasets/acled.ts';
import { parseInterCode } from '../core/taxonomy.ts';
import type { AcledField, AcledTruth, FieldOutcome } from './score.ts';
import { topReport } from './top.ts';
import { mainThreadCpuSeconds } from './thread-cpu.ts';
import { setNamesAsOf } from '../extract/actors/dictionary.ts';

export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'inter1', 'inter2',
  'country', 'admin1', 'latitude', 'longitude', 'notes', 'fatalities',
] as const;

export interface AcledCase {
  truth: AcledTruth;
  notes: string;
}

/** Typed case from a CSV record, or a one-line reason why the record cannot be scored. */
export function acledCase(rec: Record<string, string>): AcledCase | string {
  // A few exported rows lack event_id_cnty; data_id still identifies them in error lists.
  const id = rec.event_id_cnty || (rec.data_id ? `data_id:${rec.data_id}` : '(no id)');
  const date = acledDateOrNull(rec.event_date ?? '');
  if (!date) return `${id}: unreadable event_date "${rec.event_date}"`;
  // Older exports write inter codes ("1"), newer ones the actor type ("State forces").
  const inter1 = parseInterCode(rec.inter1 ?? '');
  const inter2 = parseInterCode(rec.inter2 ?? '');
  if (inter1 === null || inter2 === null) return `${id}: unreadable inter1/inter2 "${rec.inter1}" / "${rec.inter2}"`;
  const num = (k: string) => Number(rec[k]);
  if (!Number.isFinite(num('latitude')) || !Number.isFinite(num('longitude'))) return `${id}: no coordinates`;
  if (!rec.notes?.trim()) return `${id}: empty notes`;
  return {
    notes: rec.notes,
    truth: {
      id,
      event_date: date,
      event_type: rec.event_type,
      sub_event_type: rec.sub_event_type,
      actor1: rec.actor1,
      actor2: rec.actor2 ?? '',
      inter1,
      inter2,
      country: rec.country,
      iso3: rec.iso3 ?? '',
      admin1: rec.admin1 ?? '',
      latitude: num('latitude'),
      longitude: num('longitude'),
      fatalities: Number(rec.fatalities) || 0,
      ...('civilian_targeting' in rec ? { civilian_targeting: rec.civilian_targeting!.trim() === 'Civilian targeting' } : {}),
    },
  };
}

const SIZE_TAG = /\s*\[size\s*=[^\]]*\]/gi;

/** The note without its "[size=...]" crowd-size tags: classic ACLED exports close crowd events with
 *  one, newer exports keep the size in their tags column, and news text never has it. */
export function withoutSizeTags(notes: string): string {
  return notes.replace(SIZE_TAG, '');
}

/** The day a file's actor names are read as of. Exports of ACLED's current platform write inter1 as
 *  an actor type ("State forces") and were made lately: they name each government period that has
 *  ended with its end year ("Military Forces of Israel (2009-2021)"), so names are read as of
 *  `today`. Classic exports (inter codes, "1") are snapshots of their time: null, each event's own. */
export function acledNamesAsOf(records: readonly Record<string, string>[], today: string): string | null {
  const rec = records.find((r) => (r.inter1 ?? '').trim() !== '');
  return rec && !/^\d+$/.test(rec.inter1!.trim()) ? today : null;
}

/** Rows of one country, given as ISO3 code or country name (any case). */
export function matchesCountry(c: AcledCase, country: string): boolean {
  return c.truth.iso3.toUpperCase() === country.toUpperCase() || normaliseName(c.truth.country) === normaliseName(country);
}

export interface RowResult {
  id: string;
  country: string;
  notes: string;
  outcomes: FieldOutcome[];
  reports: number;
  top: Report | null;
  error?: string;
}

export interface AcledEval {
  n: number;
  fields: Record<AcledField, number>;
  /** Notes per CPU-second of one cold extraction pass (process CPU, all threads): the one-core rate. */
  notes_per_second: number;
  /** Notes per wall-clock second of extraction (lower when the machine is shared). */
  notes_per_wall_second: number;
  extract_seconds: number;
  extract_cpu_seconds: number;
  /** The main thread's share of extract_cpu_seconds (null off Linux); the rest is V8's compiler and GC threads. */
  extract_main_thread_cpu_seconds: number | null;
  no_event: number;
  /** expected event_type -> extracted event_type (or "(none)") -> rows */
  confusion: Record<string, Record<string, number>>;
  sub_event_types: Array<{ sub_event_type: string; n: number; correct: number }>;
  rows: RowResult[];
}

export interface AcledEvalOptions {
  extract: ExtractFn;
  gazetteer: Gazetteer;
  /** Read actor names as of this day (acledNamesAsOf); null or absent: as of each event's date. */
  namesAsOf?: string | null;
}

export function evaluateAcled(cases: readonly AcledCase[], opts: AcledEvalOptions): AcledEval {
  // One cold pass over every note, timed as a whole (process CPU: the main thread plus V8's compiler
  // and GC helper threads), then scoring outside the timed pass. Timing each note on its own cost
  // two clock reads per note and left out the compiler work that ran between notes.
  const extracted: Array<{ reports: Report[]; error?: string }> = new Array(cases.length);
  setNamesAsOf(opts.namesAsOf ?? null);
  const main0 = mainThreadCpuSeconds();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    try {
      const input = { document_id: `acled:${c.truth.id}`, text: c.notes, published: c.truth.event_date, country_hint: null };
      extracted[i] = { reports: opts.extract(input, { gazetteer: opts.gazetteer }) };
    } catch (err) {
      extracted[i] = { reports: [], error: (err as Error).message ?? String(err) };
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  setNamesAsOf(null);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const main1 = mainThreadCpuSeconds();
  const rows: RowResult[] = cases.map((c, i) => {
    const { reports, error } = extracted[i];
    const top = topReport(reports);
    return { id: c.truth.id, country: c.truth.country, notes: c.notes, outcomes: scoreAcledRow(c.truth, top), reports: reports.length, top, error };
  });
  const rate = (s: number) => (s > 0 ? Math.round(rows.length / s) : 0);
  return {
    n: rows.length,
    fields: fieldShares(rows),
    notes_per_second: rate(cpuSeconds),
    notes_per_wall_second: rate(seconds),
    extract_seconds: seconds,
    extract_cpu_seconds: cpuSeconds,
    extract_main_thread_cpu_seconds: main0 !== null && main1 !== null ? main1 - main0 : null,
    no_event: rows.filter((r) => !r.top).length,
    confusion: confusion(rows),
    sub_event_types: subEventTypes(rows),
    rows,
  };
}

function fieldShares(rows: readonly RowResult[]): Record<AcledField, number> {
  const out = {} as Record<AcledField, number>;
  ACLED_FIELDS.forEach((f, i) => {
    const ok = rows.filter((r) => r.outcomes[i].ok).length;
    out[f] = rows.length ? Math.round((ok / rows.length) * 1e4) / 1e4 : 0;
  });
  return out;
}

function outcomeOf(r: RowResult, field: AcledField): FieldOutcome {
  return r.outcomes[ACLED_FIELDS.indexOf(field)];
}

function confusion(rows: readonly RowResult[]): Record<string, Record<string, number>> {
  const m: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const o = outcomeOf(r, 'event_type');
    const line = (m[o.expected] ??= {});
    line[o.got] = (line[o.got] ?? 0) + 1;
  }
  return m;
}

function subEventTypes(rows: readonly RowResult[]): AcledEval['sub_event_types'] {
  const by = new Map<string, { n: number; correct: number }>();
  for (const r of rows) {
    const o = outcomeOf(r, 'sub_event_type');
    const s = by.get(o.expected) ?? { n: 0, correct: 0 };
    s.n++;
    if (o.ok) s.correct++;
    by.set(o.expected, s);
  }
  return [...by].map(([sub_event_type, s]) => ({ sub_event_type, ...s }));
}

/** Field shares per coded country, biggest countries first. */
export function byCountry(ev: AcledEval, top: number): Array<{ country: string; n: number; fields: Record<AcledField, number> }> {
  const groups = new Map<string, RowResult[]>();
  for (const r of ev.rows) groups.set(r.country, [...(groups.get(r.country) ?? []), r]);
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([country, rows]) => ({ country, n: rows.length, fields: fieldShares(rows) }));
}

/** Wrong (row, field) cells in row order, optionally for one field only. */
export function wrongCells(ev: AcledEval, field?: AcledField): Array<{ id: string } & FieldOutcome> {
  const out: Array<{ id: string } & FieldOutcome> = [];
  for (const r of ev.rows) for (const o of r.outcomes) if (!o.ok && (!field || o.field === field)) out.push({ id: r.id, ...o });
  return out;
}
