// The dashboard's state lives in the URL, so any view can be shared or bookmarked:
//   /?view=map&event_type=Battles&country=LBY&from=2019-11-01&event=evt_123

export const FILTER_KEYS = ['from', 'to', 'event_type', 'sub_event_type', 'country', 'actor', 'text'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export type View = 'map' | 'actors' | 'documents' | 'proposals';

export interface State {
  view: View;
  filters: Filters;
  /** Event open in the side panel. */
  event: string | null;
  /** Document open in the documents view. */
  doc: string | null;
}

const VIEWS: View[] = ['map', 'actors', 'documents', 'proposals'];

export function readState(search = location.search): State {
  const q = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const view = q.get('view') as View;
  return { view: VIEWS.includes(view) ? view : 'map', filters, event: q.get('event') || null, doc: q.get('doc') || null };
}

export function toSearch(s: State): string {
  const q = new URLSearchParams();
  if (s.view !== 'map') q.set('view', s.view);
  for (const k of FILTER_KEYS) if (s.filters[k]) q.set(k, s.filters[k]!);
  if (s.event) q.set('event', s.event);
  if (s.doc) q.set('doc', s.doc);
  const str = q.toString();
  return str ? `?${str}` : location.pathname;
}

type Listener = (s: State, prev: State) => void;
const listeners: Listener[] = [];
let current = readState();

export const getState = (): State => current;
export const onState = (l: Listener): void => void listeners.push(l);

/** Changes the state, records it in the URL (a history entry, so Back works) and notifies. */
export function setState(patch: Partial<State>, opts: { replace?: boolean } = {}): void {
  const prev = current;
  current = { ...current, ...patch };
  const url = toSearch(current);
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((l) => l(current, prev));
}

window.addEventListener('popstate', () => {
  const prev = current;
  current = readState();
  listeners.forEach((l) => l(current, prev));
});

/** True when the filters (not the panel or view) changed. */
export const filtersChanged = (a: State, b: State): boolean => FILTER_KEYS.some((k) => a.filters[k] !== b.filters[k]);
