// What a reviewer's change does to an event, the same in every store: edited fields become
// overrides that keep the extracted value beside the human one, a grade set by hand is an
// override too, and an edit marks the event 'edited' unless a status is given. Undo puts
// overrides back verbatim (or drops them), so an undone edit leaves no trace in the fields.

import type { SitrepEvent } from '../core/types.ts';
import { InvalidChangeError } from './errors.ts';
import { EVENT_COLUMNS } from './fields.ts';
import type { AuditEntry, MergeProposal, Store } from './store.ts';

export type EventChange = Parameters<Store['updateEvent']>[1];
type Overrides = NonNullable<SitrepEvent['overrides']>;

const EDITABLE = new Set<string>(EVENT_COLUMNS);

export function applyChange(
  before: SitrepEvent,
  change: EventChange,
  actor: string,
  now: string,
): { overrides: Overrides; status: SitrepEvent['status']; merged_into: string | null } {
  const overrides: Overrides = { ...(before.overrides ?? {}) };
  for (const [field, entry] of Object.entries(change.restore_overrides ?? {})) {
    if (field !== 'grade' && !EDITABLE.has(field)) throw new InvalidChangeError(`cannot restore unknown field "${field}"`);
    if (entry === null) delete overrides[field];
    else overrides[field] = { ...entry };
  }
  for (const [field, value] of Object.entries(change.fields ?? {})) {
    if (!EDITABLE.has(field)) throw new InvalidChangeError(`cannot edit unknown field "${field}"`);
    const extracted = overrides[field]?.extracted ?? (before as unknown as Record<string, unknown>)[field];
    overrides[field] = { extracted, value, by: actor, at: now };
  }
  if (change.grade) {
    overrides.grade = { extracted: overrides.grade?.extracted ?? before.grade, value: change.grade, by: actor, at: now };
  }
  const status = change.status ?? (change.fields && Object.keys(change.fields).length ? 'edited' : before.status);
  if (!change.grade && !change.restore_overrides) gradeFollowsRejection(overrides, before, status, actor, now);
  const merged_into = change.merged_into !== undefined ? change.merged_into : (before.merged_into ?? null);
  return { overrides, status, merged_into };
}

/**
 * A rejected event is graded 'discounted' (Airwars: the claim was assessed as not holding). It is
 * a reviewer's judgement, so it is a grade override by the rejecting reviewer, marked as implied
 * by the rejection and keeping the reviewer grade it replaced. Bringing the event back (confirm,
 * edit) removes only what the rejection implied: the grade a reviewer had set before (a
 * 'discounted' too) comes back, else the derived grade shows again. A change that sets a grade,
 * or an undo (which restores overrides verbatim), is left as it says.
 */
function gradeFollowsRejection(overrides: Overrides, before: SitrepEvent, status: SitrepEvent['status'], actor: string, now: string): void {
  const current = overrides.grade;
  if (status === 'rejected' && before.status !== 'rejected' && current?.value !== 'discounted') {
    const replaces = current ? { value: current.value, by: current.by, at: current.at } : null;
    overrides.grade = { extracted: current?.extracted ?? before.grade, value: 'discounted', by: actor, at: now, implied_by: 'reject', replaces };
  } else if (before.status === 'rejected' && status !== 'rejected' && current?.implied_by === 'reject') {
    if (current.replaces) overrides.grade = { extracted: current.extracted, ...current.replaces };
    else delete overrides.grade;
  }
}

/** What the audit log keeps of an event: its fields and state, not the bulky evidence. */
export function snapshot(ev: SitrepEvent): Record<string, unknown> {
  const { evidence: _e, created_at: _c, updated_at: _u, ...rest } = ev;
  return rest;
}

/** What the audit log keeps of a proposal decision: which proposal, with whom, and its status. */
export function proposalSnapshot(p: MergeProposal): Record<string, unknown> {
  return { proposal: p.id, candidate: p.candidate, score: p.score, status: p.status };
}

/** The audit entry of a proposal closed as stale (`why` from supersedesProposals). */
export function supersedeAudit(p: MergeProposal, why: string, actor: string) {
  return { event_id: p.event_id, action: 'supersede', actor, reason: why, before: proposalSnapshot(p), after: proposalSnapshot({ ...p, status: 'superseded' }) };
}

/**
 * A proposal is stale once one of its events is merged into another (the pair itself, or a
 * third event: either way "merge these two" no longer means anything) or rejected. Returns why,
 * for the 'supersede' audit entry, or null when the change leaves the event's proposals open.
 */
export function supersedesProposals(before: SitrepEvent, after: SitrepEvent): string | null {
  if (after.status === before.status) return null;
  if (after.status === 'merged') return `event ${after.id} was merged into ${after.merged_into}`;
  if (after.status === 'rejected') return `event ${after.id} was rejected`;
  return null;
}

/**
 * A rejected event brought back by a later decision (confirm, edit, an undo) voids what its
 * rejection said about proposals: the ones that rejection closed as superseded reopen, unless
 * decided since or stale for another reason (checked by the store: the proposal must still be
 * 'superseded' and its other event neither merged nor rejected). Returns the ids the latest
 * rejection in the event's log superseded, or [] when the change does not bring the event back.
 */
export function reopenedByReturn(before: SitrepEvent, after: SitrepEvent, log: AuditEntry[]): number[] {
  if (before.status !== 'rejected' || after.status === 'rejected' || after.status === 'merged') return [];
  const status = (s: unknown) => (s as { status?: string } | null)?.status;
  const rejection = [...log].reverse().find((e) => status(e.after) === 'rejected' && status(e.before) !== 'rejected');
  return ((rejection?.after as { superseded?: number[] } | undefined)?.superseded ?? []).filter((n) => Number.isSafeInteger(n));
}

/** The audit entry of a proposal reopened because `eventId` came back from a rejection. */
export function reopenAudit(p: MergeProposal, eventId: string, status: string, actor: string) {
  return { event_id: p.event_id, action: 'reopen', actor, reason: `event ${eventId} is no longer rejected (${status})`, before: proposalSnapshot(p), after: proposalSnapshot({ ...p, status: 'open' }) };
}

/** Page size for proposal lists, the same in every store. */
export function proposalLimit(limit: number | undefined): number {
  return Math.max(1, Math.min(500, Math.floor(limit ?? 50)));
}

/** A proposal list cursor is the last id seen; anything else is a bad request. */
export function proposalCursor(cursor: string | null | undefined): number {
  if (cursor == null || cursor === '') return 0;
  if (!/^\d{1,15}$/.test(cursor)) throw new InvalidChangeError(`bad proposal cursor "${cursor}"`);
  return Number(cursor);
}
