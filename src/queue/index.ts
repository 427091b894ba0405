// Running the unit of work (processDocument: hash -> dedupe -> extract -> geocode -> merge ->
// save) either in-process or as BullMQ jobs on Redis. The server and the feed poller only see
// the JobRunner interface, so the same code path serves a laptop and a fleet of workers.
//
//   const runner = await createJobRunner({ store, queue: opts.queue ?? process.env.SITREP_QUEUE });
//   const job = await runner.submit(doc);          // id = the document's content hash
//   await runner.job(job.id); await runner.counts();

import type { NewDocument } from '../core/types.ts';
import type { GazetteerSource } from '../pipeline/process.ts';
import type { Store } from '../store/store.ts';

export type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';

export interface JobResult {
  document_id: string;
  /** false when the document was already stored (an idempotent re-run). */
  created: boolean;
  events: number;
}

export interface JobInfo {
  /** The document's content hash: submitting the same document twice is one job. */
  id: string;
  state: JobState;
  /** Attempts made so far (a retried job shows > 1). */
  attempts: number;
  error: string | null;
  result: JobResult | null;
  title: string | null;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs that exhausted their attempts and were moved to the dead-letter queue. */
  dead: number;
}

export interface JobRunner {
  readonly kind: 'inline' | 'bullmq';
  /** Queues a document for processing; a document already queued or done is not queued again. */
  submit(doc: NewDocument): Promise<JobInfo>;
  job(id: string): Promise<JobInfo | null>;
  counts(): Promise<QueueCounts>;
  /** Resolves once the job has completed or failed for good. */
  wait(id: string): Promise<JobInfo>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  store: Store;
  /** redis:// URL: BullMQ runner. Absent: in-process runner. */
  queue?: string | null;
  /** Attempts before dead-lettering (default 5 or SITREP_JOB_ATTEMPTS). */
  attempts?: number;
  /** Gazetteer of the in-process runner (BullMQ workers load their own). */
  gazetteer?: GazetteerSource;
}

export function defaultAttempts(): number {
  return Number(process.env.SITREP_JOB_ATTEMPTS ?? 5);
}

export async function createJobRunner(opts: RunnerOptions): Promise<JobRunner> {
  if (opts.queue) {
    const { BullRunner } = await import('./bull-runner.ts');
    return new BullRunner(opts.queue, opts.attempts ?? defaultAttempts());
  }
  const { InlineRunner } = await import('./inline-runner.ts');
  return new InlineRunner(opts.store, opts.attempts ?? defaultAttempts(), undefined, opts.gazetteer);
}
