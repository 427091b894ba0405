// What every dataset importer produces for one row: a document (the row itself, kept whole in
// meta for faithful round-trip) and the one report (claim) that row makes.

import { createHash } from 'node:crypto';
import type { Evidence, NewDocument, Report } from '../core/types.ts';
import { isIsoDay } from '../extract/dates/calendar.ts';

export interface DatasetRecord {
  doc: NewDocument & { content_hash: string };
  report: Report;
}

/** Column names and values of one CSV row, in file order (kept so export can rebuild it). */
export interface OriginalRow {
  dataset: string;
  columns: string[];
  values: string[];
}

/**
 * A dataset row's identity is the dataset, its row id and its text: re-importing the same file
 * is a no-op, while a revised row (ACLED updates notes and tolls) becomes a new document.
 */
export function datasetHash(dataset: string, externalId: string, text: string, values: string[]): string {
  return createHash('sha256').update(`${dataset}\u0000${externalId}\u0000${text}\u0000${values.join('\u0001')}`).digest('hex');
}

/** Same derivation as the store's document ids ("doc_" + first 16 hex of the content hash). */
export function documentIdOf(contentHash: string): string {
  return 'doc_' + contentHash.slice(0, 16);
}

/**
 * Evidence for coded fields whose value is spelled out in the row's text (location, actors,
 * admin areas...). Dataset rows are coded by people, so the text supports rather than yields the
 * value; a field without a matching span simply has no evidence.
 */
export function evidenceInText(documentId: string, text: string, fields: Record<string, string>): Evidence[] {
  const out: Evidence[] = [];
  const lower = text.toLowerCase();
  for (const [field, value] of Object.entries(fields)) {
    const v = value.trim();
    if (v.length < 3) continue;
    const at = lower.indexOf(v.toLowerCase());
    if (at >= 0) out.push({ field, document_id: documentId, start: at, end: at + v.length, text: text.slice(at, at + v.length) });
  }
  if (text.length) out.push({ field: 'notes', document_id: documentId, start: 0, end: text.length, text });
  return out;
}

/** Parses an integer column; empty means `fallback`, anything else non-numeric is an error. */
export function intColumn(row: Record<string, string>, name: string, fallback: number | null = null): number | null {
  const raw = (row[name] ?? '').trim();
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`column ${name}: "${raw}" is not a number`);
  return Math.round(n);
}

export function floatColumn(row: Record<string, string>, name: string): number | null {
  const raw = (row[name] ?? '').trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`column ${name}: "${raw}" is not a number`);
  return n;
}

export function requireColumn(row: Record<string, string>, name: string): string {
  const v = (row[name] ?? '').trim();
  if (!v) throw new Error(`column ${name} is empty`);
  return v;
}

/** "2020-02-31" is no day: Date would silently roll it over to March. */
export function checkDay(iso: string, column: string, raw = iso): string {
  if (!isIsoDay(iso)) throw new Error(`column ${column}: "${raw}" is not a real day`);
  return iso;
}
