// BullMQ plumbing shared by the producer (BullRunner), the workers and the feed scheduler:
// queue names, the Redis connection options and the default job options.

import type { ConnectionOptions, JobsOptions } from 'bullmq';

export const QUEUES = {
  /** One job per document: processDocument. */
  documents: 'sitrep-documents',
  /** Jobs that failed all their attempts, with the error (nobody consumes this queue). */
  dead: 'sitrep-dead',
  /** Repeatable feed polls, one scheduler per watch. */
  feeds: 'sitrep-feeds',
} as const;

export function connection(url: string): ConnectionOptions {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`queue URL must start with redis:// (got ${url})`);
  // Workers block on Redis: ioredis must retry forever rather than fail a command.
  return { url, maxRetriesPerRequest: null };
}

export function documentJobOptions(id: string, attempts: number): JobsOptions {
  return {
    jobId: id,
    attempts,
    backoff: { type: 'exponential', delay: Number(process.env.SITREP_JOB_BACKOFF_MS ?? 1000) },
    // Completed jobs are kept a while so that re-submitting the same document is a no-op
    // and the API can show the result; failed ones are kept for inspection.
    removeOnComplete: { age: 7 * 86400, count: 100_000 },
    removeOnFail: { age: 30 * 86400, count: 100_000 },
  };
}
