// Undo: reverses an event's most recent review action (or automatic attach) from the audit
// log's before/after, as a new audited action ('undo', whose reason names the entries it
// reverses). Repeated undos walk further back; an undo is never itself undone (redo = do the
// action again). Undo restores the exact previous state:
// - confirm / edit / grade / reject (one updateEvent): status and merged_into go back, and every
//   override the action touched is put back verbatim, or dropped when there was none before, so
//   the reconciled (extracted) value shows again.
// - merge / split (one moveReports, logged on both events with reason "from SOURCE"): the moved
//   reports go back to the source; a source that had been emptied gets its old status again.
//   A merge that accepted a proposal also reopens the proposal.
// - accept (a proposal): the merge it made is undone as above, and the proposal reopened.
// - decline (a proposal): the proposal is reopened.
// - attach (the merge step of an ingest): the attached report is split off into its own event.
// Proposals the store closed as 'superseded' because of the undone action (listed in its
// entry's after) are reopened; a 'supersede' or 'reopen' entry is never undone on its own.

import type { SitrepEvent } from '../core/types.ts';
import type { AuditEntry, MergeProposal, OverrideEntry, Store } from '../store/store.ts';
import { ReviewError, requireEvent } from './actions.ts';

type Snapshot = Partial<SitrepEvent> & { moved_to?: string; report_ids?: string[]; superseded?: number[] };
type ProposalSnapshot = { proposal: number; candidate: string; status: string };
type Audit = { action: string; actor: string; reason: string };
const NOT_UNDOABLE = new Set(['undo', 'create', 'propose', 'supersede', 'reopen']);

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
  if (entry.action === 'decline') {
    await store.decideProposal((entry.after as ProposalSnapshot).proposal, 'open', { action: 'undo', actor, reason: `undo #${entry.id} (decline)` });
    return requireEvent(store, id);
  }
  if (entry.action === 'accept') {
    const mergeEntry = await mergeOfAccept(store, entry);
    if (!mergeEntry) throw new ReviewError(`the merge of proposal #${(entry.after as ProposalSnapshot).proposal} is already undone`, 409);
    return undoMove(store, mergeEntry, id, actor);
  }
  const from = /^from (\S+?)(:|$)/.exec(entry.reason ?? '')?.[1];
  if (after.report_ids && from) return undoMove(store, entry, from, actor);
  return undoUpdate(store, id, entry, actor);
}

/** The override entries that differ between two snapshots, with the earlier one (or null). */
function overridesToRestore(before: Snapshot, after: Snapshot): Record<string, OverrideEntry | null> {
  const was = before.overrides ?? {};
  const now = after.overrides ?? {};
  // `extracted` is recomputed from the reports at every write: compare what the reviewer set.
  const set = (o: OverrideEntry | undefined) => (o ? JSON.stringify([o.value, o.by, o.at]) : null);
  const restore: Record<string, OverrideEntry | null> = {};
  for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (set(was[field]) !== set(now[field])) restore[field] = was[field] ?? null;
  }
  return restore;
}

async function undoUpdate(store: Store, id: string, entry: AuditEntry, actor: string): Promise<SitrepEvent> {
  const before = (entry.before ?? {}) as Snapshot;
  const after = (entry.after ?? {}) as Snapshot;
  const restore = overridesToRestore(before, after);
  const change = {
    status: before.status,
    // Always given (even empty): an undo sets overrides exactly, no derived rule on top.
    restore_overrides: restore,
    ...(before.merged_into !== after.merged_into ? { merged_into: before.merged_into ?? null } : {}),
  };
  const audit: Audit = { action: 'undo', actor, reason: `undo #${entry.id} (${entry.action})` };
  const back = await store.updateEvent(id, change, audit);
  await reopenSuperseded(store, after.superseded, audit);
  return back;
}

/** Reopens the proposals an undone action superseded, unless decided since or stale for another reason. */
async function reopenSuperseded(store: Store, ids: number[] | undefined, audit: Audit): Promise<void> {
  const live = async (id: string) => {
    const ev = await store.getEvent(id);
    return !!ev && ev.status !== 'merged' && ev.status !== 'rejected';
  };
  for (const pid of ids ?? []) {
    const [p] = (await store.listProposals({ cursor: String(pid - 1), limit: 1 })).items;
    if (p?.id !== pid || p.status !== 'superseded') continue;
    if ((await live(p.event_id)) && (await live(p.candidate))) await store.decideProposal(pid, 'open', audit);
  }
}

/** The merge an 'accept' entry recorded: the source's latest merge into the candidate, not undone. */
async function mergeOfAccept(store: Store, accept: AuditEntry): Promise<AuditEntry | null> {
  const { candidate } = accept.after as ProposalSnapshot;
  const log = await store.auditLog(accept.event_id);
  const undone = undoneIds(log);
  return [...log].reverse().find((e) => e.action === 'merge' && (e.after as Snapshot)?.moved_to === candidate && !undone.has(e.id)) ?? null;
}

/** The proposal a merge accepted (source proposed into target), with its 'accept' entry. */
async function acceptedProposal(store: Store, sourceId: string, targetId: string): Promise<{ p: MergeProposal; entry: AuditEntry | undefined } | null> {
  const page = await store.listProposals({ event_id: sourceId, status: 'accepted', limit: 500 });
  const p = page.items.filter((x) => x.event_id === sourceId && x.candidate === targetId).at(-1);
  if (!p) return null;
  const log = await store.auditLog(sourceId);
  const undone = undoneIds(log);
  const entry = [...log].reverse().find((e) => e.action === 'accept' && (e.after as ProposalSnapshot)?.proposal === p.id && !undone.has(e.id));
  return { p, entry };
}

/** Reverses a merge or split: both events logged it; find both entries, move the reports back. */
async function undoMove(store: Store, entry: AuditEntry, sourceId: string, actor: string): Promise<SitrepEvent> {
  const after = entry.after as Snapshot;
  const isSourceEntry = entry.event_id === sourceId;
  // The twin entry was written by the same moveReports call: same time, same action.
  const otherId = isSourceEntry ? after.moved_to : sourceId;
  const twin = otherId ? (await store.auditLog(otherId)).find((e) => e.at === entry.at && e.action === entry.action && e.id !== entry.id) : undefined;
  const sourceEntry = isSourceEntry ? entry : twin;
  const targetId = isSourceEntry ? after.moved_to : entry.event_id;
  const accepted = entry.action === 'merge' && targetId ? await acceptedProposal(store, sourceId, targetId) : null;
  const ids = [entry.id, twin?.id, accepted?.entry?.id].filter((n): n is number => n != null);
  const audit: Audit = { action: 'undo', actor, reason: `undo ${ids.map((n) => '#' + n).join(' ')} (${accepted ? 'accept' : entry.action})` };
  let back = await store.moveReports(after.report_ids!, sourceId, audit);
  const sourceBefore = (sourceEntry?.before ?? null) as Snapshot | null;
  if (back.status === 'merged' && sourceBefore?.status && sourceBefore.status !== 'merged') {
    back = await store.updateEvent(sourceId, { status: sourceBefore.status, merged_into: sourceBefore.merged_into ?? null, restore_overrides: {} }, audit);
  }
  if (accepted) await store.decideProposal(accepted.p.id, 'open', audit);
  await reopenSuperseded(store, (sourceEntry?.after as Snapshot | undefined)?.superseded, audit);
  return back;
}
