// Review changes: every one is applied together with its audit entry in one transaction.

import type { SitrepEvent } from '../../core/types.ts';
import type { Page } from '../../core/types.ts';
import type { AuditEntry, MergeProposal, ProposalQuery, ProposalStatus } from '../store.ts';
import { InvalidChangeError, NotFoundError } from '../errors.ts';
import { applyChange, proposalCursor, proposalLimit, proposalSnapshot, reopenAudit, reopenedByReturn, snapshot, supersedeAudit, supersedesProposals, type EventChange } from '../review-change.ts';
import { stmt, type DB } from './db.ts';
import { reconcile } from '../reconcile.ts';
import { appendAudit, eventSeq, getEventBySeq, insertEvent, loadReports, newEventId, recomputeEvent } from './events.ts';

type AuditInfo = { action: string; actor: string; reason?: string | null };

function requireSeq(db: DB, id: string): number {
  const seq = eventSeq(db, id);
  if (seq === null) throw new NotFoundError(`event ${id}`);
  return seq;
}

export function updateEvent(db: DB, id: string, change: EventChange, audit: AuditInfo): SitrepEvent {
  return db.transaction(() => {
    const seq = requireSeq(db, id);
    const before = getEventBySeq(db, seq);
    const now = new Date().toISOString();
    const { overrides, status, merged_into: mergedInto } = applyChange(before, change, audit.actor, now);
    if (mergedInto) requireSeq(db, mergedInto);
    stmt(db, 'UPDATE events SET overrides = ?, status = ?, merged_into = ?, updated_at = ? WHERE seq = ?').run(
      JSON.stringify(overrides),
      status,
      mergedInto,
      now,
      seq,
    );
    recomputeEvent(db, seq, now);
    const after = getEventBySeq(db, seq);
    const superseded = supersede(db, before, after, audit, now);
    const reopened = reopen(db, before, after, audit, now);
    appendAudit(db, { event_id: id, ...audit, before: snapshot(before), after: { ...snapshot(after), ...superseded, ...reopened } }, now);
    return after;
  })();
}

/**
 * Moves reports to another event (merge) or to a new one (split, toEventId = null). Events
 * left without reports become status 'merged' into the target. Both sides are recomputed.
 */
export function moveReports(db: DB, reportIds: string[], toEventId: string | null, audit: AuditInfo): SitrepEvent {
  return db.transaction(() => {
    if (reportIds.length === 0) throw new InvalidChangeError('moveReports: no reports given');
    const now = new Date().toISOString();
    const links = reportIds.map((rid) => {
      const row = stmt(db, 'SELECT event_seq, document_id FROM event_reports WHERE report_id = ?').get(rid) as
        | { event_seq: number; document_id: string }
        | undefined;
      if (!row) throw new NotFoundError(`report ${rid}`);
      return { rid, ...row };
    });
    const fromSeqs = [...new Set(links.map((l) => l.event_seq))];
    const befores = new Map(fromSeqs.map((s) => [s, getEventBySeq(db, s)]));
    let toSeq: number;
    if (toEventId) {
      toSeq = requireSeq(db, toEventId);
    } else {
      const first = loadReports(db, links[0].event_seq).filter((r) => reportIds.includes(r.report.id));
      toSeq = insertEvent(db, newEventId(db, `split:${reportIds.join(',')}`), reconcile(first), now);
    }
    const toBefore = toEventId ? getEventBySeq(db, toSeq) : null;
    for (const l of links) stmt(db, 'UPDATE event_reports SET event_seq = ? WHERE report_id = ?').run(toSeq, l.rid);
    recomputeEvent(db, toSeq, now);
    const target = getEventBySeq(db, toSeq);
    for (const seq of fromSeqs) {
      if (seq === toSeq) continue;
      const before = befores.get(seq)!;
      if (!recomputeEvent(db, seq, now)) {
        stmt(db, "UPDATE events SET status = 'merged', merged_into = ?, updated_at = ? WHERE seq = ?").run(target.id, now, seq);
      }
      const after = getEventBySeq(db, seq);
      const superseded = supersede(db, before, after, audit, now);
      appendAudit(db, { event_id: before.id, ...audit, before: snapshot(before), after: { ...snapshot(after), moved_to: target.id, report_ids: reportIds, ...superseded } }, now);
    }
    appendAudit(
      db,
      { event_id: target.id, ...audit, before: toBefore ? snapshot(toBefore) : null, after: { ...snapshot(target), report_ids: reportIds } },
      now,
    );
    return target;
  })();
}

