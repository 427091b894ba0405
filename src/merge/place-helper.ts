// A second thread for placement: ranks import rows (place.ts rankBatch) over its own read
// connection to the same SQLite file. It ranks the next batch while this thread saves one
// (datasets/import.ts saveBatches, which then ranks again the rows the save could have changed:
// merge/ahead.ts), or half of a batch while this thread ranks the other half (nothing is written
// meanwhile). Either way the placements are the ones one thread would make. Only for a SQLite
// file: an in-memory database cannot be shared, and PostgreSQL already answers a batch's queries
// on its own server processes.

import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import type { DB } from '../store/sqlite/db.ts';
import type { Store } from '../store/store.ts';
import type { RankedList, RankHelper } from './place.ts';

/** WAL size from which afterSave checkpoints. */
const CHECKPOINT_AT = 2 ** 30;

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * The thread's young generation (three semi-spaces of 64 MB; V8's default semi-space is 16 MB).
 * Ranking allocates ~60 KB per row that dies within a chunk of rows (place.ts rankBatch); with
 * the default, each collection found a chunk still live and copied it: scavenges took ~250 ms
 * instead of ~600-860 ms per 10,000 rows ranked (--trace-gc, rank-only harness at load 7).
 */
const YOUNG_GENERATION_MB = 192;

export interface PlaceHelper extends RankHelper {
  close(): Promise<void>;
}

/**
 * A helper thread for `store`, or null when it cannot have one. It takes work only while the
 * machine has a core to spare (1-minute load below cores - 0.5, this thread included, the
 * helper's own thread not counted once it runs): on busy cores two threads rank no faster and
 * cost the hand-over (measured at load 8 on 2 cores: placement 20 s alone, 30 s split). `always`: regardless of load (tests). SITREP_PLACE_THREADS
 * set to 1 means no helper, 2 a helper whatever the load.
 */
export function placeHelper(store: Store, opts: { always?: boolean } = {}): PlaceHelper | null {
  const { path, db } = store as Store & { path?: string; db?: DB };
  if (store.kind !== 'sqlite' || !path || !db || path === ':memory:' || process.env.SITREP_PLACE_THREADS === '1') return null;
  // The writer only appends to the WAL while the helper lives: copying the pages back into the
  // database file (a checkpoint) is done by the helper's thread when it runs, else here
  // (afterSave), once the WAL file has reached CHECKPOINT_AT bytes: a page rewritten by several
  // batches until then is copied back once. The file keeps that size afterwards (the writer goes
  // on appending while the helper copies, so it rarely starts over), so from then on every batch
  // is checkpointed. Merge bench, 100,000 rows into 1,000,000 events, idle: 65.7, 67.8 and 74.4 s
  // (109 KiB written per row) against 73.4 s (114 KiB) checkpointing every batch from the start;
  // checkpointing every GiB of growth (80 s), on this thread (72 s) or on a thread of its own
  // (88 s) took longer.
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  let next = 0;
  /** A checkpoint is due: it is queued behind the next ranking, or sent at the next save when none came. */
  let due = false;
  /** Milliseconds the last ranking took on the thread, from hand-over to answer. */
  let lastTook: number | null = null;
  const waiting = new Map<number, { resolve: (r: RankedList[]) => void; reject: (e: Error) => void }>();
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  let worker: Worker | null = null;
  /** Started on first use: an import on busy cores never pays for it. */
  const started = (): Worker => {
    if (worker) return worker;
    // The worker runs TypeScript like this thread: tsx is registered in it before the module loads.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./place-worker.ts', import.meta.url).href;
    const w = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: { path },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    w.on('message', (m: { id: number; ranked?: RankedList[]; error?: string; took?: number }) => {
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.took !== undefined) lastTook = m.took;
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.ranked!);
      if (!waiting.size) w.unref();
    });
    w.on('error', failAll);
    w.on('exit', () => {
      failAll(new Error('placement thread exited'));
      worker = null;
    });
    return (worker = w);
  };
  const cores = cpus().length;
  return {
    // Once the helper runs, one unit of the load is its own thread: it does not count against it.
    worthIt: () => opts.always === true || process.env.SITREP_PLACE_THREADS === '2' || loadavg()[0] < cores - 0.5 + (worker ? 1 : 0),
    rank(reports: Report[]) {
      // Started inside the promise: a thread that cannot start rejects, and the caller ranks here.
      return new Promise<RankedList[]>((resolve, reject) => {
        const w = started();
        const id = next++;
        waiting.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, reports, at: performance.timeOrigin + performance.now() });
        // Behind the ranking: the importing thread waits for the ranking after its save, never for the checkpoint.
        if (due) w.postMessage({ checkpoint: true });
        due = false;
      });
    },
    lastRankMs: () => lastTook,
    afterSave() {
      if (due) worker?.postMessage({ checkpoint: true });
      due = walBytes(path) >= CHECKPOINT_AT;
      if (due && !worker) {
        db.pragma('wal_checkpoint(PASSIVE)');
        due = false;
      }
    },
    async close() {
      await worker?.terminate();
      if (!db.open) return;
      db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      db.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}
