// The placement thread (place-helper.ts): ranks the reports it is sent against its own read
// connection to the SQLite file it was started for, and sends the ranked lists back; checkpoints
// the WAL when asked.

import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import { SqliteStore } from '../store/sqlite/index.ts';
import { rankBatch } from './place.ts';

const store = new SqliteStore((workerData as { path: string }).path);

parentPort!.on('message', async ({ id, reports, checkpoint }: { id: number; reports: Report[]; checkpoint?: boolean }) => {
  // The importing thread's WAL copied back into the database file (place-helper.ts afterSave).
  if (checkpoint) return void store.db.pragma('wal_checkpoint(PASSIVE)');
  try {
    parentPort!.postMessage({ id, ranked: await rankBatch(store, reports) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
