// Undo: reverses an event's most recent review action (or automatic attach) from the audit
// log's before/after, as a new audited action. Repeated undos walk further back; an undo is
// never itself undone (redo = do the action again).
//
// How each action is reversed:
// - confirm / edit / grade / reject (one updateEvent): status, grade, merged_into and every field
//   the action overrode are set back to their "before" values. The store cannot drop an
//   override, so an undone edit leaves the previous value pinned as the reviewer's value.
// - merge / split (one moveReports, logged on both events with reason "from SOURCE"): the moved
//   reports go back to the source; a source that had been emptied gets its old status again.
// - attach (the merge step of an ingest): the attached report is split off into its own event.

import type { EventFields, SitrepEvent } from '../core/types.ts';
import type { AuditEntry, Store } from '../store/store.ts';
import { ReviewError, requireEvent } from './actions.ts';

type Snapshot = Partial<SitrepEvent> & { moved_to?: string; report_ids?: string[] };
const NOT_UNDOABLE = new Set(['undo', 'create', 'propose']);

/** Entry ids already reversed: every undo names them in its reason ("undo #12 #13 (merge)"). */
function undoneIds(log: AuditEntry[]): Set<number> {
  const ids = new Set<number>();
  for (const e of log) if (e.action === 'undo') for (const m of (e.reason ?? '').matchAll(/#(\d+)/g)) ids.add(Number(m[1]));
  return ids;
}

export async function lastUndoable(store: Store, id: string): Promise<AuditEntry | null> {
  const log = await store.auditLog(id);
  const undone = undoneIds(log);
  return [...log].reverse().find((e) => !NOT_UNDOABLE.has(e.action) && !undone.has(e.id)) ?? null;
}

export async function undo(store: Store, id: string, actor: string): Promise<SitrepEvent> {
  await requireEvent(store, id);
  const entry = await lastUndoable(store, id);
  if (!entry) throw new ReviewError(`nothing to undo on event ${id}`, 409);
  const after = (entry.after ?? {}) as Snapshot & { report_id?: string };
  if (entry.action === 'attach' && after.report_id) {
    return store.moveReports([after.report_id], null, { action: 'undo', actor, reason: `undo #${entry.id} (attach)` });
  }
  const from = /^from (\S+?)(:|$)/.exec(entry.reason ?? '')?.[1];
  if (after.report_ids && from) return undoMove(store, entry, from, actor);
  return undoUpdate(store, id, entry, actor);
}

async function undoUpdate(store: Store, id: string, entry: AuditEntry, actor: string): Promise<SitrepEvent> {
  const before = (entry.before ?? {}) as Snapshot;
  const after = (entry.after ?? {}) as Snapshot;
  const fields: Record<string, unknown> = {};
  const was = before.overrides ?? {};
  for (const [field, o] of Object.entries(after.overrides ?? {})) {
    if (field === 'grade' || JSON.stringify(was[field]) === JSON.stringify(o)) continue;
    fields[field] = (before as Record<string, unknown>)[field];
  }
  const change = {
    status: before.status,
    ...(before.grade !== after.grade ? { grade: before.grade } : {}),
    ...(Object.keys(fields).length ? { fields: fields as Partial<EventFields> } : {}),
    ...(before.merged_into !== after.merged_into ? { merged_into: before.merged_into ?? null } : {}),
  };
  return store.updateEvent(id, change, { action: 'undo', actor, reason: `undo #${entry.id} (${entry.action})` });
}

/** Reverses a merge or split: both events logged it; find both entries, move the reports back. */
async function undoMove(store: Store, entry: AuditEntry, sourceId: string, actor: string): Promise<SitrepEvent> {
  const after = entry.after as Snapshot;
  const isSourceEntry = entry.event_id === sourceId;
  // The twin entry was written by the same moveReports call: same time, same action.
  const otherId = isSourceEntry ? after.moved_to : sourceId;
  const twin = otherId ? (await store.auditLog(otherId)).find((e) => e.at === entry.at && e.action === entry.action && e.id !== entry.id) : undefined;
  const sourceEntry = isSourceEntry ? entry : twin;
  const reportIds = after.report_ids!;
  const reason = `undo #${entry.id}${twin ? ' #' + twin.id : ''} (${entry.action})`;
  const back = await store.moveReports(reportIds, sourceId, { action: 'undo', actor, reason });
  const sourceBefore = (sourceEntry?.before ?? null) as Snapshot | null;
  if (back.status === 'merged' && sourceBefore?.status && sourceBefore.status !== 'merged') {
    return store.updateEvent(sourceId, { status: sourceBefore.status, merged_into: null }, { action: 'undo', actor, reason });
  }
  return back;
}
