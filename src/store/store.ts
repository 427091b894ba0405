// The one storage interface. SQLite (store/sqlite) is the embedded default; PostgreSQL
// (store/postgres) implements the same contract for scale. Both pass test/store/contract.ts.
// Everything is async so that the network-backed implementation fits the same shape.

import type {
  EventFields,
  EventGrade,
  EventStatus,
  NewDocument,
  Page,
  PlacementRecord,
  Report,
  SitrepEvent,
  StoredDocument,
} from '../core/types.ts';
import type { SKETCH_FIELDS } from './fields.ts';

/** One reviewer override of an event field (or of its grade). */
export type OverrideEntry = NonNullable<SitrepEvent['overrides']>[string];

/** Filters shared by list, stream (export) and aggregate queries. All optional. */
export interface EventQuery {
  from?: string; // YYYY-MM-DD inclusive
  to?: string; // YYYY-MM-DD inclusive
  country?: string; // ISO3 code or country name
  admin1?: string;
  event_type?: string;
  sub_event_type?: string;
  /** Matches actor1, actor2 and associated actors (case-insensitive substring). */
  actor?: string;
  fatalities_min?: number;
  fatalities_max?: number;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Full-text search over notes, actors, location and evidence text. */
  text?: string;
  status?: EventStatus;
  document_id?: string;
  /** Default: rejected and merged-away events are hidden. */
  include_hidden?: boolean;
  sort?: 'date' | '-date' | 'fatalities' | '-fatalities';
  limit?: number;
  cursor?: string | null;
}

export type AggregateBy =
  | 'day'
  | 'week'
  | 'month'
  | 'event_type'
  | 'sub_event_type'
  | 'country'
  | 'admin1'
  | 'actor'
  | 'actor_pair';

/** One event as a map marker: where, what, how deadly, when (the map's tooltip). */
export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  event_type: string;
  fatalities: number;
  event_date: string;
  location: string;
}

export interface AggregateRow {
  /** Bucket key: a date (period start), a type name, a country, an actor, or "A | B" for pairs. */
  key: string;
  events: number;
  fatalities: number;
}

/** How one new report should be placed, decided by merge/ before saving.
 *  `why`: the decision as the merge step recorded it; the store keeps it as the report's `placement`. */
export type Placement = (
  | { kind: 'new' }
  | { kind: 'attach'; event_id: string; score: number; rule: string }
  | { kind: 'propose'; event_id: string; score: number; rule: string }
) & { why?: PlacementRecord };

/** One document with its reports and (optional) placements, as saveIngest takes them. */
export interface IngestItem {
  doc: NewDocument & { content_hash: string };
  reports: Report[];
  placements?: Placement[];
}

export interface IngestResult {
  document: StoredDocument;
  /** false when a document with the same content hash already existed (nothing written). */
  created: boolean;
  events: SitrepEvent[];
}

export interface AuditEntry {
  id: number;
  event_id: string;
  action: string; // confirm | edit | merge | split | reject | undo | grade | create | attach ...
  actor: string; // user name, or "system"
  at: string; // ISO timestamp
  before: unknown;
  after: unknown;
  reason?: string | null;
}

/** 'superseded': closed by the store when one of its events was merged into another or rejected. */
export type ProposalStatus = 'open' | 'accepted' | 'declined' | 'superseded';

/** "event_id may be the same incident as candidate", written when a placement is 'propose'. */
export interface MergeProposal {
  id: number;
  /** The event that arrived (and was kept apart). */
  event_id: string;
  /** The stored event it may describe too. */
  candidate: string;
  score: number;
  rule: string;
  status: ProposalStatus;
  created_at: string;
}

export interface ProposalQuery {
  status?: ProposalStatus;
  /** Proposals where this event is either side. */
  event_id?: string;
  limit?: number;
  cursor?: string | null;
}

