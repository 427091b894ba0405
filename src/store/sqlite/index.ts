// The embedded SQLite store (better-sqlite3: synchronous, one connection per process, WAL so
// readers never wait on the writer). Each resource lives in its own module; this class only
// wires them to the async Store interface.

import type { NewDocument, Report, SitrepEvent } from '../../core/types.ts';
import type { AggregateBy, CandidateQuery, EventQuery, IngestItem, IngestResult, Placement, Store } from '../store.ts';
import { migrate, openDatabase, type DB } from './db.ts';
import { findDocumentByHash, getDocument, listDocuments } from './documents.ts';
import { eventSeq, getEventBySeq, loadReports } from './events.ts';
import { saveIngestItem, saveIngestItems } from './ingest.ts';
import { aggregate } from './aggregate.ts';
import { candidateEvents, eventReportRules, findCandidates, findCandidatesMany } from './candidates.ts';
import { countEvents, listEvents, mapPoints } from './query.ts';
import { auditLog, decideProposal, listProposals, moveReports, updateEvent } from './review.ts';
import { SqliteUsers } from './users.ts';
import { SqliteWatches } from './watches.ts';

/** Rows fetched per page while streaming: bounded memory whatever the result size. */
const STREAM_PAGE = 500;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: DB;
  /** Optional parts of the Store, each in its own module and migration. */
  readonly watches: SqliteWatches;
  readonly users: SqliteUsers;

  constructor(readonly path: string) {
    this.db = openDatabase(path);
    this.watches = new SqliteWatches(this.db);
    this.users = new SqliteUsers(this.db);
  }

  async migrate(): Promise<void> {
    await migrate(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async getDocument(id: string) {
    return getDocument(this.db, id);
  }

  async findDocumentByHash(hash: string) {
    return findDocumentByHash(this.db, hash);
  }

  async listDocuments(q: { limit?: number; cursor?: string | null; text?: string }) {
    return listDocuments(this.db, q);
  }

  async saveIngest(doc: NewDocument & { content_hash: string }, reports: Report[], placements?: Placement[]): Promise<IngestResult> {
    return this.db.transaction(() => saveIngestItem(this.db, { doc, reports, placements })).immediate();
  }

  async saveIngestMany(items: IngestItem[], opts: { events?: boolean } = {}): Promise<IngestResult[]> {
    return this.db.transaction(() => saveIngestItems(this.db, items, opts.events ?? true)).immediate();
  }

  async getEvent(id: string): Promise<SitrepEvent | null> {
    const seq = eventSeq(this.db, id);
    return seq === null ? null : getEventBySeq(this.db, seq);
  }

  async listEvents(q: EventQuery) {
    return listEvents(this.db, q);
  }

  async countEvents(q: EventQuery) {
    return countEvents(this.db, q);
  }

  async *streamEvents(q: EventQuery): AsyncIterable<SitrepEvent> {
    // Keyset pages rather than one long-lived cursor: memory stays bounded and the connection
    // is free for writes between pages.
    let cursor: string | null = null;
    do {
      const page = listEvents(this.db, { ...q, limit: STREAM_PAGE, cursor });
      yield* page.items;
      cursor = page.next_cursor;
    } while (cursor);
  }

  async aggregate(q: EventQuery, by: AggregateBy) {
    return aggregate(this.db, q, by);
  }

  async mapPoints(q: EventQuery, limit: number) {
    return mapPoints(this.db, q, limit);
  }

  async getReports(eventId: string): Promise<Report[]> {
    const seq = eventSeq(this.db, eventId);
    return seq === null ? [] : loadReports(this.db, seq).map((r) => r.report);
  }

  async findCandidates(q: CandidateQuery) {
    return findCandidates(this.db, q);
  }

  async findCandidatesMany(qs: CandidateQuery[]) {
    return findCandidatesMany(this.db, qs);
  }

  async candidateEvents(ids: string[]) {
    return candidateEvents(this.db, ids);
  }

  async eventReportRules(eventIds: string[]) {
    return eventReportRules(this.db, eventIds);
  }

  async updateEvent(...args: Parameters<Store['updateEvent']>) {
    return updateEvent(this.db, ...args);
  }

  async moveReports(...args: Parameters<Store['moveReports']>) {
    return moveReports(this.db, ...args);
  }

  async auditLog(eventId: string) {
    return auditLog(this.db, eventId);
  }

  async listProposals(...args: Parameters<Store['listProposals']>) {
    return listProposals(this.db, ...args);
  }

  async decideProposal(...args: Parameters<Store['decideProposal']>) {
    return decideProposal(this.db, ...args);
  }
}
