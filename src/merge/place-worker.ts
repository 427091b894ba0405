// The placement thread (place-helper.ts): ranks the reports it is sent against its own read
// connection to the SQLite file it was started for, and sends the ranked lists back; checkpoints
// the WAL when asked.

import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { rankBatch } from './place.ts';

const store = new SqliteStore((workerData as { path: string }).path);

/** Now, in ms since the epoch: comparable between threads (each has its own timeOrigin). */
const clock = () => performance.timeOrigin + performance.now();

parentPort!.on('message', async ({ id, reports, checkpoint, at }: { id: number; reports: Report[]; checkpoint?: boolean; at: number }) => {
  // The importing thread's WAL copied back into the database file (place-helper.ts afterSave).
  if (checkpoint) {
    store.db.pragma('wal_checkpoint(PASSIVE)');
    return void parentPort!.postMessage({ checkpointed: true });
  }
  try {
    const ranked = await rankBatch(store, reports);
    // How long the ranking took from being handed over (time waiting in this thread's queue included).
    parentPort!.postMessage({ id, ranked, took: clock() - at });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
