// Reconciling an event from the reports (claims) that describe it. Pure and deterministic:
// both stores (SQLite, PostgreSQL) and merge/ call it, so one event always reads the same.
//
// Rules (documented in the README, "Data model"):
// - numbers: min = smallest minimum, max = largest maximum, best = the LOWER median of the
//   reports' best values (conservative, as ACLED codes tolls); a field nobody reports stays null.
// - dates: each report stands for a window (event_date..event_date_end, or a window implied by
//   its time_precision: ±3 days for a week, ±15 days for a month). The windows are intersected;
//   the most precise report whose date lies inside wins. Disjoint windows are a disagreement and
//   the most precise report wins.
// - place, type and actors are coherent groups: all their fields come from ONE report (the most
//   precise place; the most confident type / actors), so a location never gets another's lat/lon.
// - any field on which reports hold different non-empty values is listed in `disagreements`
//   with every report's claim.

import type { Claim, Confidence, EventFields, EventGrade, Report } from '../core/types.ts';
// window.ts imports addDays from here; both only call each other's functions at run time.
import { DATE_SLACK_DAYS, dateWindow, haversineKm, radiusKm } from '../merge/window.ts';

export interface SourcedReport {
  report: Report;
  /** Source name of the report's document (for claims and the event's `source`). */
  source: string;
}

export interface Reconciled {
  fields: EventFields;
  confidence: Confidence;
  disagreements: Record<string, Claim[]>;
  grade: EventGrade;
}

const PLACE = ['iso3', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'region'] as const;
const TYPE = ['event_type', 'sub_event_type', 'civilian_targeting'] as const;
const ACTORS = ['actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction'] as const;
/** Fields checked for disagreement beyond numbers and dates. */
const COMPARED = ['event_type', 'sub_event_type', 'actor1', 'actor2', 'iso3', 'location'] as const;

export function reconcile(items: SourcedReport[]): Reconciled {
  if (items.length === 0) throw new Error('reconcile: an event needs at least one report');
  const reports = items.map((i) => i.report);
  const mostConfident = (f: string) => [...reports].sort((a, b) => conf(b, f) - conf(a, f))[0];
  const place = [...reports].sort(
    (a, b) => (a.geo_precision ?? 9) - (b.geo_precision ?? 9) || conf(b, 'location') - conf(a, 'location'),
  )[0];
  const typed = mostConfident('event_type');
  const acted = mostConfident('actor1');
  const texted = mostConfident('overall');

  const fields: Record<string, any> = { ...pick(texted) };
  for (const f of PLACE) fields[f] = (place as any)[f];
  for (const f of TYPE) fields[f] = (typed as any)[f];
  for (const f of ACTORS) fields[f] = (acted as any)[f];
  const disagreements: Record<string, Claim[]> = {};
  const claims = (f: string, value: (r: Report) => unknown = (r) => (r as any)[f]): Claim[] =>
    items.map((i) => ({ report_id: i.report.id, document_id: i.report.document_id, source: i.source, value: value(i.report) }));

  Object.assign(fields, reconcileDates(reports, conf, () => (disagreements.event_date = claims('event_date'))));
  fields.fatalities = lowerMedian(reports.map((r) => r.fatalities ?? 0)) ?? 0;
  fields.fatalities_min = Math.min(fields.fatalities, ...reports.map((r) => r.fatalities_min ?? r.fatalities ?? 0));
  fields.fatalities_max = Math.max(fields.fatalities, ...reports.map((r) => r.fatalities_max ?? r.fatalities ?? 0));
  fields.injuries = lowerMedian(reports.map((r) => r.injuries).filter((n): n is number => n != null));
  fields.displaced = lowerMedian(reports.map((r) => r.displaced).filter((n): n is number => n != null));
  for (const f of ['fatalities', 'injuries', 'displaced', ...COMPARED]) {
    const values = new Set(reports.map((r) => (r as any)[f]).filter((v) => v != null && v !== ''));
    if (values.size > 1) disagreements[f] = claims(f);
  }
  fields.source = [...new Set(items.flatMap((i) => splitList(i.source || i.report.source)))].join('; ');

  const confidence: Confidence = {};
  const keys = new Set(reports.flatMap((r) => Object.keys(r.confidence ?? {})));
  for (const k of keys) {
    // Noisy-or over the reports that agree with the chosen value: independent agreement raises it.
    const agreeing = reports.filter((r) => k === 'overall' || !(k in fields) || same((r as any)[k], fields[k]));
    // A report without a figure for this field stands behind it with its overall confidence, as it did when the value was chosen.
    const c = 1 - agreeing.reduce((p, r) => p * (1 - conf(r, k)), 1);
    confidence[k] = Math.round(Math.min(0.99, c) * 1000) / 1000;
  }
  if (items.length === 1) Object.assign(fields, pick(reports[0]));
  return { fields: fields as unknown as EventFields, confidence, disagreements, grade: gradeOf(items, disagreements) };
}

