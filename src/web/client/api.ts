// Typed calls to the sitrep HTTP API (same origin). Errors carry the API's readable message.

import type { DocumentSummary } from '../../store/store.ts';
import type { Page, Report, SitrepEvent, StoredDocument } from '../../core/types.ts';

export interface AggregateRow {
  key: string;
  events: number;
  fatalities: number;
}
export interface MapPoints {
  types: string[];
  points: Array<[string, number, number, number, number]>;
  total: number;
  truncated: boolean;
}
export interface EventDetail {
  event: SitrepEvent;
  reports: Report[];
  documents: StoredDocument[];
}
export interface DocumentDetail {
  document: StoredDocument;
  events: SitrepEvent[];
}
export interface IngestResponse {
  document: StoredDocument;
  created: boolean;
  events: SitrepEvent[];
}

export type Params = Record<string, string | number | undefined | null>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  events: (p: Params) => call<Page<SitrepEvent>>(`/api/events${query(p)}`),
  event: (id: string) => call<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  map: (p: Params) => call<MapPoints>(`/api/map${query(p)}`),
  aggregate: (by: string, p: Params) => call<{ by: string; rows: AggregateRow[] }>(`/api/aggregates${query({ ...p, by })}`),
  documents: (p: Params) => call<Page<DocumentSummary>>(`/api/documents${query(p)}`),
  document: (id: string) => call<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  ingest: (body: Record<string, string | undefined>) =>
    call<IngestResponse>('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
};
