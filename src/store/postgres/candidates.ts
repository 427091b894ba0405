// Merge candidates for a batch of reports: each query answered by findCandidates (the GiST
// index on geom with the date bounds), less the events holding the query's excluded document;
// the few that pass the merge screen read in full (candidateEvents); the rules of a few events'
// reports on request (eventReportRules).

import type { EventFields, SitrepEvent } from '../../core/types.ts';
import { SKETCH_FIELDS } from '../fields.ts';
import type { CandidateEvent, CandidateQuery, CandidateSketch } from '../store.ts';
import { EVENT_COLUMNS } from '../sqlite/rows.ts';
import type { Db } from './db.ts';
import { getEvents } from './events.ts';
import { findCandidates } from './list.ts';

export async function findCandidatesMany(db: Db, qs: CandidateQuery[]): Promise<CandidateSketch[][]> {
  const lists = await Promise.all(qs.map((q) => findCandidates(db, q)));
  // One object per event, whichever queries found it (as the SQLite store gives them).
  const byId = new Map<string, CandidateSketch>();
  return lists.map((l, i) => {
    const exclude = qs[i]!.exclude_document;
    return l.filter((e) => !exclude || !e.document_ids.includes(exclude)).map((e) => {
      let s = byId.get(e.id);
      if (!s) byId.set(e.id, (s = sketch(e)));
      return s;
    });
  });
}

/** The full candidate rows of the events that passed the screen. */
export async function candidateEvents(db: Db, ids: string[]): Promise<Map<string, CandidateEvent>> {
  const out = new Map<string, CandidateEvent>();
  if (!ids.length) return out;
  for (const [id, e] of await getEvents(db, db.pool, ids)) out.set(id, lean(e));
  return out;
}

/** The rules of each report of each event, in link order. */
export async function eventReportRules(db: Db, ids: string[]): Promise<Map<string, string[][]>> {
  const rules = new Map<string, string[][]>(ids.map((id) => [id, []]));
  if (ids.length) {
    const rows = await db.q<{ event_id: string; rules: string[] | null }>(
      `SELECT event_id, data->'rules' AS rules FROM reports WHERE event_id = ANY($1::text[]) ORDER BY event_id, link`,
      [[...rules.keys()]],
    );
    for (const r of rows) rules.get(r.event_id)!.push(r.rules ?? []);
  }
  return rules;
}

function sketch(e: SitrepEvent): CandidateSketch {
  return Object.fromEntries(SKETCH_FIELDS.map((f) => [f, e[f]])) as CandidateSketch;
}

function lean(e: SitrepEvent): CandidateEvent {
  const f: Record<string, unknown> = {};
  for (const c of EVENT_COLUMNS) if (c in e) f[c] = (e as unknown as Record<string, unknown>)[c];
  return { ...(f as unknown as EventFields), id: e.id, status: e.status, updated_at: e.updated_at };
}