const PROPOSAL = 'SELECT id, event_id, candidate, score, rule, status, created_at FROM merge_proposals';

/** Closes the event's open proposals when the change makes them stale (see supersedesProposals). */
function supersede(db: DB, before: SitrepEvent, after: SitrepEvent, audit: AuditInfo, now: string): { superseded?: number[] } {
  const why = supersedesProposals(before, after);
  if (!why) return {};
  const open = stmt(db, `${PROPOSAL} WHERE status = 'open' AND (event_id = ? OR candidate = ?) ORDER BY id`).all(after.id, after.id) as MergeProposal[];
  for (const p of open) {
    stmt(db, "UPDATE merge_proposals SET status = 'superseded' WHERE id = ?").run(p.id);
    appendAudit(db, supersedeAudit(p, why, audit.actor), now);
  }
  return open.length ? { superseded: open.map((p) => p.id) } : {};
}

/** Reopens what the event's rejection superseded when the change brings it back (see reopenedByReturn). */
function reopen(db: DB, before: SitrepEvent, after: SitrepEvent, audit: AuditInfo, now: string): { reopened?: number[] } {
  const done: number[] = [];
  for (const pid of reopenedByReturn(before, after, auditLog(db, after.id))) {
    const p = stmt(db, `${PROPOSAL} WHERE id = ?`).get(pid) as MergeProposal | undefined;
    if (p?.status !== 'superseded') continue;
    const other = stmt(db, 'SELECT status FROM events WHERE id = ?').get(p.event_id === after.id ? p.candidate : p.event_id) as { status: string } | undefined;
    if (!other || other.status === 'merged' || other.status === 'rejected') continue;
    stmt(db, "UPDATE merge_proposals SET status = 'open' WHERE id = ?").run(pid);
    appendAudit(db, reopenAudit(p, after.id, after.status, audit.actor), now);
    done.push(pid);
  }
  return done.length ? { reopened: done } : {};
}

export function auditLog(db: DB, eventId: string): AuditEntry[] {
  const rows = stmt(db, 'SELECT * FROM audit WHERE event_seq = (SELECT seq FROM events WHERE id = ?) ORDER BY id').all(eventId) as Array<Record<string, any>>;
  return rows.map((r) => ({
    id: r.id,
    event_id: r.event_id,
    action: r.action,
    actor: r.actor,
    at: r.at,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    reason: r.reason,
  }));
}

/** Proposals by status and/or event (either side), oldest first; the cursor is the last id seen. */
export function listProposals(db: DB, q: ProposalQuery): Page<MergeProposal> {
  const limit = proposalLimit(q.limit);
  const where = ['id > ?'];
  const args: unknown[] = [proposalCursor(q.cursor)];
  if (q.status) (where.push('status = ?'), args.push(q.status));
  if (q.event_id) (where.push('(event_id = ? OR candidate = ?)'), args.push(q.event_id, q.event_id));
  const rows = stmt(db, `${PROPOSAL} WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`).all(
    ...args,
    limit + 1,
  ) as MergeProposal[];
  const items = rows.slice(0, limit);
  return { items, next_cursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}

export function decideProposal(db: DB, id: number, status: ProposalStatus, audit: AuditInfo): MergeProposal {
  return db.transaction(() => {
    const get = () => stmt(db, `${PROPOSAL} WHERE id = ?`).get(id) as MergeProposal | undefined;
    const before = get();
    if (!before) throw new NotFoundError(`proposal ${id}`);
    const now = new Date().toISOString();
    stmt(db, 'UPDATE merge_proposals SET status = ? WHERE id = ?').run(status, id);
    const after = get()!;
    appendAudit(db, { event_id: before.event_id, ...audit, before: proposalSnapshot(before), after: proposalSnapshot(after) }, now);
    return after;
  })();
}
