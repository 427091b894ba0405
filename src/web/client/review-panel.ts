// Review actions in the event panel (confirm, reject, grade, edit a field, merge, split, undo,
// accept or decline a proposed merge) and the event's audit log. The server checks roles; a
// refusal is shown as its message.

import type { Report, SitrepEvent } from '../../core/types.ts';
import { changesOf } from '../../review/log.ts';
import { api } from './api.ts';
import { el, render } from './dom.ts';
import { renderEventProposals } from './proposals.ts';

const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'];
/** Fields whose typed value is a number (empty = null where the field allows it). */
const NUMERIC = new Set(['time_precision', 'inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min', 'fatalities_max', 'injuries', 'displaced']);
const EDITABLE = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'civilian_targeting',
  'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_min',
  'fatalities_max', 'injuries', 'displaced', 'notes', 'time_precision', 'inter1', 'inter2', 'interaction',
];

const typed = (field: string, raw: string): unknown => (NUMERIC.has(field) ? (raw.trim() === '' ? null : Number(raw)) : raw);

let n = 0;
/** A labelled control with a unique id. */
function labelled(label: string, control: HTMLElement): HTMLElement[] {
  control.id = `rv-${++n}`;
  return [el('label', { for: control.id }, label), control];
}

export function renderReview(e: SitrepEvent, reports: Report[], onChanged: (id: string) => void): HTMLElement {
  const status = el('p', { role: 'status', class: 'review-status' });
  const reason = el('input', { type: 'text', placeholder: 'why (kept in the audit log)' });
  const why = () => reason.value.trim() || undefined;
  const run = async (action: string, body: unknown, label: string) => {
    status.textContent = `${label}…`;
    try {
      const ev = await api.review(e.id, action, body);
      status.textContent = `${label}: done.`;
      onChanged(ev.id);
    } catch (err) {
      status.textContent = `${label} refused: ${(err as Error).message}`;
    }
  };
  const button = (label: string, onclick: () => void, cls = 'secondary') => el('button', { type: 'button', class: cls, onclick }, label);

  const grade = el('select', {}, GRADES.map((g) => el('option', { value: g, selected: g === e.grade }, g)));
  const field = el('select', {}, EDITABLE.map((f) => el('option', { value: f }, f)));
  const value = el('input', { type: 'text' });
  const showValue = () => (value.value = String((e as unknown as Record<string, unknown>)[field.value] ?? ''));
  field.addEventListener('change', showValue);
  showValue();
  const other = el('input', { type: 'text', placeholder: 'evt_…' });
  const picks = reports.map((r) => el('input', { type: 'checkbox', value: r.id }));

  const proposals = el('div', { class: 'review-proposals' });
  void renderEventProposals(proposals, e.id, onChanged);

  return el('section', { class: 'review', 'aria-labelledby': 'review-h' },
    el('h3', { id: 'review-h' }, 'Review'),
    proposals,
    el('div', { class: 'review-row' }, ...labelled('Reason', reason)),
    el('div', { class: 'review-row' },
      button('Confirm', () => run('confirm', { reason: why() }, 'Confirm'), ''),
      button('Reject', () => (why() ? run('reject', { reason: why() }, 'Reject') : (status.textContent = 'Give a reason to reject.'))),
      button('Undo last action', () => run('undo', {}, 'Undo')),
    ),
    el('div', { class: 'review-row' }, ...labelled('Grade', grade), button('Set grade', () => run('grade', { grade: grade.value, reason: why() }, 'Grade'))),
    el('div', { class: 'review-row' },
      ...labelled('Field', field), ...labelled('New value', value),
      button('Save field', () => {
        const v = typed(field.value, value.value);
        // Number('abc') is NaN, which JSON sends as null: it would empty the field instead of refusing.
        if (Number.isNaN(v)) status.textContent = `${field.value}: "${value.value}" is not a number.`;
        else void run('edit', { fields: { [field.value]: v }, reason: why() }, `Edit ${field.value}`);
      }),
    ),
    el('div', { class: 'review-row' },
      ...labelled('Merge event into this one', other),
      button('Merge', () => (other.value.trim() ? run('merge', { source: other.value.trim(), reason: why() }, 'Merge') : (status.textContent = 'Give the id of the event to merge in.'))),
    ),
    reports.length > 1
      ? el('fieldset', { class: 'review-row' },
          el('legend', {}, 'Split: move the chosen reports to a new event'),
          reports.map((r, i) => el('label', {}, picks[i], ` ${r.source || r.document_id} (${r.fatalities} dead, ${r.event_date})`)),
          button('Split', () => {
            const ids = picks.filter((p) => p.checked).map((p) => p.value);
            if (!ids.length || ids.length === reports.length) status.textContent = 'Choose some, not all, reports to split off.';
            else void run('split', { report_ids: ids, reason: why() }, 'Split');
          }),
        )
      : null,
    status,
  );
}

/** The append-only audit log of one event, newest last. */
export async function renderAudit(container: HTMLElement, id: string): Promise<void> {
  try {
    const entries = await api.audit(id);
    render(container,
      el('h3', {}, `Audit log (${entries.length})`),
      el('table', { class: 'data audit' },
        el('thead', {}, el('tr', {}, ['When (UTC)', 'Who', 'Action', 'What changed', 'Reason'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, entries.map((a) => el('tr', {}, el('td', {}, a.at.slice(0, 19).replace('T', ' ')), el('td', {}, a.actor), el('td', {}, a.action), el('td', {}, changesOf(a).join('; ')), el('td', {}, a.reason ?? '')))),
      ));
  } catch (err) {
    render(container, el('p', { class: 'muted' }, `Audit log unavailable: ${(err as Error).message}`));
  }
}
