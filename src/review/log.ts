// One readable line per audit entry: "#12 2019-12-07T10:00Z ana edit fatalities: 3 -> 4 (hospital list)".

import type { AuditEntry } from '../store/store.ts';

const SHOWN = ['status', 'grade', 'merged_into', 'event_date', 'event_type', 'sub_event_type', 'location', 'fatalities', 'actor1', 'actor2'];

export function describeEntry(e: AuditEntry): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const changes: string[] = [];
  if (e.before) {
    for (const f of SHOWN) if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) changes.push(`${f}: ${fmt(before[f])} -> ${fmt(after[f])}`);
  }
  if (after.moved_to) changes.push(`reports moved to ${after.moved_to}`);
  else if (Array.isArray(after.report_ids) && JSON.stringify(before.report_ids) !== JSON.stringify(after.report_ids)) changes.push(`reports ${(after.report_ids as string[]).join(', ')}`);
  if (after.report_id) changes.push(`report ${after.report_id}`);
  if (after.candidate) changes.push(`candidate ${after.candidate}`);
  if (after.score != null) changes.push(`score ${after.score}`);
  const reason = e.reason ? ` (${e.reason})` : '';
  return `#${e.id} ${e.at} ${e.actor} ${e.action}${changes.length ? ' ' + changes.join('; ') : ''}${reason}`;
}

function fmt(v: unknown): string {
  return v == null || v === '' ? '∅' : String(v);
}
