// Writing and reading events: an event row is always the reconciliation of the reports linked
// to it (plus reviewer overrides), and its search, spatial and actor indexes are rewritten with it.

import { createHash } from 'node:crypto';
import type { EventFields, Evidence, Report, SitrepEvent } from '../../core/types.ts';
import { dateWindow } from '../../merge/window.ts';
import { reconcile, type Reconciled, type SourcedReport } from '../reconcile.ts';
import { stmt, type DB } from './db.ts';
import { actorRoles, EVENT_COLUMNS, eventColumnValues, eventFieldValues, eventFromRow, searchBody, type EventRow } from './rows.ts';

type Overrides = NonNullable<SitrepEvent['overrides']>;

/** Event id derived from the report that founded it: the same ingest gives the same ids. */
export function newEventId(db: DB, seed: string): string {
  const base = 'evt_' + createHash('sha256').update(seed).digest('hex').slice(0, 16);
  let id = base;
  for (let n = 2; stmt(db, 'SELECT 1 FROM events WHERE id = ?').get(id); n++) id = `${base}_${n}`;
  return id;
}

export function eventSeq(db: DB, id: string): number | null {
  const row = stmt(db, 'SELECT seq FROM events WHERE id = ?').get(id) as { seq: number } | undefined;
  return row?.seq ?? null;
}

