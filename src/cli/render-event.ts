// One event as text for `sitrep show`: every field with its confidence and the sentence(s) its
// value came from, the span highlighted (ANSI when writing to a terminal, [brackets] otherwise);
// then disagreements between sources, reviewer overrides, the sources and the audit history.

import type { Evidence, Report, SitrepEvent, StoredDocument } from '../core/types.ts';
import type { AuditEntry } from '../store/store.ts';

const FIELDS = [
  'event_date', 'event_date_end', 'time_precision', 'event_type', 'sub_event_type', 'civilian_targeting',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'location', 'admin1', 'admin2', 'country', 'iso3', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_min', 'fatalities_max', 'injuries', 'displaced', 'source', 'notes',
] as const;

export interface RenderInput {
  event: SitrepEvent;
  documents: Map<string, StoredDocument>;
  audit: AuditEntry[];
  color: boolean;
  /** The event's reports: each one's placement decision is listed. */
  reports?: Report[];
}

export function renderEvent({ event: ev, documents, audit, color, reports = [] }: RenderInput): string {
  const mark = color ? (s: string) => `\x1b[1;33m${s}\x1b[0m` : (s: string) => `[${s}]`;
  const dim = color ? (s: string) => `\x1b[2m${s}\x1b[0m` : (s: string) => s;
  const out: string[] = [`Event ${ev.id}  status: ${ev.status}  grade: ${ev.grade}${ev.merged_into ? `  merged into ${ev.merged_into}` : ''}`];
  const used = new Set<Evidence>();
  // Several fields often rest on one span (a place gives location, admin1, lat/lon): quote it once.
  const quotedFor = new Map<string, string>();
  for (const f of FIELDS) {
    const value = (ev as unknown as Record<string, unknown>)[f];
    if (value === undefined || value === null || value === '') continue;
    const conf = ev.confidence?.[f];
    const edited = ev.overrides?.[f] ? '  (edited)' : '';
    out.push(`  ${f.padEnd(18)} ${String(value)}${conf !== undefined ? dim(`  conf ${conf}`) : ''}${edited}`);
    // The notes are the evidence text itself; quoting them again adds nothing.
    for (const e of ev.evidence.filter((x) => x.field === f && f !== 'notes')) {
      used.add(e);
      const key = `${e.document_id}:${e.start}:${e.end}`;
      const first = quotedFor.get(key);
      if (first) out.push(dim(`      same evidence as ${first}`));
      else out.push(`      ${quote(e, documents.get(e.document_id), mark)} ${dim('— ' + e.document_id)}`);
      quotedFor.set(key, first ?? f);
    }
  }
  const other = ev.evidence.filter((e) => !used.has(e) && e.field !== 'notes');
  if (other.length) {
    out.push('Other evidence:');
    for (const e of other) out.push(`  ${e.field.padEnd(18)} ${quote(e, documents.get(e.document_id), mark)}`);
  }
  const disagreements = Object.entries(ev.disagreements ?? {});
  if (disagreements.length) {
    out.push('Sources disagree:');
    for (const [f, claims] of disagreements) {
      out.push(`  ${f.padEnd(18)} ${claims.map((c) => `${JSON.stringify(c.value)} (${c.source || c.document_id})`).join('; ')}`);
    }
  }
  const overrides = Object.entries(ev.overrides ?? {});
  if (overrides.length) {
    out.push('Reviewer edits:');
    for (const [f, o] of overrides) out.push(`  ${f.padEnd(18)} ${JSON.stringify(o.value)} by ${o.by} at ${o.at} (extracted: ${JSON.stringify(o.extracted)})`);
  }
  out.push('Sources:');
  for (const id of ev.document_ids) {
    const d = documents.get(id);
    const bits = [d?.title, d?.source ?? d?.publisher, d?.published, d?.url].filter(Boolean);
    out.push(`  ${id}  ${bits.join(' | ')}`);
  }
  const placed = reports.filter((r) => r.placement);
  if (placed.length) {
    out.push('Placement (merge step):');
    for (const { id, placement: p } of placed) {
      const best = p!.candidate ? `best candidate ${p!.candidate} score ${p!.score}` : 'no candidate';
      out.push(`  ${id}  ${p!.kind.padEnd(7)} ${best} of ${p!.candidates} scored${p!.candidate ? dim(`  ${p!.rule}`) : ''}`);
    }
  }
  if (audit.length) {
    out.push('History:');
    for (const a of audit) out.push(`  ${a.at}  ${a.action.padEnd(8)} ${a.actor}${a.reason ? ` — ${a.reason}` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** The sentence around an evidence span, the span itself highlighted. */
export function quote(e: Evidence, doc: StoredDocument | undefined, mark: (s: string) => string): string {
  const text = doc?.text;
  if (!text || text.slice(e.start, e.end) !== e.text) return `"${mark(e.text)}"`;
  const { start, end } = sentenceAround(text, e.start, e.end);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `"${flat(text.slice(start, e.start)).trimStart()}${mark(flat(e.text))}${flat(text.slice(e.end, end)).trimEnd()}"`;
}

const MAX_CONTEXT = 240;

export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  const endsSentence = (i: number) => /[.!?]/.test(text[i - 1] ?? '') && (i >= text.length || /\s/.test(text[i]));
  let start = from;
  while (start > 0 && from - start < MAX_CONTEXT && text[start - 1] !== '\n' && !endsSentence(start - 1)) start--;
  let end = to;
  while (end < text.length && end - to < MAX_CONTEXT && text[end] !== '\n' && !(end > to && endsSentence(end))) end++;
  return { start, end };
}
