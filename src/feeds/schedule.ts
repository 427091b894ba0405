// When watches are polled. Embedded mode: a timer in this process polls every due watch
// (`sitrep watch run`). Queue mode: one BullMQ job scheduler per watch repeats a poll job that
// any `sitrep worker` picks up; the poll hands new articles to the document queue.

import { Queue, type Job } from 'bullmq';
import type { NewDocument } from '../core/types.ts';
import { defaultAttempts, type JobRunner } from '../queue/index.ts';
import { connection, QUEUES } from '../queue/bull.ts';
import type { Store, Watch, WatchStore } from '../store/store.ts';
import { Politeness } from './fetch.ts';
import { pollWatch, type PollOutcome } from './poll.ts';

/** The store's watches; SQLite stores not yet exposing them get them from their database. */
export async function watchesOf(store: Store): Promise<WatchStore> {
  if (store.watches) return store.watches;
  if (store.kind === 'sqlite' && 'db' in store) {
    const { SqliteWatches } = await import('../store/sqlite/watches.ts');
    return new SqliteWatches((store as unknown as { db: ConstructorParameters<typeof SqliteWatches>[0] }).db);
  }
  throw new Error(`this ${store.kind} store does not support watches`);
}

export function isDue(w: Watch, now = Date.now()): boolean {
  return !w.last_checked || now - Date.parse(w.last_checked) >= w.every_seconds * 1000;
}

export interface LoopOptions {
  store: Store;
  runner: JobRunner;
  /** Stop after one pass over every watch (due or not). */
  once?: boolean;
  tickMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface LoopResult {
  polls: Array<{ watch: Watch; outcome: PollOutcome }>;
  /** Ids of the jobs the polls submitted (wait on them with the runner). */
  jobs: string[];
}

/** Embedded mode: polls due watches until aborted (or one pass with `once`). */
export async function runWatchLoop(opts: LoopOptions): Promise<LoopResult> {
  const watches = await watchesOf(opts.store);
  const polite = new Politeness();
  const log = opts.log ?? (() => {});
  const out: LoopResult = { polls: [], jobs: [] };
  const submit = async (doc: NewDocument) => {
    const job = await opts.runner.submit(doc);
    out.jobs.push(job.id);
    return job;
  };
  while (!opts.signal?.aborted) {
    const due = (await watches.list()).filter((w) => opts.once || isDue(w));
    // Different hosts in parallel; the politeness gate serialises requests to one host.
    await Promise.all(
      due.map(async (watch) => {
        const outcome = await pollWatch(watch, { watches, submit, polite, log });
        log(`watch ${watch.id} ${watch.url}: ${outcome.message}`);
        out.polls.push({ watch, outcome });
      }),
    );
    if (opts.once) break;
    await sleep(opts.tickMs ?? 5000, opts.signal);
  }
  return out;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}

/** Queue mode: makes the repeatable poll jobs match the stored watches (adds, updates, removes). */
export async function syncFeedSchedules(store: Store, queueUrl: string): Promise<number> {
  const watches = await (await watchesOf(store)).list();
  const queue = new Queue(QUEUES.feeds, { connection: connection(queueUrl) });
  try {
    const wanted = new Set(watches.map((w) => w.id));
    for (const s of await queue.getJobSchedulers()) if (s.key && !wanted.has(s.key)) await queue.removeJobScheduler(s.key);
    for (const w of watches) {
      await queue.upsertJobScheduler(w.id, { every: w.every_seconds * 1000 }, { name: 'poll', data: { watch_id: w.id } });
    }
    return watches.length;
  } finally {
    await queue.close();
  }
}

/** The worker's handler for poll jobs: new articles go to the document queue. */
export function feedJobHandlers(store: Store, queueUrl: string): Record<string, (job: Job) => Promise<unknown>> {
  return {
    [QUEUES.feeds]: async (job) => {
      const watches = await watchesOf(store);
      const watch = await watches.get(job.data.watch_id);
      if (!watch) return { skipped: 'watch removed' };
      // A producer per poll (polls are minutes apart): nothing left connected between them.
      const { BullRunner } = await import('../queue/bull-runner.ts');
      const runner = new BullRunner(queueUrl, defaultAttempts());
      // Workers on other processes and machines poll the same sites: the gap per host is shared.
      const { SharedPoliteness } = await import('./shared-politeness.ts');
      const polite = new SharedPoliteness(queueUrl);
      try {
        return await pollWatch(watch, { watches, submit: (d) => runner.submit(d), polite });
      } finally {
        await Promise.all([runner.close(), polite.close()]);
      }
    },
  };
}
