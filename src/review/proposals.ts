// Merge proposals (grey-zone scores from merge/) as the audit log records them on the new event.

import type { SitrepEvent } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { merge, ReviewError } from './actions.ts';

export interface Proposal {
  event_id: string;
  candidate: string;
  score: number;
  rule: string;
}

export async function proposalOf(store: Store, id: string): Promise<Proposal | null> {
  const entry = [...(await store.auditLog(id))].reverse().find((e) => e.action === 'propose');
  if (!entry) return null;
  const a = entry.after as { candidate: string; score: number; rule: string };
  return { event_id: id, candidate: a.candidate, score: a.score, rule: a.rule };
}

/** Accepting a proposal merges the proposed event into the candidate it was proposed for. */
export async function acceptProposal(store: Store, id: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  const p = await proposalOf(store, id);
  if (!p) throw new ReviewError(`event ${id} has no merge proposal`, 404);
  return merge(store, p.candidate, id, actor, reason ?? `accepted proposal (score ${p.score})`);
}
