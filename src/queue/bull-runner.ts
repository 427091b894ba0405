// The producer side of the BullMQ queue: what `sitrep serve` and the feed poller use to hand
// documents to `sitrep worker` processes, and to report job progress.

import { Queue, type Job } from 'bullmq';
import type { NewDocument } from '../core/types.ts';
import type { JobInfo, JobRunner, JobState, QueueCounts } from './index.ts';
import { connection, documentJobOptions, QUEUES } from './bull.ts';
import { jobIdFor } from './work.ts';

export class BullRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  readonly documents: Queue;
  readonly dead: Queue;

  constructor(url: string, private readonly attempts: number) {
    this.documents = new Queue(QUEUES.documents, { connection: connection(url) });
    this.dead = new Queue(QUEUES.dead, { connection: connection(url) });
  }

  async submit(doc: NewDocument): Promise<JobInfo> {
    const id = jobIdFor(doc);
    const existing = await this.documents.getJob(id);
    if (existing && (await existing.getState()) === 'failed') {
      // A document submitted again after its job died gets a fresh set of attempts.
      await existing.retry('failed', { resetAttemptsMade: true });
      await this.dead.remove(id);
    } else if (!existing) {
      // Same jobId twice is a no-op in BullMQ, so concurrent submitters cannot double-queue.
      await this.documents.add('document', { doc }, documentJobOptions(id, this.attempts));
    }
    return (await this.job(id))!;
  }

  async job(id: string): Promise<JobInfo | null> {
    // The state before the job's fields: read the other way round, a job whose last attempt failed
    // between the two reads came back 'failed' with the attempt count of the one before.
    const state = await this.documents.getJobState(id);
    if (state === 'unknown') return null;
    const job = await this.documents.getJob(id);
    return job ? describe(job, state) : null;
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.documents.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const d = await this.dead.getJobCounts('waiting');
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      dead: d.waiting ?? 0,
    };
  }

  async wait(id: string): Promise<JobInfo> {
    // Polling keeps this free of a QueueEvents stream; job latency is seconds, not microseconds.
    for (;;) {
      const info = await this.job(id);
      if (!info) throw new Error(`unknown job ${id}`);
      if (info.state === 'completed' || info.state === 'failed') return info;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.documents.close(), this.dead.close()]);
  }
}

export function describe(job: Job, state: string): JobInfo {
  return {
    id: job.id!,
    state: (['waiting', 'active', 'delayed', 'completed', 'failed'].includes(state) ? state : state === 'prioritized' ? 'waiting' : 'unknown') as JobState,
    attempts: job.attemptsMade,
    error: job.failedReason || null,
    result: job.returnvalue ?? null,
    title: job.data?.doc?.title ?? null,
  };
}
