// The unit of work every runner executes, and the job id that makes it idempotent.

import type { NewDocument } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { contentHash } from '../ingest/hash.ts';
import { processDocument } from '../pipeline/process.ts';
import type { GazetteerSource } from '../pipeline/process.ts';
import type { JobResult } from './index.ts';

/**
 * The job id of a document is its content hash: submitting the same document twice is one
 * job, and processDocument dedupes on the same hash as the last word, so even a job that runs
 * twice (a worker killed right after saving) writes nothing twice.
 */
export function jobIdFor(doc: NewDocument): string {
  return contentHash(doc);
}

export async function runDocumentJob(store: Store, doc: NewDocument, gazetteer?: GazetteerSource): Promise<JobResult> {
  const r = await processDocument(store, doc, { gazetteer });
  return { document_id: r.document.id, created: r.created, events: r.events.length };
}

/** Delay before retry number `attempt` (1-based): 1 s, 2 s, 4 s, ... capped at 5 minutes. */
export function backoffMs(attempt: number, base = 1000): number {
  return Math.min(300_000, base * 2 ** (attempt - 1));
}
