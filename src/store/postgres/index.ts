// The PostgreSQL store: the same Store contract as SQLite (test/store/contract.ts runs against
// both), for many workers sharing one database. PostGIS geometry with a GiST index serves bbox
// and merge-candidate queries, a tsvector GIN index full-text search.
//
//   const store = await openPostgresStore('postgres://user@host:5432/sitrep');

import type { NewDocument, Report, SitrepEvent } from '../../core/types.ts';
import type { AggregateBy, CandidateQuery, EventQuery, IngestItem, IngestResult, Placement, Store } from '../store.ts';
import { candidateEvents, eventReportRules, findCandidatesMany } from './candidates.ts';
import { Db } from './db.ts';
import { findDocumentByHash, getDocument, listDocuments } from './documents.ts';
import { getEvent, loadReports } from './events.ts';
import { saveIngestItem } from './ingest.ts';
import { aggregate, countEvents, findCandidates, listEvents, mapPoints, streamEvents } from './list.ts';
import { migrate } from './migrate.ts';
import { auditLog, decideProposal, listProposals, moveReports, updateEvent } from './review.ts';
import { RollupFolder } from './rollups.ts';
import { PostgresUsers } from './users.ts';
import { PostgresWatches } from './watches.ts';

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly db: Db;
  readonly watches: PostgresWatches;
  readonly users: PostgresUsers;
  readonly rollupFolder: RollupFolder;

  constructor(readonly url: string) {
    this.db = new Db(url);
    this.rollupFolder = new RollupFolder(this.db, url);
    this.watches = new PostgresWatches(this.db);
    this.users = new PostgresUsers(this.db);
  }

  async migrate(): Promise<void> {
    await migrate(this.db);
  }

  async close(): Promise<void> {
    await this.rollupFolder.close();
    await this.db.close();
  }

  getDocument(id: string) {
    return getDocument(this.db, id);
  }

  findDocumentByHash(hash: string) {
    return findDocumentByHash(this.db, hash);
  }

  listDocuments(q: { limit?: number; cursor?: string | null; text?: string }) {
    return listDocuments(this.db, q);
  }

  saveIngest(doc: NewDocument & { content_hash: string }, reports: Report[], placements?: Placement[]): Promise<IngestResult> {
    return this.db.tx((c) => saveIngestItem(this.db, c, { doc, reports, placements }));
  }

  /** Several ingests in one transaction (dataset import batches), as the SQLite store offers. */
  saveIngestMany(items: IngestItem[]): Promise<IngestResult[]> {
    return this.db.tx(async (c) => {
      const out: IngestResult[] = [];
      for (const item of items) out.push(await saveIngestItem(this.db, c, item));
      return out;
    });
  }

  getEvent(id: string): Promise<SitrepEvent | null> {
    return getEvent(this.db, this.db.pool, id);
  }

  listEvents(q: EventQuery) {
    return listEvents(this.db, q);
  }

  countEvents(q: EventQuery) {
    return countEvents(this.db, q);
  }

  streamEvents(q: EventQuery): AsyncIterable<SitrepEvent> {
    return streamEvents(this.db, q);
  }

  aggregate(q: EventQuery, by: AggregateBy) {
    return aggregate(this.db, q, by);
  }

  mapPoints(q: EventQuery, limit: number) {
    return mapPoints(this.db, q, limit);
  }

  async getReports(eventId: string): Promise<Report[]> {
    return (await loadReports(this.db, this.db.pool, eventId)).map((r) => r.report);
  }

  findCandidates(q: CandidateQuery) {
    return findCandidates(this.db, q);
  }

  findCandidatesMany(qs: CandidateQuery[]) {
    return findCandidatesMany(this.db, qs);
  }

  candidateEvents(ids: string[]) {
    return candidateEvents(this.db, ids);
  }

  eventReportRules(eventIds: string[]) {
    return eventReportRules(this.db, eventIds);
  }

  updateEvent(...args: Parameters<Store['updateEvent']>) {
    return updateEvent(this.db, ...args);
  }

  moveReports(...args: Parameters<Store['moveReports']>) {
    return moveReports(this.db, ...args);
  }

  auditLog(eventId: string) {
    return auditLog(this.db, eventId);
  }

  listProposals(...args: Parameters<Store['listProposals']>) {
    return listProposals(this.db, ...args);
  }

  decideProposal(...args: Parameters<Store['decideProposal']>) {
    return decideProposal(this.db, ...args);
  }
}

/** Opens (does not migrate: openStore and `sitrep migrate` call migrate()) a PostgreSQL store. */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const store = new PostgresStore(url);
  // Fail here with a clear message rather than on the first query.
  try {
    await store.db.q('SELECT 1');
  } catch (err) {
    await store.close();
    throw new Error(`cannot connect to PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//***@')}: ${(err as Error).message}`);
  }
  await store.rollupFolder.start();
  return store;
}
