// Events are always the reconciliation of the reports linked to them (plus reviewer
// overrides), exactly as in the SQLite store; here the whole event is kept as one jsonb value
// (`data`) beside its indexed columns, and rewritten whenever its reports or overrides change.

import { createHash } from 'node:crypto';
import type { Report, SitrepEvent } from '../../core/types.ts';
import { NotFoundError } from '../errors.ts';
import { reconcile, type Reconciled, type SourcedReport } from '../reconcile.ts';
import { EVENT_COLUMNS, eventFieldValues } from '../sqlite/rows.ts';
import type { Db, Queryable } from './db.ts';
import { writeEvents } from './rows.ts';

type Overrides = NonNullable<SitrepEvent['overrides']>;
const OPTIONAL_EXTRAS = new Set(['admin3', 'region', 'source_scale', 'tags']);

export function eventIdBase(seed: string): string {
  return 'evt_' + createHash('sha256').update(seed).digest('hex').slice(0, 16);
}

/** Event ids for new events, derived from their founding report: the same ingest, the same ids. */
export async function newEventIds(db: Db, c: Queryable, seeds: string[]): Promise<string[]> {
  const bases = seeds.map(eventIdBase);
  const taken = new Set((await db.q<{ id: string }>('SELECT id FROM events WHERE id = ANY($1::text[])', [bases], c)).map((r) => r.id));
  // A base already taken (rare: a split re-using a seed) needs its suffixed ids too.
  for (const base of [...taken]) {
    for (const r of await db.q<{ id: string }>(`SELECT id FROM events WHERE id LIKE $1`, [base + '\\_%'], c)) taken.add(r.id);
  }
  return bases.map((base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  });
}

/** A full event from its reconciliation, links and state, with overrides applied on top. */
export function buildEvent(
  id: string,
  rec: Reconciled,
  reports: Report[],
  state: Pick<SitrepEvent, 'status' | 'merged_into'> & { overrides: Overrides; created_at: string; updated_at: string },
): SitrepEvent {
  const fields = { ...rec.fields } as unknown as Record<string, unknown>;
  let grade: string = rec.grade;
  const overrides: Overrides = {};
  for (const [f, o] of Object.entries(state.overrides)) {
    // The reviewer's value stays; what extraction says now is kept beside it.
    overrides[f] = { ...o, extracted: f === 'grade' ? rec.grade : fields[f] };
    if (f === 'grade') grade = o.value as string;
    else fields[f] = o.value;
  }
  const values = eventFieldValues(fields as never);
  const ev: Record<string, unknown> = { id };
  for (const col of EVENT_COLUMNS) {
    if (values[col] === null && OPTIONAL_EXTRAS.has(col)) continue;
    ev[col] = values[col];
  }
  return Object.assign(ev, {
    document_ids: [...new Set(reports.map((r) => r.document_id))],
    report_ids: reports.map((r) => r.id),
    evidence: reports.flatMap((r) => r.evidence ?? []),
    confidence: rec.confidence,
    status: state.status,
    grade,
    merged_into: state.merged_into ?? null,
    disagreements: rec.disagreements,
    overrides,
    created_at: state.created_at,
    updated_at: state.updated_at,
  }) as unknown as SitrepEvent;
}

/** The reports linked to an event, in link order, with their document's source. */
export async function loadReports(db: Db, c: Queryable, eventId: string): Promise<SourcedReport[]> {
  const rows = await db.q<{ data: Report; source: string }>(
    `SELECT r.data, coalesce(d.source, d.publisher, '') AS source FROM reports r JOIN documents d ON d.id = r.document_id
     WHERE r.event_id = $1 ORDER BY r.link`,
    [eventId],
    c,
  );
  return rows.map((r) => ({ report: r.data, source: r.source }));
}

export async function getEvents(db: Db, c: Queryable, ids: string[], opts: { lock?: boolean } = {}): Promise<Map<string, SitrepEvent>> {
  // FOR UPDATE (in id order, so that two writers cannot deadlock): a concurrent ingest attaching
  // to the same event waits, then recomputes it from a view that includes this one's reports.
  const sql = opts.lock
    ? 'SELECT data FROM events WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE'
    : 'SELECT data FROM events WHERE id = ANY($1::text[])';
  const rows = await db.q<{ data: SitrepEvent }>(sql, [ids], c);
  return new Map(rows.map((r) => [r.data.id, r.data]));
}

export async function getEvent(db: Db, c: Queryable, id: string): Promise<SitrepEvent | null> {
  return (await getEvents(db, c, [id])).get(id) ?? null;
}

/**
 * Re-reconciles an event from its reports and writes it. `state` changes status/overrides/
 * merged_into on the way. Returns null (and writes nothing) when no report is left.
 */
export async function recomputeEvent(
  db: Db,
  c: Queryable,
  id: string,
  now: string,
  state: Partial<Pick<SitrepEvent, 'status' | 'merged_into' | 'overrides'>> = {},
): Promise<SitrepEvent | null> {
  const current = await getEvent(db, c, id);
  if (!current) throw new NotFoundError(`event ${id}`);
  const sourced = await loadReports(db, c, id);
  if (sourced.length === 0) return null;
  const ev = buildEvent(id, reconcile(sourced), sourced.map((s) => s.report), {
    status: state.status ?? current.status,
    merged_into: state.merged_into !== undefined ? state.merged_into : current.merged_into ?? null,
    overrides: state.overrides ?? current.overrides ?? {},
    created_at: current.created_at!,
    updated_at: now,
  });
  await writeEvents(c, [ev]);
  return ev;
}

type AuditRow = { event_id: string; action: string; actor: string; at: string; before?: unknown; after?: unknown; reason?: string | null };

export async function appendAudit(c: Queryable, entries: Array<Omit<AuditRow, 'at'>>, now: string): Promise<void> {
  await appendAuditRows(c, entries.map((e) => ({ ...e, at: now })));
}

/** Appends audit rows in the given order (ids ascending). */
export async function appendAuditRows(c: Queryable, entries: AuditRow[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e, n) => ({ ...e, before: e.before ?? null, after: e.after ?? null, reason: e.reason ?? null, n }));
  await c.query(
    `INSERT INTO audit (event_id, action, actor, at, before, after, reason)
     SELECT r.event_id, r.action, r.actor, r.at::timestamptz, r.before, r.after, r.reason
     FROM jsonb_to_recordset($1::jsonb) AS r(event_id text, action text, actor text, at text, before jsonb, after jsonb, reason text, n integer)
     ORDER BY r.n`,
    [JSON.stringify(rows)],
  );
}
