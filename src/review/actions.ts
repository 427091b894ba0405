// Review actions. Each one is a single store.updateEvent or store.moveReports call (or a pair,
// for undo of a move), so every change lands in the append-only audit log with who, when,
// before and after. Library functions: the CLI and the API are thin shells over them.

import { eventTypeOf } from '../core/taxonomy.ts';
import type { EventGrade, SitrepEvent } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { checkEdit, inconsistency, type FieldEdit } from './fields.ts';

/** A review request that cannot be applied; `status` is the HTTP status the API answers with. */
export class ReviewError extends Error {
  constructor(message: string, readonly status: 400 | 404 | 409 = 400) {
    super(message);
    this.name = 'ReviewError';
  }
}

const GRADES: EventGrade[] = ['confirmed', 'fair', 'weak', 'contested', 'discounted'];

export async function requireEvent(store: Store, id: string): Promise<SitrepEvent> {
  const ev = await store.getEvent(id);
  if (!ev) throw new ReviewError(`no event ${id}`, 404);
  return ev;
}

/** Moves need the event a move came from; it travels in the audit reason ("from ID: ..."). */
function fromReason(id: string, reason?: string | null): string {
  return `from ${id}${reason ? ': ' + reason : ''}`;
}

/**
 * An event a reviewer may act on: not one merged away. Its reports, claims and review now live
 * on the event it was merged into; a confirm, edit, grade, reject or split here would change a
 * hidden shell (undo, which reverses the merge itself, is the one way back).
 */
export async function requireLive(store: Store, id: string): Promise<SitrepEvent> {
  const ev = await requireEvent(store, id);
  if (ev.status === 'merged') throw new ReviewError(`event ${id} was merged into ${ev.merged_into}; review that one`, 409);
  return ev;
}

export async function confirm(store: Store, id: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  await requireLive(store, id);
  return store.updateEvent(id, { status: 'confirmed' }, { action: 'confirm', actor, reason });
}

/** Sets fields by hand; the store keeps the extracted value and its evidence beside each one. */
export async function edit(store: Store, id: string, fields: unknown, actor: string, reason?: string | null): Promise<SitrepEvent> {
  let checked: FieldEdit;
  try {
    checked = checkEdit(fields);
  } catch (err) {
    throw new ReviewError((err as Error).message);
  }
  const ev = await requireLive(store, id);
  // A corrected toll outside the sources' range widens the range, so min <= best <= max holds.
  if (checked.fatalities != null) {
    if (checked.fatalities_min == null && checked.fatalities < ev.fatalities_min) checked.fatalities_min = checked.fatalities;
    if (checked.fatalities_max == null && checked.fatalities > ev.fatalities_max) checked.fatalities_max = checked.fatalities;
  }
  // A sub-event type names its event type: setting one implies the other.
  if (checked.sub_event_type && !checked.event_type && eventTypeOf(checked.sub_event_type) !== ev.event_type) checked.event_type = eventTypeOf(checked.sub_event_type);
  const problem = inconsistency({ ...ev, ...checked }, new Set(Object.keys(checked)));
  if (problem) throw new ReviewError(problem);
  return store.updateEvent(id, { fields: checked }, { action: 'edit', actor, reason });
}

/** Overrides the derived grade (the derived one stays visible in overrides.grade.extracted). */
export async function grade(store: Store, id: string, value: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  if (!GRADES.includes(value as EventGrade)) throw new ReviewError(`grade must be one of ${GRADES.join(', ')}`);
  await requireLive(store, id);
  return store.updateEvent(id, { grade: value as EventGrade }, { action: 'grade', actor, reason });
}

export async function reject(store: Store, id: string, actor: string, reason: string): Promise<SitrepEvent> {
  if (!reason?.trim()) throw new ReviewError('a rejection needs a reason');
  await requireLive(store, id);
  return store.updateEvent(id, { status: 'rejected' }, { action: 'reject', actor, reason });
}

/** Why `sourceId` cannot be merged into `targetId` (ReviewError), else the source event. */
export async function checkMerge(store: Store, targetId: string, sourceId: string): Promise<SitrepEvent> {
  if (targetId === sourceId) throw new ReviewError('cannot merge an event into itself');
  const [target, source] = [await requireEvent(store, targetId), await requireEvent(store, sourceId)];
  if (target.status === 'merged') throw new ReviewError(`event ${targetId} was itself merged into ${target.merged_into}`, 409);
  if (source.status === 'merged') throw new ReviewError(`event ${sourceId} is already merged into ${source.merged_into}`, 409);
  // Reports merged into a rejected event would vanish from every list with it.
  if (target.status === 'rejected') throw new ReviewError(`event ${targetId} is rejected: confirm it first, or merge it into ${sourceId}`, 409);
  return source;
}

/** The move of a checked merge (audited as 'merge'; the reason names the source, for undo). */
export function moveAll(store: Store, source: SitrepEvent, targetId: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  return store.moveReports(source.report_ids, targetId, { action: 'merge', actor, reason: fromReason(source.id, reason) });
}

/** Moves every report of `sourceId` onto `targetId`; the emptied source becomes "merged". */
export async function merge(store: Store, targetId: string, sourceId: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  return moveAll(store, await checkMerge(store, targetId, sourceId), targetId, actor, reason);
}

/** Takes some reports out of an event into a new one (the rest stay). Returns the new event. */
export async function split(store: Store, id: string, reportIds: string[], actor: string, reason?: string | null): Promise<SitrepEvent> {
  const ev = await requireLive(store, id);
  if (reportIds.length === 0) throw new ReviewError('name the reports to split off');
  const unknown = reportIds.filter((r) => !ev.report_ids.includes(r));
  if (unknown.length) throw new ReviewError(`event ${id} has no report ${unknown.join(', ')}`);
  if (reportIds.length >= ev.report_ids.length) throw new ReviewError('a split must leave at least one report behind');
  return store.moveReports(reportIds, null, { action: 'split', actor, reason: fromReason(id, reason) });
}
