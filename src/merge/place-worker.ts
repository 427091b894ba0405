// The placement thread (place-helper.ts): ranks the reports it is sent against its own read
// connection to the SQLite file it was started for, and sends the ranked lists back; checkpoints
// the WAL when asked.

import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { rankBatch } from './place.ts';
import type { Copied } from './wal-copier.ts';

const store = new SqliteStore((workerData as { path: string }).path);
const pageSize = store.db.pragma('page_size', { simple: true }) as number;

/**
 * This thread yields the CPU to the importing thread, whose save is the import's critical path:
 * with three busy threads on two cores the save waited for a core. Linux gives a thread its own
 * nice value (setpriority on its thread id); elsewhere nothing changes. Merge bench, 100,000 rows
 * into 1,000,000 events, alternating runs: 49.0 and 45.6 s against 51.8 and 48.1 s without.
 */
try {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
  // Ten below whatever the process runs at (nice values are absolute).
  setPriority(thread, Math.min(19, getPriority(thread) + 10));
} catch {
  // Not Linux, or not allowed: the thread keeps the process's priority.
}

/** Now, in ms since the epoch: comparable between threads (each has its own timeOrigin). */
const clock = () => performance.timeOrigin + performance.now();

parentPort!.on('message', async ({ id, reports, checkpoint, at }: { id: number; reports: Report[]; checkpoint?: boolean; at: number }) => {
  // The importing thread's WAL copied back into the database file (wal-copier.ts): how many
  // bytes of frames it holds, and whether a reader cut the copy short, tell the writer when to
  // let it start over.
  if (checkpoint) {
    const [done] = store.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    const copied: Copied = { walBytes: Math.max(0, done?.log ?? 0) * pageSize, whole: done !== undefined && done.log >= 0 && done.checkpointed === done.log };
    return void parentPort!.postMessage(copied);
  }
  try {
    const ranked = await rankBatch(store, reports);
    // How long the ranking took from being handed over (time waiting in this thread's queue included).
    parentPort!.postMessage({ id, ranked, took: clock() - at });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
