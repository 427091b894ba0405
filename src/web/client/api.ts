// Typed calls to the sitrep HTTP API (same origin). Errors carry the API's readable message.

import type { DocumentSummary, MergeProposal } from '../../store/store.ts';
import type { Page, Report, SitrepEvent, StoredDocument } from '../../core/types.ts';
import type { JobInfo, QueueCounts } from '../../queue/index.ts';

export type { JobInfo };

export interface AggregateRow {
  key: string;
  events: number;
  fatalities: number;
}
export interface MapPoints {
  types: string[];
  /** [id, latitude, longitude, type index, fatalities, event date, location] */
  points: Array<[string, number, number, number, number, string, string]>;
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

/** POST /api/ingest on a server with a Redis queue: the report waits for a worker. */
export interface IngestQueued {
  job: { id: string; state: JobInfo['state'] };
  status_url: string;
}
export interface JobsOverview {
  runner: 'inline' | 'bullmq';
  counts: QueueCounts;
}

export interface AuditEntry {
  id: number;
  action: string;
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

export type Params = Record<string, string | number | undefined | null>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

// The API token of the signed-in user, kept for this browser tab only.
const TOKEN_KEY = 'sitrep-token';
export const auth = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string | null) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = auth.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
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
  ingest: (body: Record<string, string | undefined>) => post<IngestResponse | IngestQueued>('/api/ingest', body),
  jobs: () => call<JobsOverview>('/api/jobs'),
  job: (id: string) => call<JobInfo>(`/api/jobs/${encodeURIComponent(id)}`),
  me: () => call<{ name: string; role: string; local: boolean }>('/api/me'),
  login: (name: string, password: string) => post<{ name: string; token: string }>('/api/login', { name, password }),
  /** A review action on an event: confirm, reject, grade, edit, merge, split, undo. */
  review: (id: string, action: string, body: unknown) => post<SitrepEvent>(`/api/events/${encodeURIComponent(id)}/${action}`, body),
  audit: (id: string) => call<AuditEntry[]>(`/api/events/${encodeURIComponent(id)}/audit`),
  /** Merge proposals with both events (src/web/client/proposals.ts). */
  proposals: (p: Params) => call<Page<MergeProposal & { event: SitrepEvent | null; candidate_event: SitrepEvent | null }>>(`/api/proposals${query(p)}`),
  decideProposal: (id: number, action: 'accept' | 'decline', body: unknown) => post<unknown>(`/api/proposals/${id}/${action}`, body),
};

function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
}
