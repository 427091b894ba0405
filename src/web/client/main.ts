// Dashboard entry: wires the views to the URL state. Each state change re-fetches only what
// it affects (filters -> data of the visible view; event -> the side panel).

import { renderActors } from './actors.ts';
import { api, type Params } from './api.ts';
import { createDocumentsView } from './documents.ts';
import { el, render } from './dom.ts';
import { renderEvent } from './event-panel.ts';
import { createFilterBar } from './filters.ts';
import { createEventList } from './list.ts';
import { createMap } from './map.ts';
import { createProposalsView } from './proposals.ts';
import { filtersChanged, getState, onState, setState, type State, type View } from './state.ts';
import { renderSession } from './session.ts';
import { createTimeline, periodFor } from './timeline.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const errorBox = $('error');
function fail(err: unknown): void {
  errorBox.hidden = false;
  errorBox.textContent = `Could not load: ${(err as Error).message}`;
}
const guard = (p: Promise<unknown>) => p.then(() => (errorBox.hidden = true)).catch(fail);

const openEvent = (id: string) => setState({ event: id });
const filterBar = createFilterBar($<HTMLFormElement>('filters'));
const map = createMap($('map'), openEvent);
const list = createEventList($('list'), openEvent);
const timeline = createTimeline($('timeline'), (from, to) =>
  setState({ filters: { ...getState().filters, from: from ?? undefined, to: to ?? undefined } }),
);
const docs = createDocumentsView($('view-documents'), (doc) => setState({ doc }), openEvent);
const proposals = createProposalsView($('view-proposals'), openEvent);
const onActor = (actor: string) => setState({ view: 'map', filters: { ...getState().filters, actor }, event: null });

const params = (s: State): Params => ({ ...s.filters });
/** Points drawn at most; the rest are summarised by the note on the map. */
const MAP_POINTS = 10_000;

async function loadTimeline(s: State): Promise<void> {
  const { from, to, ...rest } = s.filters;
  // The timeline spans all dates (so the brush can move anywhere); its bars are days, weeks or
  // months depending on how long that span is.
  const monthly = (await api.aggregate('month', rest)).rows;
  const period = monthly.length ? periodFor(monthly[0].key, monthly[monthly.length - 1].key) : 'month';
  timeline.show(period === 'month' ? monthly : (await api.aggregate(period, rest)).rows, period, from, to);
}

async function loadView(s: State): Promise<void> {
  if (s.view === 'map') {
    await Promise.all([list.load(params(s)), api.map({ ...params(s), limit: MAP_POINTS }).then((d) => map.show(d)), loadTimeline(s)]);
    list.mark(s.event);
    map.focus(s.event);
  } else if (s.view === 'actors') await renderActors($('view-actors'), params(s), onActor);
  else if (s.view === 'proposals') await proposals.show();
  else await docs.show(s.doc);
}

// ---- the event panel ------------------------------------------------------------------

const panel = $('panel');
let returnFocus: HTMLElement | null = null;
async function loadPanel(id: string | null): Promise<void> {
  if (!id) {
    panel.hidden = true;
    returnFocus?.focus();
    return;
  }
  if (panel.hidden) returnFocus = document.activeElement as HTMLElement | null;
  panel.hidden = false;
  render($('panel-body'), el('p', { class: 'muted' }, 'Loading…'));
  try {
    render($('panel-body'), renderEvent(await api.event(id), afterReview));
    $('panel').scrollTop = 0;
    $('panel-title')?.focus();
    // Scroll each document's text box (not the panel) to its first evidence.
    for (const box of document.querySelectorAll<HTMLElement>('#panel .doc-text')) {
      const mark = box.querySelector<HTMLElement>('mark.evidence');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  } catch (err) {
    render($('panel-body'), el('p', { role: 'alert' }, `Could not load event ${id}: ${(err as Error).message}`));
  }
  list.mark(id);
  map.focus(id);
}
/** After a review action: the event (or the one it became) and the view are reloaded. */
function afterReview(id: string): void {
  const s = getState();
  void guard(loadView(s));
  if (id !== s.event) setState({ event: id });
  else void loadPanel(id);
}
$('panel-close').addEventListener('click', () => setState({ event: null }));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !panel.hidden) setState({ event: null });
});

// ---- views and state ----------------------------------------------------------------

function showView(view: View): void {
  for (const v of ['map', 'actors', 'documents', 'proposals'] as View[]) $(`view-${v}`).hidden = v !== view;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.setAttribute('aria-pressed', String(b.dataset.view === view));
  document.body.dataset.view = view;
  docs.setActive(view === 'documents');
}
for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  b.addEventListener('click', () => setState({ view: b.dataset.view as View }));
}

onState((s, prev) => {
  filterBar.sync();
  showView(s.view);
  if (s.view !== prev.view || filtersChanged(s, prev) || (s.view === 'documents' && s.doc !== prev.doc)) void guard(loadView(s));
  if (s.event !== prev.event) void loadPanel(s.event);
});

// First paint: everything the URL asks for, plus suggestions for the filter fields.
void renderSession($('session'));
const first = getState();
filterBar.sync();
showView(first.view);
void guard(loadView(first));
if (first.event) void loadPanel(first.event);
void Promise.all([api.aggregate('country', { limit: 300 }), api.aggregate('actor', { limit: 300 })])
  .then(([c, a]) => filterBar.suggest(c.rows.map((r) => r.key), a.rows.map((r) => r.key)))
  .catch(() => undefined);