const INSERT_COLUMNS = ['id', ...EVENT_COLUMNS, 'date_last', 'confidence', 'disagreements', 'grade', 'created_at', 'updated_at'];
const INSERT_EVENT = `INSERT INTO events (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/** Inserts an event row for reports about to be linked; returns its seq. */
export function insertEvent(db: DB, id: string, rec: Reconciled, now: string): number {
  const values = eventColumnValues(rec.fields);
  values.unshift(id);
  values.push(JSON.stringify(rec.confidence), JSON.stringify(rec.disagreements), rec.grade, now, now);
  return Number(stmt(db, INSERT_EVENT).run(values).lastInsertRowid);
}

export function linkReport(db: DB, seq: number, report: Report): void {
  // A document's links are found by this prefix (links.ts).
  if (!report.id.startsWith(report.document_id)) throw new Error(`report id ${report.id} does not begin with its document id ${report.document_id}`);
  stmt(db, 'INSERT OR REPLACE INTO event_reports (report_id, event_seq, document_id) VALUES (?, ?, ?)').run(
    report.id,
    seq,
    report.document_id,
  );
}

/** The reports currently linked to an event, in the order they were linked, with their source. */
export function loadReports(db: DB, seq: number): SourcedReport[] {
  const rows = stmt(
    db,
    `SELECT r.id, r.document_id, r.fields, r.confidence, r.rules, r.evidence, coalesce(d.source, d.publisher, '') AS doc_source
     FROM event_reports er JOIN reports r ON r.id = er.report_id JOIN documents d ON d.id = r.document_id
     WHERE er.event_seq = ? ORDER BY er.rowid`,
  ).all(seq) as Array<Record<string, string>>;
  return rows.map((r) => ({
    source: r.doc_source,
    report: {
      ...(JSON.parse(r.fields) as EventFields),
      id: r.id,
      document_id: r.document_id,
      confidence: JSON.parse(r.confidence),
      rules: JSON.parse(r.rules),
      evidence: JSON.parse(r.evidence) as Evidence[],
    },
  }));
}

/**
 * Re-reconciles an event from its reports and reapplies reviewer overrides. Returns false when
 * the event has no reports left (the caller decides what an emptied event becomes).
 */
export function recomputeEvent(db: DB, seq: number, now: string, opts: { indexesCurrent?: boolean } = {}): boolean {
  return recomputeEvents(db, [seq], now, opts)[0]!;
}

/**
 * recomputeEvent for several events, each step over all of them in turn (their reports, their
 * rows, the updates, the indexes), so one table's pages stay in the CPU caches from event to event
 * (an import batch's joined events: ingest-by-table.ts). Returns, per seq, whether it had reports.
 */
export function recomputeEvents(db: DB, seqs: number[], now: string, opts: { indexesCurrent?: boolean } = {}): boolean[] {
  const loaded = seqs.map((seq) => ({ seq, reports: loadReports(db, seq) })).filter((e) => e.reports.length > 0);
  const rows = loaded.map(({ seq }) => stmt(db, 'SELECT * FROM events WHERE seq = ?').get(seq) as EventRow);
  const written = loaded.map(({ reports }, i) => updateEventRow(db, rows[i]!, reconcile(reports), JSON.parse(rows[i]!.overrides), now, opts.indexesCurrent ?? false));
  written.forEach(({ fields, redo }, i) => refreshIndexes(db, loaded[i]!.seq, fields, undefined, redo));
  const live = new Set(loaded.map((e) => e.seq));
  return seqs.map((seq) => live.has(seq));
}

/**
 * Indexes rebuilt only when one of their columns changed (FTS always: evidence text may have).
 * The R*Tree row is the point and the window, which dateWindow reads from the end itself, not
 * only from date_last.
 */
const RTREE_COLUMNS = ['latitude', 'longitude', 'event_date', 'event_date_end', 'date_last', 'time_precision'];
const ACTOR_COLUMNS = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'];

/**
 * Writes reconciled fields with overrides on top over the stored row `row`; returns the fields
 * written and which indexes refreshIndexes must redo. Only changed columns are set: an attached
 * report mostly changes a few (toll range, confidence), and every column set costs a rewrite of
 * each index holding it. `indexesCurrent`: the R*Tree and actor rows match `row` (an event saved
 * by ingest), so they are redone only when their columns change; review paths (a split's fresh
 * event) redo all.
 */
function updateEventRow(
  db: DB,
  row: EventRow,
  rec: Reconciled,
  overrides: Overrides,
  now: string,
  indexesCurrent: boolean,
): { fields: EventFields; redo: { rtree: boolean; actors: boolean } } {
  const fields = { ...rec.fields } as EventFields & Record<string, unknown>;
  let grade: string = rec.grade;
  for (const [f, o] of Object.entries(overrides)) {
    // The reviewer's value stays; what extraction says now is kept beside it.
    o.extracted = f === 'grade' ? rec.grade : fields[f];
    if (f === 'grade') grade = o.value as string;
    else fields[f] = o.value;
  }
  const values: Record<string, unknown> = {
    ...eventFieldValues(fields),
    confidence: JSON.stringify(rec.confidence),
    disagreements: JSON.stringify(rec.disagreements),
    overrides: JSON.stringify(overrides),
    grade,
  };
  const changed = Object.keys(values).filter((c) => !sameValue(values[c], row[c]));
  const set = [...changed, 'updated_at'].map((c) => `${c} = ?`).join(', ');
  stmt(db, `UPDATE events SET ${set} WHERE seq = ?`).run([...changed.map((c) => values[c]), now, row.seq]);
  return {
    fields,
    redo: {
      rtree: !indexesCurrent || changed.some((c) => RTREE_COLUMNS.includes(c)),
      actors: !indexesCurrent || changed.some((c) => ACTOR_COLUMNS.includes(c)),
    },
  };
}

/** A value as SQLite returns it after storing `v` (booleans as 1/0, integral reals as numbers). */
function sameValue(v: unknown, stored: unknown): boolean {
  if (v === stored) return true;
  if (typeof v === 'boolean') return (v ? 1 : 0) === stored;
  return false;
}

/**
 * Rewrites an event's FTS, R*Tree and actor rows. `fresh` = a just-inserted event whose only
 * report's evidence is given: nothing to delete or look up (the bulk-ingest path).
 */
export function refreshIndexes(
  db: DB,
  seq: number,
  f: EventFields,
  fresh?: { evidenceTexts: string[] },
  redo: { rtree: boolean; actors: boolean } = { rtree: true, actors: true },
): void {
  const texts =
    fresh?.evidenceTexts ??
    (stmt(db, 'SELECT r.evidence FROM event_reports er JOIN reports r ON r.id = er.report_id WHERE er.event_seq = ? ORDER BY er.rowid').pluck().all(seq) as string[]).flatMap(
      (json) => (JSON.parse(json) as Evidence[]).map((e) => e.text),
    );
  if (!fresh) {
    stmt(db, 'DELETE FROM events_fts WHERE rowid = ?').run(seq);
    if (redo.rtree) stmt(db, 'DELETE FROM events_rtree_days WHERE id = ?').run(seq);
    if (redo.actors) stmt(db, 'DELETE FROM event_actors WHERE event_seq = ?').run(seq);
  }
  insertSearchRow(db, seq, f, texts);
  if (redo.rtree) insertPlace(db, seq, f);
  if (redo.actors) insertActors(db, seq, f);
}

/** A new event's search row: its fields and the evidence texts given. */
export function insertSearchRow(db: DB, seq: number, f: EventFields, evidenceTexts: string[]): void {
  stmt(db, 'INSERT INTO events_fts (rowid, body) VALUES (?, ?)').run(seq, searchBody(f, evidenceTexts));
}

/**
 * A new event's point and its days since 1970 (boxes and merge candidates: migrations 003, 074,
 * 082), when it has coordinates. Its days are its window as the merge's date veto reads it
 * (dateWindow: widened by its time precision), so a candidate search asks for the days around
 * a report's own and finds exactly the events whose windows reach them.
 */
export function insertPlace(db: DB, seq: number, f: EventFields): void {
  if (f.latitude == null || f.longitude == null) return;
  const [from, to] = dateWindow(f);
  stmt(
    db,
    `INSERT INTO events_rtree_days (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
     VALUES (?, ?, ?, ?, ?, julianday(?) - 2440587.5, julianday(?) - 2440587.5)`,
  ).run(seq, f.longitude, f.longitude, f.latitude, f.latitude, from, to);
}

/** Links an event to its actors by role, adding names not seen before. */
export function insertActors(db: DB, seq: number, f: EventFields): void {
  for (const { role, name } of actorRoles(f)) {
    // Looked up first: almost every name is known, and an upsert would rewrite its row each time.
    const known = stmt(db, 'SELECT id FROM actors WHERE name = ?').get(name) as { id: number } | undefined;
    const id = known?.id ?? Number(stmt(db, 'INSERT INTO actors (name) VALUES (?)').run(name).lastInsertRowid);
    stmt(db, 'INSERT OR IGNORE INTO event_actors (event_seq, actor_id, role) VALUES (?, ?, ?)').run(seq, id, role);
  }
}

/** Full events (with report ids, document ids and evidence) for a page of rows. */
export function hydrate(db: DB, rows: EventRow[]): SitrepEvent[] {
  if (rows.length === 0) return [];
  const seqs = JSON.stringify(rows.map((r) => r.seq));
  const links = stmt(
    db,
    'SELECT event_seq, report_id, document_id FROM event_reports WHERE event_seq IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  ).all(seqs) as Array<{ event_seq: number; report_id: string; document_id: string }>;
  const evidence = stmt(
    db,
    `SELECT er.event_seq, r.evidence FROM event_reports er JOIN reports r ON r.id = er.report_id
     WHERE er.event_seq IN (SELECT value FROM json_each(?)) AND r.evidence <> '[]' ORDER BY er.rowid`,
  ).all(seqs) as Array<{ event_seq: number; evidence: string }>;
  const bySeq = new Map<number, SitrepEvent>();
  const events = rows.map((r) => {
    const ev = eventFromRow(r);
    bySeq.set(r.seq, ev);
    return ev;
  });
  for (const l of links) {
    const ev = bySeq.get(l.event_seq)!;
    ev.report_ids.push(l.report_id);
    if (!ev.document_ids.includes(l.document_id)) ev.document_ids.push(l.document_id);
  }
  for (const { event_seq, evidence: spans } of evidence) {
    const list = bySeq.get(event_seq)!.evidence;
    for (const e of JSON.parse(spans) as Evidence[]) list.push(e);
  }
  return events;
}

export function getEventBySeq(db: DB, seq: number): SitrepEvent {
  return hydrate(db, [stmt(db, 'SELECT * FROM events WHERE seq = ?').get(seq) as EventRow])[0];
}

/** Several events by seq, in the order given, with three queries whatever their number. */
export function getEventsBySeq(db: DB, seqs: number[]): SitrepEvent[] {
  const rows = stmt(db, 'SELECT * FROM events WHERE seq IN (SELECT value FROM json_each(?))').all(JSON.stringify(seqs)) as EventRow[];
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return hydrate(db, seqs.map((s) => bySeq.get(s)!));
}

/** An audit entry, found later by its event's seq (migration 078). */
const AUDIT_INSERT = `INSERT INTO audit (event_id, event_seq, action, actor, at, before, after, reason)
  VALUES (?, (SELECT seq FROM events WHERE id = ?), ?, ?, ?, ?, ?, ?)`;

/** Writes one audit entry at `now`; a missing or null before/after is stored as NULL (read back as null). */
export function appendAudit(
  db: DB,
  entry: { event_id: string; action: string; actor: string; before?: unknown; after?: unknown; reason?: string | null },
  now: string,
): void {
  stmt(db, AUDIT_INSERT).run(
    entry.event_id,
    entry.event_id,
    entry.action,
    entry.actor,
    now,
    entry.before == null ? null : JSON.stringify(entry.before),
    entry.after == null ? null : JSON.stringify(entry.after),
    entry.reason ?? null,
  );
}
