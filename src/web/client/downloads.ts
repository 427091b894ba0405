// "Download: ACLED CSV · GeoJSON · JSON" of the events the filters select, beside the list. A
// plain link streams straight from /api/export (nothing held in the page); on a private server
// (reads need the signed-in user's token) the file is fetched with the token instead.

import { auth, query, type Params } from './api.ts';
import { el } from './dom.ts';

const FORMATS: Array<[format: string, label: string]> = [
  ['acled-csv', 'ACLED CSV'],
  ['geojson', 'GeoJSON'],
  ['json', 'JSON'],
];

export interface Downloads {
  element: HTMLElement;
  /** Points the links at the events these filters select. */
  update(params: Params): void;
}

export function createDownloads(): Downloads {
  const links = FORMATS.map(([format, label]) =>
    el('a', { class: 'download', 'data-format': format, download: '', onclick: (e: MouseEvent) => void withToken(e, format) }, label),
  );
  const element = el('p', { class: 'downloads' }, 'Download: ', links.flatMap((a, i) => (i ? [' · ', a] : [a])));
  return {
    element,
    update(params) {
      for (const a of links) a.href = `/api/export/${a.dataset.format}${query(params)}`;
    },
  };
}

async function withToken(e: MouseEvent, format: string): Promise<void> {
  const token = auth.token();
  if (!token) return; // the link downloads by itself
  e.preventDefault();
  const a = e.currentTarget as HTMLAnchorElement;
  const res = await fetch(a.href, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) return void (a.title = `Download failed: ${res.status} ${res.statusText}`);
  const url = URL.createObjectURL(await res.blob());
  const save = el('a', { href: url, download: `sitrep-events.${format === 'acled-csv' ? 'csv' : format}` });
  save.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
