// Exporting events: each format turns a stream of events into a stream of text, one event at a
// time, so an export of a million events never holds them in memory. Formats are looked up by
// name in FORMATS; adding one is adding an entry.

import type { Writable } from 'node:stream';
import type { SitrepEvent } from '../core/types.ts';
import type { EventQuery, Store } from '../store/store.ts';
import { ACLED_HEADER, acledRecord, csvLine, originalRow } from './acled-csv.ts';

export interface Format {
  contentType: string;
  extension: string;
  /** Yields the output in chunks; `store` is there for formats that need source documents. */
  render(events: AsyncIterable<SitrepEvent>, store: Store): AsyncIterable<string>;
}

export const FORMATS: Record<string, Format> = {
  'acled-csv': { contentType: 'text/csv; charset=utf-8', extension: 'csv', render: renderAcledCsv },
  geojson: { contentType: 'application/geo+json', extension: 'geojson', render: renderGeoJson },
  json: { contentType: 'application/json', extension: 'json', render: renderJson },
};

export function formatNamed(name: string): Format {
  const f = FORMATS[name];
  if (!f) throw new Error(`unknown export format "${name}" (choose ${Object.keys(FORMATS).join(', ')})`);
  return f;
}

/** Writes every event matching `q` to `out` in `format`; returns the number of events. */
export async function exportEvents(store: Store, q: EventQuery, format: string, out: Writable): Promise<number> {
  let n = 0;
  const counted = (async function* () {
    for await (const ev of store.streamEvents(q)) {
      n++;
      yield ev;
    }
  })();
  for await (const chunk of formatNamed(format).render(counted, store)) {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  return n;
}

async function* renderAcledCsv(events: AsyncIterable<SitrepEvent>, store: Store): AsyncIterable<string> {
  yield ACLED_HEADER;
  const rows = new Map<string, Record<string, string> | null>();
  const rowOf = async (docId: string) => {
    // Events of one report share its document: remember the last few rows looked up.
    if (!rows.has(docId)) {
      if (rows.size >= 512) rows.delete(rows.keys().next().value!);
      rows.set(docId, originalRow(await store.getDocument(docId)));
    }
    return rows.get(docId)!;
  };
  for await (const ev of events) {
    // The first imported ACLED row among the event's documents identifies it (event_id_cnty...).
    let original: Record<string, string> | null = null;
    for (const id of ev.document_ids) if ((original = await rowOf(id))) break;
    yield csvLine(acledRecord(ev, original));
  }
}

export function toFeature(ev: SitrepEvent) {
  const { evidence: _evidence, ...properties } = ev;
  const geometry = ev.latitude != null && ev.longitude != null ? { type: 'Point', coordinates: [ev.longitude, ev.latitude] } : null;
  return { type: 'Feature', id: ev.id, geometry, properties };
}

async function* renderGeoJson(events: AsyncIterable<SitrepEvent>): AsyncIterable<string> {
  yield '{"type":"FeatureCollection","features":[';
  let sep = '\n';
  for await (const ev of events) {
    yield sep + JSON.stringify(toFeature(ev));
    sep = ',\n';
  }
  yield '\n]}\n';
}

async function* renderJson(events: AsyncIterable<SitrepEvent>): AsyncIterable<string> {
  yield '[';
  let sep = '\n';
  for await (const ev of events) {
    yield sep + JSON.stringify(ev);
    sep = ',\n';
  }
  yield '\n]\n';
}
