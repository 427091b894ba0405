// Review changes (edit, status, grade, merge, split), each applied together with its audit
// entry in one transaction, with the same rules as the SQLite store (src/store/sqlite/review.ts).

import type { Page, SitrepEvent } from '../../core/types.ts';
import { reconcile } from '../reconcile.ts';
import { InvalidChangeError, NotFoundError } from '../errors.ts';
import { applyChange, proposalCursor, proposalLimit, proposalSnapshot, reopenAudit, reopenedByReturn, snapshot, supersedeAudit, supersedesProposals, type EventChange } from '../review-change.ts';
import type { AuditEntry, MergeProposal, ProposalQuery, ProposalStatus } from '../store.ts';
import type { Db, Queryable } from './db.ts';
import { appendAudit, buildEvent, getEvent, loadReports, newEventIds, recomputeEvent } from './events.ts';
import { writeEvents } from './rows.ts';

type AuditInfo = { action: string; actor: string; reason?: string | null };

async function requireEvent(db: Db, c: Queryable, id: string): Promise<SitrepEvent> {
  // FOR UPDATE: two reviewers editing one event apply one after the other, never interleaved.
  const [row] = await db.q<{ data: SitrepEvent }>('SELECT data FROM events WHERE id = $1 FOR UPDATE', [id], c);
  if (!row) throw new NotFoundError(`event ${id}`);
  return row.data;
}

export async function updateEvent(db: Db, id: string, change: EventChange, audit: AuditInfo): Promise<SitrepEvent> {
  return db.tx(async (c) => {
    const before = await requireEvent(db, c, id);
    const now = new Date().toISOString();
    const { overrides, status, merged_into } = applyChange(before, change, audit.actor, now);
    if (merged_into) await requireEvent(db, c, merged_into);
    const after = (await recomputeEvent(db, c, id, now, { status, merged_into, overrides }))!;
    const superseded = await supersede(db, c, before, after, audit, now);
    const reopened = await reopen(db, c, before, after, audit, now);
    await appendAudit(c, [{ event_id: id, ...audit, before: snapshot(before), after: { ...snapshot(after), ...superseded, ...reopened } }], now);
    return after;
  });
}

/**
 * Moves reports to another event (merge) or to a new one (split, toEventId = null). Events
 * left without reports become status 'merged' into the target. Both sides are recomputed.
 */
export async function moveReports(db: Db, reportIds: string[], toEventId: string | null, audit: AuditInfo): Promise<SitrepEvent> {
  return db.tx(async (c) => {
    if (reportIds.length === 0) throw new InvalidChangeError('moveReports: no reports given');
    const now = new Date().toISOString();
    const links = await db.q<{ id: string; event_id: string }>('SELECT id, event_id FROM reports WHERE id = ANY($1::text[]) FOR UPDATE', [reportIds], c);
    for (const rid of reportIds) if (!links.some((l) => l.id === rid)) throw new NotFoundError(`report ${rid}`);
    const fromIds = [...new Set(reportIds.map((rid) => links.find((l) => l.id === rid)!.event_id))];
    const befores = new Map<string, SitrepEvent>();
    for (const id of fromIds) befores.set(id, await requireEvent(db, c, id));
    let targetId: string;
    let toBefore: SitrepEvent | null = null;
    if (toEventId) {
      toBefore = await requireEvent(db, c, toEventId);
      targetId = toEventId;
    } else {
      const moving = (await loadReports(db, c, fromIds[0])).filter((r) => reportIds.includes(r.report.id));
      [targetId] = await newEventIds(db, c, [`split:${reportIds.join(',')}`]);
      const state = { status: 'new' as const, merged_into: null, overrides: {}, created_at: now, updated_at: now };
      await writeEvents(c, [buildEvent(targetId, reconcile(moving), moving.map((m) => m.report), state)]);
    }
    // A moved report keeps its link number, so an event lists its reports in the order they
    // first entered the store (as the SQLite store does).
    await c.query('UPDATE reports SET event_id = $1 WHERE id = ANY($2::text[])', [targetId, reportIds]);
    const target = (await recomputeEvent(db, c, targetId, now))!;
    const entries: Parameters<typeof appendAudit>[1] = [];
    for (const id of fromIds) {
      if (id === targetId) continue;
      const after = (await recomputeEvent(db, c, id, now)) ?? (await emptied(db, c, id, target.id, now));
      const superseded = await supersede(db, c, befores.get(id)!, after, audit, now);
      entries.push({ event_id: id, ...audit, before: snapshot(befores.get(id)!), after: { ...snapshot(after), moved_to: target.id, report_ids: reportIds, ...superseded } });
    }
    entries.push({ event_id: target.id, ...audit, before: toBefore ? snapshot(toBefore) : null, after: { ...snapshot(target), report_ids: reportIds } });
    await appendAudit(c, entries, now);
    return target;
  });
}

