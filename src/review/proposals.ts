// Merge proposals: grey-zone scores from merge/ that the store keeps in merge_proposals, open
// until an analyst accepts (the proposed event is merged into its candidate) or declines (the
// two stay apart), or the store closes it as superseded (one of the two was merged elsewhere or
// rejected). Each decision is audited on the proposed event; undo reopens the proposal.

import type { SitrepEvent } from '../core/types.ts';
import type { MergeProposal, ProposalStatus, Store } from '../store/store.ts';
import { checkMerge, moveAll, ReviewError } from './actions.ts';

const STATUSES: ProposalStatus[] = ['open', 'accepted', 'declined', 'superseded'];

export function checkStatus(status: string | undefined): ProposalStatus | undefined {
  if (status === undefined || status === '' || status === 'all') return undefined;
  if (!STATUSES.includes(status as ProposalStatus)) throw new ReviewError(`status must be one of ${STATUSES.join(', ')}, all`);
  return status as ProposalStatus;
}

export async function getProposal(store: Store, id: number): Promise<MergeProposal> {
  if (!Number.isSafeInteger(id) || id < 1) throw new ReviewError(`"${id}" is not a proposal id`);
  // Ids only grow: the page starting just before `id` begins with it when it exists.
  const [p] = (await store.listProposals({ cursor: String(id - 1), limit: 1 })).items;
  if (!p || p.id !== id) throw new ReviewError(`no proposal ${id}`, 404);
  return p;
}

function requireOpen(p: MergeProposal): void {
  if (p.status !== 'open') throw new ReviewError(`proposal ${p.id} is already ${p.status}`, 409);
}

/**
 * Records the proposal as accepted, then merges the proposed event into its candidate. In that
 * order: the merge closes every open proposal of the emptied event as superseded, and this one
 * is not stale but decided. A merge that fails after the checks reopens the proposal.
 */
export async function acceptProposal(
  store: Store,
  id: number,
  actor: string,
  reason?: string | null,
): Promise<{ proposal: MergeProposal; event: SitrepEvent }> {
  const p = await getProposal(store, id);
  requireOpen(p);
  const source = await checkMerge(store, p.candidate, p.event_id);
  const proposal = await store.decideProposal(p.id, 'accepted', { action: 'accept', actor, reason });
  try {
    const event = await moveAll(store, source, p.candidate, actor, reason || `accepted proposal #${p.id} (score ${p.score})`);
    return { proposal, event };
  } catch (err) {
    const accepted = (await store.auditLog(p.event_id)).filter((e) => e.action === 'accept').at(-1);
    await store.decideProposal(p.id, 'open', { action: 'undo', actor, reason: `undo #${accepted?.id} (accept: the merge failed: ${(err as Error).message})` });
    throw err;
  }
}

/** Keeps the two events apart; the proposal is closed as declined. */
export async function declineProposal(store: Store, id: number, actor: string, reason?: string | null): Promise<MergeProposal> {
  const p = await getProposal(store, id);
  requireOpen(p);
  return store.decideProposal(p.id, 'declined', { action: 'decline', actor, reason });
}

/** The best-scoring open proposal made for an event (the event that arrived), if any. */
export async function openProposalOf(store: Store, eventId: string): Promise<MergeProposal | null> {
  const open: MergeProposal[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listProposals']>> = await store.listProposals({ event_id: eventId, status: 'open', cursor, limit: 500 });
    open.push(...page.items.filter((p) => p.event_id === eventId));
    cursor = page.next_cursor;
  } while (cursor);
  return open.sort((a, b) => b.score - a.score || a.id - b.id)[0] ?? null;
}

/** `POST /api/events/:id/accept` and `sitrep review accept EVENT`: accept that event's proposal. */
export async function acceptProposalOf(store: Store, eventId: string, actor: string, reason?: string | null): Promise<SitrepEvent> {
  const p = await openProposalOf(store, eventId);
  if (!p) throw new ReviewError(`event ${eventId} has no open merge proposal`, 404);
  return (await acceptProposal(store, p.id, actor, reason)).event;
}
