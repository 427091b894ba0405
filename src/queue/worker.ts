// A queue consumer: runs document jobs (and feed polls, see feeds/schedule.ts) from Redis.
// Crash safety is BullMQ's: a job whose worker dies (SIGKILL, power loss) loses its lock and
// is moved back to waiting by the stalled-job check, then another worker runs it again; the
// content-hash dedupe in processDocument and the store's unique keys make the re-run harmless.

import { hostname } from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import type { GazetteerSource } from '../pipeline/process.ts';
import type { Store } from '../store/store.ts';
import { connection, QUEUES } from './bull.ts';
import { runDocumentJob } from './work.ts';

export interface WorkerOptions {
  store: Store;
  queue: string;
  concurrency?: number;
  /** How long a job's lock lives without renewal; also how soon a dead worker's job is retried. */
  lockMs?: number;
  /** Extra job handlers by queue name (the feed poller registers one). */
  handlers?: Record<string, (job: Job) => Promise<unknown>>;
  log?: (line: string) => void;
  /** Default: the bundled gazetteer. */
  gazetteer?: GazetteerSource;
}

export interface RunningWorker {
  close(): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? (() => {});
  const lockDuration = opts.lockMs ?? Number(process.env.SITREP_LOCK_MS ?? 30_000);
  const common = {
    // Recorded on each job (processedBy): which worker finished it.
    name: `${hostname()}:${process.pid}`,
    connection: connection(opts.queue),
    concurrency: opts.concurrency ?? 1,
    lockDuration,
    stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
    // A job that stalls repeatedly (it crashes its worker every time) ends up failed, not looping.
    maxStalledCount: 3,
  };
  const dead = new Queue(QUEUES.dead, { connection: connection(opts.queue) });
  const handlers: Record<string, (job: Job) => Promise<unknown>> = {
    [QUEUES.documents]: (job) => runDocumentJob(opts.store, job.data.doc, opts.gazetteer),
    ...opts.handlers,
  };
  const workers = Object.entries(handlers).map(([name, fn]) => {
    const w = new Worker(name, fn, common);
    w.on('completed', (job) => log(`${name} ${job.id} done ${JSON.stringify(job.returnvalue)}`));
    w.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      log(`${name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', giving up' : ''}): ${err.message}`);
      if (final) {
        void dead
          .add('dead', { queue: name, job_id: job.id, data: job.data, error: err.message, attempts: job.attemptsMade, failed_at: new Date().toISOString() }, { jobId: job.id })
          .catch((e) => log(`dead-letter write failed: ${(e as Error).message}`));
      }
    });
    w.on('error', (err) => log(`${name} worker error: ${err.message}`));
    return w;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await dead.close();
    },
  };
}
