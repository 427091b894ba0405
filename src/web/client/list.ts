// The event list beside the map: one button per event (the keyboard way to every event),
// newest first, with "Show more" following the API's cursor.

import type { SitrepEvent } from '../../core/types.ts';
import { api, type Params } from './api.ts';
import { typeColor } from './colors.ts';
import { el, fmtInt, render } from './dom.ts';
import { createDownloads } from './downloads.ts';

const PAGE = 100;

export interface EventList {
  load(params: Params): Promise<void>;
  mark(id: string | null): void;
}

function item(e: SitrepEvent, onOpen: (id: string) => void): HTMLElement {
  const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
  return el('li', {},
    el('button', { type: 'button', class: 'event-item', 'data-id': e.id, 'data-type': e.event_type, onclick: () => onOpen(e.id) },
      el('span', { class: 'swatch', style: `background:${typeColor(e.event_type)}`, 'aria-hidden': 'true' }),
      el('span', { class: 'event-main' },
        el('span', { class: 'event-title' }, `${e.event_date} · ${e.sub_event_type || e.event_type}`),
        el('span', { class: 'event-where' }, [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'place unknown'),
        actors ? el('span', { class: 'event-actors' }, actors) : null,
      ),
      el('span', { class: 'event-toll', title: 'fatalities' }, fmtInt(e.fatalities)),
    ),
  );
}

export function createEventList(container: HTMLElement, onOpen: (id: string) => void): EventList {
  const heading = el('h2', { id: 'list-heading' }, 'Events');
  const list = el('ol', { class: 'event-list', 'aria-labelledby': 'list-heading' });
  const more = el('button', { type: 'button', class: 'secondary more', hidden: true }, 'Show more');
  const status = el('p', { class: 'muted', role: 'status' });
  const downloads = createDownloads();
  render(container, heading, downloads.element, status, list, more);
  let cursor: string | null = null;
  let params: Params = {};
  let generation = 0;
  let total: number | undefined;

  async function page(append: boolean): Promise<void> {
    const gen = ++generation;
    const res = await api.events({ ...params, limit: PAGE, sort: '-date', cursor: append ? cursor : undefined, with_total: append ? undefined : 'true' });
    if (gen !== generation) return; // a newer filter superseded this request
    const items = res.items.map((e) => item(e, onOpen));
    if (append) list.append(...items);
    else render(list, items);
    cursor = res.next_cursor;
    more.hidden = !cursor;
    const n = list.children.length;
    if (res.total !== undefined) total = res.total;
    heading.textContent = `Events (${fmtInt(total ?? n)})`;
    const filtered = Object.values(params).some((v) => v !== undefined && v !== null && v !== '');
    status.textContent = n ? '' : filtered ? 'No events match these filters.' : 'No events stored yet: ingest reports in the Documents view, or with `sitrep ingest FILE` or `sitrep import`.';
    container.dataset.count = String(n);
  }
  more.addEventListener('click', () => void page(true));

  return {
    async load(p) {
      params = p;
      downloads.update(p);
      cursor = null;
      await page(false);
    },
    mark(id) {
      for (const b of list.querySelectorAll<HTMLElement>('.event-item')) b.setAttribute('aria-current', String(b.dataset.id === id));
    },
  };
}
