// The filter bar: every control is labelled; selects and dates apply at once, text fields on
// Enter or "Apply". The state (and so the URL) is the single source of truth.

import { EVENT_TAXONOMY, EVENT_TYPES, type EventType } from '../../core/taxonomy.ts';
import { el, render } from './dom.ts';
import { FILTER_KEYS, getState, setState, type Filters } from './state.ts';

export interface FilterBar {
  /** Reflects the current state into the controls. */
  sync(): void;
  /** Suggestions for the country and actor fields (from aggregates). */
  suggest(countries: string[], actors: string[]): void;
}

function field(label: string, id: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

export function createFilterBar(form: HTMLFormElement): FilterBar {
  const from = el('input', { type: 'date', name: 'from' });
  const to = el('input', { type: 'date', name: 'to' });
  const type = el('select', { name: 'event_type' }, el('option', { value: '' }, 'All types'), EVENT_TYPES.map((t) => el('option', { value: t }, t)));
  const sub = el('select', { name: 'sub_event_type' });
  const countryList = el('datalist', { id: 'country-options' });
  const actorList = el('datalist', { id: 'actor-options' });
  const country = el('input', { type: 'text', name: 'country', list: 'country-options', placeholder: 'e.g. LBY or Libya', autocomplete: 'off' });
  const actor = el('input', { type: 'text', name: 'actor', list: 'actor-options', placeholder: 'any actor', autocomplete: 'off' });
  const text = el('input', { type: 'search', name: 'text', placeholder: 'words in notes, places, actors' });
  const controls: Record<(typeof FILTER_KEYS)[number], HTMLInputElement | HTMLSelectElement> = {
    from, to, event_type: type, sub_event_type: sub, country, actor, text,
  };

  const fillSubTypes = (t: string, selected?: string) => {
    const subs = t ? EVENT_TAXONOMY[t as EventType] ?? [] : EVENT_TYPES.flatMap((x) => [...EVENT_TAXONOMY[x]]);
    render(sub, el('option', { value: '' }, 'All sub-types'), subs.map((s) => el('option', { value: s }, s)));
    sub.value = selected && subs.includes(selected as never) ? selected : '';
  };

  const read = (): Filters => {
    const f: Filters = {};
    for (const k of FILTER_KEYS) if (controls[k].value.trim()) f[k] = controls[k].value.trim();
    // Dates picked in the other order still mean the range between them (the API refuses from > to).
    if (f.from && f.to && f.from > f.to) {
      [f.from, f.to] = [f.to, f.from];
      [from.value, to.value] = [f.from, f.to];
    }
    return f;
  };
  const apply = () => setState({ filters: read(), event: null });

  type.addEventListener('change', () => {
    fillSubTypes(type.value);
    apply();
  });
  for (const c of [sub, from, to]) c.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });

  render(form,
    el('fieldset', {},
      el('legend', { class: 'visually-hidden' }, 'Filter events'),
      field('From', 'f-from', from),
      field('To', 'f-to', to),
      field('Event type', 'f-type', type),
      field('Sub-event type', 'f-sub', sub),
      field('Country', 'f-country', country),
      field('Actor', 'f-actor', actor),
      field('Text search', 'f-text', text),
      el('div', { class: 'field buttons' },
        el('button', { type: 'submit' }, 'Apply'),
        el('button', { type: 'button', class: 'secondary', onclick: () => setState({ filters: {}, event: null }) }, 'Reset'),
      ),
      countryList,
      actorList,
    ),
  );

  return {
    sync() {
      const f = getState().filters;
      type.value = f.event_type ?? '';
      fillSubTypes(type.value, f.sub_event_type);
      for (const k of FILTER_KEYS) if (k !== 'event_type' && k !== 'sub_event_type') controls[k].value = f[k] ?? '';
    },
    suggest(countries, actors) {
      render(countryList, countries.map((c) => el('option', { value: c })));
      render(actorList, actors.map((a) => el('option', { value: a })));
    },
  };
}