export interface CandidateQuery {
  /**
   * The days a candidate's own window (merge/window.ts dateWindow: its dates widened by its time
   * precision) must meet (windowMeets). SQLite's R*Tree holds each window; a date index only
   * bounds it, so a search through one tests each window before taking the limit.
   */
  from: string;
  to: string;
  /** Optional spatial window [west, south, east, north]. */
  bbox?: [number, number, number, number] | null;
  country?: string;
  limit?: number;
  /** findCandidatesMany: events holding a report of this document are left out (after the limit). */
  exclude_document?: string;
}

/**
 * A merge candidate as scoring reads it: the event's fields and identity. Its reports' rules are
 * read only for the few candidates that score high enough (eventReportRules).
 */
export interface CandidateEvent extends EventFields {
  id: string;
  status: EventStatus;
  updated_at?: string;
}

/**
 * What a merge candidate is screened on before its full row is read: whether it can be the
 * incident at all (country, date window, point and their precisions) and its words (notes), which
 * weigh the words of the pairs scored. Most candidates of a search fail the screen.
 */
export type CandidateSketch = Pick<CandidateEvent, (typeof SKETCH_FIELDS)[number]>;

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  kind: string;
  ingested_at: string;
  events: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending versioned migrations. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // --- documents ---------------------------------------------------------
  getDocument(id: string): Promise<StoredDocument | null>;
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null>;
  listDocuments(q: { limit?: number; cursor?: string | null; text?: string }): Promise<Page<DocumentSummary>>;

  /**
   * Stores a document, its reports and their placement into events in ONE transaction:
   * either all of it is written or nothing is. A document whose content hash is already
   * stored is not written again (created=false) and its existing events are returned.
   * `placements[i]` says where `reports[i]` goes (default: a new event each).
   */
  saveIngest(doc: NewDocument & { content_hash: string }, reports: Report[], placements?: Placement[]): Promise<IngestResult>;
  /**
   * Several saveIngest items in ONE transaction (bulk imports): all written or none. With
   * `events: false` the caller needs only each result's document and created flag: a store may
   * leave `events` empty rather than read every touched event back.
   */
  saveIngestMany(items: IngestItem[], opts?: { events?: boolean }): Promise<IngestResult[]>;

  // --- events ------------------------------------------------------------
  getEvent(id: string): Promise<SitrepEvent | null>;
  listEvents(q: EventQuery): Promise<Page<SitrepEvent>>;
  countEvents(q: EventQuery): Promise<number>;
  /** Streams every matching event in sort order without holding them all in memory. */
  streamEvents(q: EventQuery): AsyncIterable<SitrepEvent>;
  aggregate(q: EventQuery, by: AggregateBy): Promise<AggregateRow[]>;
  /** Matching events that have coordinates, as map points: largest toll first (then newest
   *  stored), at most `limit`. Reads only the columns a marker needs (q.sort, q.cursor ignored). */
  mapPoints(q: EventQuery, limit: number): Promise<MapPoint[]>;
  getReports(eventId: string): Promise<Report[]>;
  /** Events whose date range overlaps [from,to] (and bbox when given): merge candidates. */
  findCandidates(q: CandidateQuery): Promise<SitrepEvent[]>;
  /**
   * Merge candidates for many reports at once (a dataset import batch): for each query the same
   * events, in the same order, as findCandidates (less those holding q.exclude_document), as
   * sketches: only what screening reads. An event found by several queries is one object.
   */
  findCandidatesMany(qs: CandidateQuery[]): Promise<CandidateSketch[][]>;
  /** The candidates that passed the screen, as scoring reads them (fields and identity), by id; unknown ids are absent. */
  candidateEvents(ids: string[]): Promise<Map<string, CandidateEvent>>;
  /** The rules of each report linked to each event, in link order ("dataset:acled" says where a row came from). */
  eventReportRules(eventIds: string[]): Promise<Map<string, string[][]>>;

  // --- review (every change is audited) -----------------------------------
  /** Applies a reviewer's change and appends one audit entry, atomically. */
  updateEvent(
    id: string,
    change: {
      status?: EventStatus;
      grade?: EventGrade;
      fields?: Partial<EventFields>;
      merged_into?: string | null;
      /**
       * Puts reviewer overrides back exactly as they were (value, by, at); null drops the
       * override so the reconciled value shows again. Applied before `fields`/`grade`. Undo uses it.
       */
      restore_overrides?: Record<string, OverrideEntry | null>;
    },
    audit: { action: string; actor: string; reason?: string | null },
  ): Promise<SitrepEvent>;
  /** Moves reports from one event to another (merge/split), recomputing both. */
  moveReports(reportIds: string[], toEventId: string | null, audit: { action: string; actor: string; reason?: string | null }): Promise<SitrepEvent>;
  auditLog(eventId: string): Promise<AuditEntry[]>;
  /** Merge proposals (grey-zone placements), oldest first; keyset pages by id. */
  listProposals(q: ProposalQuery): Promise<Page<MergeProposal>>;
  /**
   * Sets a proposal's status and appends one audit entry (on its event_id), atomically. Open
   * proposals of an event that updateEvent rejects or moveReports empties are closed as
   * 'superseded' in the same transaction (audit action 'supersede'; their ids listed as
   * `superseded` in the causing entry's after, so undo can reopen them).
   */
  decideProposal(id: number, status: ProposalStatus, audit: { action: string; actor: string; reason?: string | null }): Promise<MergeProposal>;

  // --- feed/page watches (src/feeds); SQLite: src/store/sqlite/watches.ts ---
  /** Optional until every store wires it; feeds/ reports a clear error when absent. */
  readonly watches?: WatchStore;
  // --- users and API tokens (src/auth); SQLite: src/store/sqlite/users.ts ---
  /** Optional: a store without it serves the API open (no users, no tokens). */
  readonly users?: UserStore;
}

