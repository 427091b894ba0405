// The unit of work every runner executes, and the job id that makes it idempotent.

import { createHash } from 'node:crypto';
import type { NewDocument } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { processDocument } from '../pipeline/process.ts';
import type { JobResult } from './index.ts';

/**
 * The job id of a document: a hash of its text and identity. Submitting the same document
 * twice is one job; processDocument dedupes on the store's content hash as the last word,
 * so even a job that runs twice (a worker killed after saving) writes nothing twice.
 */
export function jobIdFor(doc: NewDocument): string {
  const h = createHash('sha256');
  for (const part of [doc.kind, doc.external_id ?? '', doc.url ?? '', doc.text]) h.update(part).update('\0');
  return h.digest('hex');
}

export async function runDocumentJob(store: Store, doc: NewDocument): Promise<JobResult> {
  const r = await processDocument(store, doc);
  return { document_id: r.document.id, created: r.created, events: r.events.length };
}

/** Delay before retry number `attempt` (1-based): 1 s, 2 s, 4 s, ... capped at 5 minutes. */
export function backoffMs(attempt: number, base = 1000): number {
  return Math.min(300_000, base * 2 ** (attempt - 1));
}
