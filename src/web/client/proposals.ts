// The merge proposals view: pairs of events the merge step scored in the grey zone, side by
// side (date, place, type, actors, toll, sources), with Accept (merge) and Decline (keep apart).
// Everything from documents is shown as text (dom.ts). The server checks roles; a refusal is
// shown as its message.

import type { SitrepEvent } from '../../core/types.ts';
import type { MergeProposal } from '../../store/store.ts';
import { api } from './api.ts';
import { el, render } from './dom.ts';

export type ProposalView = MergeProposal & { event: SitrepEvent | null; candidate_event: SitrepEvent | null };
const STATUSES = ['open', 'accepted', 'declined', 'superseded', 'all'];
const PAGE = 25;

/** One side of a proposal, in the words a reviewer compares. */
function side(title: string, e: SitrepEvent | null, id: string, openEvent: (id: string) => void): HTMLElement {
  if (!e) return el('div', { class: 'proposal-side' }, el('h4', {}, title), el('p', { class: 'muted' }, `${id} (not found)`));
  const date = e.event_date_end ? `${e.event_date} – ${e.event_date_end}` : e.event_date;
  const place = [e.location, e.admin1, e.country].filter(Boolean).join(', ');
  const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
  const toll = e.fatalities_min !== e.fatalities_max ? `${e.fatalities} (${e.fatalities_min}–${e.fatalities_max})` : String(e.fatalities);
  return el('div', { class: 'proposal-side' },
    el('h4', {}, title, ' ', el('button', { type: 'button', class: 'link', onclick: () => openEvent(e.id) }, e.id)),
    el('dl', {},
      el('dt', {}, 'Date'), el('dd', {}, date),
      el('dt', {}, 'Place'), el('dd', {}, place || '—'),
      el('dt', {}, 'Type'), el('dd', {}, `${e.event_type} / ${e.sub_event_type}`),
      el('dt', {}, 'Actors'), el('dd', {}, actors || '—'),
      el('dt', {}, 'Killed'), el('dd', {}, toll),
      el('dt', {}, 'Sources'), el('dd', {}, e.source || '—'),
      el('dt', {}, 'Status'), el('dd', {}, `${e.status}, grade ${e.grade}`),
    ),
    e.notes ? el('p', { class: 'proposal-notes' }, e.notes.length > 300 ? e.notes.slice(0, 300) + '…' : e.notes) : null,
  );
}

export interface ProposalsView {
  show(): Promise<void>;
}

export function createProposalsView(container: HTMLElement, openEvent: (id: string) => void, onChanged: () => void = () => undefined): ProposalsView {
  const statusSel = el('select', { id: 'proposal-status' }, STATUSES.map((s) => el('option', { value: s }, s)));
  const note = el('p', { role: 'status', class: 'review-status' });
  const listBox = el('div', { class: 'proposal-list' });
  let cursor: string | null = null;

  const decide = async (p: ProposalView, action: 'accept' | 'decline', reason: string) => {
    note.textContent = `${action === 'accept' ? 'Merging' : 'Declining'} proposal #${p.id}…`;
    try {
      await api.decideProposal(p.id, action, reason ? { reason } : {});
      note.textContent = action === 'accept' ? `Proposal #${p.id} accepted: ${p.event_id} merged into ${p.candidate}.` : `Proposal #${p.id} declined: the events stay apart.`;
      onChanged();
      await load(false);
    } catch (err) {
      note.textContent = `Proposal #${p.id}: refused: ${(err as Error).message}`;
    }
  };

  const card = (p: ProposalView): HTMLElement => {
    const reason = el('input', { type: 'text', placeholder: 'why (kept in the audit log)', id: `proposal-reason-${p.id}` });
    const open = p.status === 'open';
    return el('article', { class: 'proposal', 'aria-label': `Proposal ${p.id}` },
      el('header', {}, el('strong', {}, `#${p.id}`), ` ${p.status}, score ${p.score.toFixed(2)} `, el('span', { class: 'muted' }, p.rule)),
      el('div', { class: 'proposal-pair' }, side('New', p.event, p.event_id, openEvent), side('Candidate', p.candidate_event, p.candidate, openEvent)),
      open
        ? el('div', { class: 'review-row' },
            el('label', { for: reason.id }, 'Reason'), reason,
            el('button', { type: 'button', onclick: () => void decide(p, 'accept', reason.value.trim()) }, 'Accept: same incident'),
            el('button', { type: 'button', class: 'secondary', onclick: () => void decide(p, 'decline', reason.value.trim()) }, 'Decline: keep apart'),
          )
        : null,
    );
  };

  const more = el('button', { type: 'button', class: 'secondary', hidden: true, onclick: () => void load(true) }, 'More');
  async function load(append: boolean): Promise<void> {
    if (!append) cursor = null;
    const page = await api.proposals({ status: statusSel.value, limit: PAGE, cursor });
    const cards = (page.items as ProposalView[]).map(card);
    if (append) listBox.append(...cards);
    else render(listBox, cards.length ? cards : el('p', { class: 'muted' }, `No ${statusSel.value === 'all' ? '' : statusSel.value + ' '}merge proposals.`));
    cursor = page.next_cursor;
    more.hidden = !cursor;
  }
  statusSel.addEventListener('change', () => void load(false).catch((err) => (note.textContent = `Could not load: ${(err as Error).message}`)));

  render(container,
    el('h2', {}, 'Merge proposals'),
    el('p', { class: 'muted' }, 'Pairs the merge step found alike but not alike enough to merge by itself. Accept merges the new event into the candidate (every claim kept); undo on either event reverses it.'),
    el('div', { class: 'review-row' }, el('label', { for: statusSel.id }, 'Show'), statusSel),
    note,
    listBox,
    more,
  );
  return { show: () => load(false) };
}

/**
 * The open merge proposals of one event, in its review panel: the other event of each, the
 * score, and Accept / Decline. After a decision the panel shows the event that remains.
 */
export async function renderEventProposals(container: HTMLElement, eventId: string, onChanged: (id: string) => void): Promise<void> {
  try {
    const open = (await api.proposals({ event_id: eventId, status: 'open', limit: 50 })).items as ProposalView[];
    if (!open.length) return render(container);
    const note = el('p', { role: 'status', class: 'review-status' });
    const decide = async (p: ProposalView, action: 'accept' | 'decline') => {
      try {
        await api.decideProposal(p.id, action, {});
        onChanged(action === 'accept' ? p.candidate : eventId);
      } catch (err) {
        note.textContent = `Proposal #${p.id}: refused: ${(err as Error).message}`;
      }
    };
    render(container,
      el('h4', {}, `Merge proposed (${open.length})`),
      el('ul', { class: 'event-proposals' }, open.map((p) => {
        const other = p.event_id === eventId ? p.candidate_event : p.event;
        const otherId = p.event_id === eventId ? p.candidate : p.event_id;
        const what = other ? `${other.event_date}, ${other.location || other.country}, ${other.fatalities} killed, ${other.source || 'no source'}` : '';
        return el('li', {},
          `#${p.id} score ${p.score.toFixed(2)} with `, el('button', { type: 'button', class: 'link', onclick: () => onChanged(otherId) }, otherId), what ? ` (${what}) ` : ' ',
          el('button', { type: 'button', onclick: () => void decide(p, 'accept') }, 'Accept'), ' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => void decide(p, 'decline') }, 'Decline'));
      })),
      note);
  } catch (err) {
    render(container, el('p', { class: 'muted' }, `Merge proposals unavailable: ${(err as Error).message}`));
  }
}