/** A feed or page that `sitrep watch` polls. */
export interface Watch {
  id: string;
  url: string;
  every_seconds: number;
  /** Source name given to the documents it yields (default: the feed title or host). */
  source: string | null;
  /** Conditional-request state from the last successful fetch. */
  etag: string | null;
  last_modified: string | null;
  last_checked: string | null;
  /** "ok: 3 new", "not modified", "error: ..." */
  last_status: string | null;
  created_at: string;
}

export interface WatchStore {
  /** Adds a watch, or updates interval/source of the watch on the same URL. */
  add(w: { url: string; every_seconds: number; source?: string | null }): Promise<Watch>;
  list(): Promise<Watch[]>;
  /** By id or URL. */
  get(idOrUrl: string): Promise<Watch | null>;
  remove(idOrUrl: string): Promise<boolean>;
  recordPoll(id: string, r: { etag: string | null; last_modified: string | null; status: string }): Promise<void>;
  /** The keys of `keys` not yet marked seen for this watch (order kept). */
  unseen(id: string, keys: string[]): Promise<string[]>;
  markSeen(id: string, keys: string[]): Promise<void>;
}

/** Who may do what: viewers read, analysts review, admins manage users. */
export type Role = 'viewer' | 'analyst' | 'admin';

export interface UserRecord {
  name: string;
  role: Role;
  /** KDF string ("scrypt$..."), or null for a token-only user. */
  password_hash: string | null;
  created_at: string;
  /** API tokens not revoked. */
  tokens: number;
}

export interface UserStore {
  count(): Promise<number>;
  list(): Promise<UserRecord[]>;
  get(name: string): Promise<UserRecord | null>;
  add(u: { name: string; role: Role; password_hash: string | null }): Promise<UserRecord>;
  update(name: string, change: { role?: Role; password_hash?: string | null }): Promise<UserRecord>;
  /** Removes the user and revokes their tokens. */
  remove(name: string): Promise<boolean>;
  /** Stores a token by its sha256 hex (the token itself is never stored). */
  addToken(name: string, tokenHash: string, label: string | null): Promise<void>;
  /** The user owning a live token with this sha256 hex, and marks it used. */
  userByToken(tokenHash: string): Promise<UserRecord | null>;
  revokeTokens(name: string): Promise<number>;
}