/**
 * The grade, in the spirit of Airwars' (confirmed / fair / weak / contested / discounted), from
 * the number of independent sources and whether their claims agree. The rule, first match wins:
 * - contested: the sources disagree on something that changes what the event is:
 *   the toll (any two different counts: 7 vs 10 dead is a conflict of claims, kept with every
 *   claim), the event type (held as a claim: a type a dataset mapping only guesses, below
 *   TYPE_CLAIM_AT confidence, is listed but contests nothing), the country, the date beyond tolerance (the windows each claim's
 *   time_precision stands for, widened by the one-day reporting slack the merge step allows, do
 *   not meet), or the place beyond tolerance (the points lie farther apart than the circles
 *   their geo_precision stands for: 10 / 30 / 150 km). Different spellings of one place, a
 *   village inside the town another source names, or actor names of different specificity are
 *   not contested: they are listed in `disagreements` only.
 * - confirmed: three or more independent sources (distinct outlets; one outlet's several
 *   reports count once, and a dataset row counts as the outlets it cites, so a wire story and a
 *   dataset row coded from that same story are one source, not two) that agree;
 * - fair: two; weak: one.
 * - discounted is never derived from claims: a reviewer's rejection sets it (src/store/review-change.ts),
 *   and any grade can be overridden by a reviewer.
 * The merge step's windows and circles (src/merge/window.ts) are the tolerance, so two claims
 * that were merged automatically as compatible are never contested on date or place.
 */
export function gradeOf(items: SourcedReport[], disagreements: Record<string, Claim[]>): EventGrade {
  const sources = new Set(items.flatMap(outletsOf));
  const reports = items.map((i) => i.report);
  const contested = ['fatalities', 'iso3'].some((f) => f in disagreements) || typesConflict(reports) || datesConflict(reports) || placesConflict(reports);
  if (contested) return 'contested';
  if (sources.size >= 3) return 'confirmed';
  if (sources.size === 2) return 'fair';
  return 'weak';
}

/** Trailing words one outlet is cited with or without ("Reuters" / "Reuters News", "Xinhua News Agency"). */
const OUTLET_SUFFIX = / (news agency|newswires?|news)$/;
// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;
const outletKey = (s: string) => s.toLowerCase().replace(NOT_LETTERS, ' ').trim().replace(OUTLET_SUFFIX, '');

/**
 * The outlets behind a report: its document's source, or for a dataset row (a compilation, not
 * an outlet) the outlets the row cites in its source field, when it names any.
 */
function outletsOf(i: SourcedReport): string[] {
  const cited = i.report.rules?.some((r) => r.startsWith('dataset:')) ? splitList(i.report.source) : [];
  const names = cited.length ? cited : [i.source || i.report.document_id];
  return [...new Set(names.map(outletKey).filter(Boolean))];
}

/** How much a report stands behind a field: its figure for it, else its overall confidence. */
const conf = (r: Report, f: string) => r.confidence?.[f] ?? r.confidence?.overall ?? 0.5;
/** Below this a type is a mapping's guess (a UCDP row's "Battles" for any state-based violence), not a claim that contests another. */
export const TYPE_CLAIM_AT = 0.5;

/** Two reports hold different event types, each as a claim rather than a guess. */
function typesConflict(reports: Report[]): boolean {
  return new Set(reports.filter((r) => conf(r, 'event_type') >= TYPE_CLAIM_AT).map((r) => r.event_type)).size > 1;
}

/** Some two claims' date windows (with the reporting slack) do not meet. */
function datesConflict(reports: Report[]): boolean {
  const windows = reports.map((r) => dateWindow(r));
  const latestStart = windows.map((w) => w[0]).sort().at(-1)!;
  const earliestEnd = windows.map((w) => w[1]).sort()[0]!;
  return daysBetween(earliestEnd, latestStart) > DATE_SLACK_DAYS;
}

/** Some two claims with coordinates lie farther apart than their precisions allow. */
function placesConflict(reports: Report[]): boolean {
  const located = reports.filter((r) => r.latitude != null && r.longitude != null);
  return located.some((a, i) =>
    located.slice(i + 1).some((b) => haversineKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!) > radiusKm(a) + radiusKm(b)),
  );
}

/** The lower median (conservative for even counts); null for no values. */
export function lowerMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function reconcileDates(reports: Report[], conf: (r: Report, f: string) => number, onDisagree: () => void) {
  const windows = reports.map(dateWindow);
  const lo = windows.map((w) => w[0]).sort().at(-1)!;
  const hi = windows.map((w) => w[1]).sort()[0];
  const byPrecision = [...reports].sort(
    (a, b) => a.time_precision - b.time_precision || conf(b, 'event_date') - conf(a, 'event_date'),
  );
  if (lo > hi) {
    onDisagree();
    return dateOf(byPrecision[0]);
  }
  const inside = byPrecision.find((r) => r.event_date >= lo && r.event_date <= hi);
  if (inside) return dateOf(inside);
  const span = daysBetween(lo, hi);
  return { event_date: lo, event_date_end: hi === lo ? null : hi, time_precision: span === 0 ? 1 : span <= 7 ? 2 : 3 };
}

function dateOf(r: Report) {
  return { event_date: r.event_date, event_date_end: r.event_date_end ?? null, time_precision: r.time_precision };
}

/** With a single report the event IS the claim: copy its fields verbatim (round-trip). */
function pick(r: Report): Partial<EventFields> {
  const { id: _id, document_id: _d, confidence: _c, evidence: _e, rules: _r, ...fields } = r;
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}

function splitList(s: string | null | undefined): string[] {
  return (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