/** An event whose last report moved away: kept, marked merged into where they went. */
async function emptied(db: Db, c: Queryable, id: string, into: string, now: string): Promise<SitrepEvent> {
  const ev = (await getEvent(db, c, id))!;
  const after: SitrepEvent = { ...ev, status: 'merged', merged_into: into, report_ids: [], document_ids: [], evidence: [], updated_at: now };
  await writeEvents(c, [after]);
  return after;
}

/** Closes the event's open proposals when the change makes them stale (see supersedesProposals). */
async function supersede(db: Db, c: Queryable, before: SitrepEvent, after: SitrepEvent, audit: AuditInfo, now: string): Promise<{ superseded?: number[] }> {
  const why = supersedesProposals(before, after);
  if (!why) return {};
  const open = (
    await db.q(`SELECT ${PROPOSAL_COLUMNS} FROM merge_proposals WHERE status = 'open' AND (event_id = $1 OR candidate = $1) ORDER BY id FOR UPDATE`, [after.id], c)
  ).map(proposalRow);
  if (open.length === 0) return {};
  await c.query("UPDATE merge_proposals SET status = 'superseded' WHERE id = ANY($1::bigint[])", [open.map((p) => p.id)]);
  await appendAudit(c, open.map((p) => supersedeAudit(p, why, audit.actor)), now);
  return { superseded: open.map((p) => p.id) };
}

/** Reopens what the event's rejection superseded when the change brings it back (see reopenedByReturn). */
async function reopen(db: Db, c: Queryable, before: SitrepEvent, after: SitrepEvent, audit: AuditInfo, now: string): Promise<{ reopened?: number[] }> {
  const ids = reopenedByReturn(before, after, await auditLog(db, after.id, c));
  if (ids.length === 0) return {};
  const stale = (await db.q(`SELECT ${PROPOSAL_COLUMNS} FROM merge_proposals WHERE id = ANY($1::bigint[]) AND status = 'superseded' ORDER BY id FOR UPDATE`, [ids], c)).map(proposalRow);
  const others = stale.map((p) => (p.event_id === after.id ? p.candidate : p.event_id));
  const live = new Set((await db.q<{ id: string }>("SELECT id FROM events WHERE id = ANY($1::text[]) AND status NOT IN ('merged', 'rejected')", [others], c)).map((r) => r.id));
  const back = stale.filter((_, i) => live.has(others[i]!));
  if (back.length === 0) return {};
  await c.query("UPDATE merge_proposals SET status = 'open' WHERE id = ANY($1::bigint[])", [back.map((p) => p.id)]);
  await appendAudit(c, back.map((p) => reopenAudit(p, after.id, after.status, audit.actor)), now);
  return { reopened: back.map((p) => p.id) };
}

export async function auditLog(db: Db, eventId: string, c?: Queryable): Promise<AuditEntry[]> {
  const rows = await db.q('SELECT id, event_id, action, actor, at, before, after, reason FROM audit WHERE event_id = $1 ORDER BY id', [eventId], c);
  return rows.map((r) => ({ ...r, at: (r.at as Date).toISOString() }) as AuditEntry);
}

const PROPOSAL_COLUMNS = 'id::int AS id, event_id, candidate, score, rule, status, created_at';
const proposalRow = (r: MergeProposal & { created_at: Date | string }): MergeProposal => ({ ...r, created_at: new Date(r.created_at).toISOString() });

/** Proposals by status and/or event (either side), oldest first; the cursor is the last id seen. */
export async function listProposals(db: Db, q: ProposalQuery): Promise<Page<MergeProposal>> {
  const limit = proposalLimit(q.limit);
  const where = ['id > $1'];
  const args: unknown[] = [proposalCursor(q.cursor)];
  if (q.status) (args.push(q.status), where.push(`status = $${args.length}`));
  if (q.event_id) (args.push(q.event_id), where.push(`(event_id = $${args.length} OR candidate = $${args.length})`));
  args.push(limit + 1);
  const rows = (await db.q(`SELECT ${PROPOSAL_COLUMNS} FROM merge_proposals WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${args.length}`, args)).map(proposalRow);
  const items = rows.slice(0, limit);
  return { items, next_cursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}

export async function decideProposal(db: Db, id: number, status: ProposalStatus, audit: AuditInfo): Promise<MergeProposal> {
  return db.tx(async (c) => {
    const [row] = await db.q(`SELECT ${PROPOSAL_COLUMNS} FROM merge_proposals WHERE id = $1 FOR UPDATE`, [id], c);
    if (!row) throw new NotFoundError(`proposal ${id}`);
    const before = proposalRow(row);
    const now = new Date().toISOString();
    await c.query('UPDATE merge_proposals SET status = $1 WHERE id = $2', [status, id]);
    const after = { ...before, status };
    await appendAudit(c, [{ event_id: before.event_id, ...audit, before: proposalSnapshot(before), after: proposalSnapshot(after) }], now);
    return after;
  });
}
