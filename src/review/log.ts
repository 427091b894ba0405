// One readable line per audit entry: "#12 2019-12-07T10:00Z ana edit fatalities: 3 -> 4 (hospital list)".
// Every field the action changed is named (an edit of the notes or the admin area as much as of
// the toll), and a field set by hand to the value it already had says so: the override is real.

import type { AuditEntry } from '../store/store.ts';

/** Snapshot keys that are not fields an analyst reads as a change (bulky, derived, or told apart below). */
const NOT_FIELDS = new Set(['id', 'evidence', 'confidence', 'disagreements', 'overrides', 'report_ids', 'document_ids', 'created_at', 'updated_at', 'moved_to', 'superseded', 'reopened', 'report_id', 'candidate', 'score', 'proposal']);

type Override = { value?: unknown; by?: string; at?: string };

export function describeEntry(e: AuditEntry): string {
  const changes = changesOf(e);
  const reason = e.reason ? ` (${e.reason})` : '';
  return `#${e.id} ${e.at} ${e.actor} ${e.action}${changes.length ? ' ' + changes.join('; ') : ''}${reason}`;
}

/** What an audit entry changed, one phrase a change ("fatalities: 7 -> 8"); the CLI log and the dashboard show these. */
export function changesOf(e: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const changes: string[] = [];
  if (after.proposal != null) changes.push(`proposal #${after.proposal}`);
  if (e.before) {
    for (const f of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!NOT_FIELDS.has(f) && JSON.stringify(before[f]) !== JSON.stringify(after[f])) changes.push(`${f}: ${fmt(before[f])} -> ${fmt(after[f])}`);
    }
    const [was, now] = [(before.overrides ?? {}) as Record<string, Override>, (after.overrides ?? {}) as Record<string, Override>];
    for (const [f, o] of Object.entries(now)) {
      const same = JSON.stringify(before[f]) === JSON.stringify(after[f]);
      if (same && JSON.stringify([o.value, o.by, o.at]) !== JSON.stringify([was[f]?.value, was[f]?.by, was[f]?.at])) changes.push(`${f}: ${fmt(o.value)} set by hand (unchanged)`);
    }
  }
  if (after.moved_to) changes.push(`reports moved to ${after.moved_to}`);
  else if (Array.isArray(after.report_ids) && JSON.stringify(before.report_ids) !== JSON.stringify(after.report_ids)) changes.push(`reports ${(after.report_ids as string[]).join(', ')}`);
  if (after.report_id) changes.push(`report ${after.report_id}`);
  if (after.candidate) changes.push(`candidate ${after.candidate}`);
  if (after.score != null) changes.push(`score ${after.score}`);
  return changes;
}

function fmt(v: unknown): string {
  if (v == null || v === '') return '∅';
  const s = (typeof v === 'string' ? v : JSON.stringify(v)).replace(/\s*\n\s*/g, ' ');
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
