// A second thread for placement: ranks import rows (place.ts rankBatch) over its own read
// connection to the same SQLite file. It ranks the next batch while this thread saves one
// (datasets/import.ts saveBatches, which then ranks again the rows the save could have changed:
// merge/ahead.ts), or half of a batch while this thread ranks the other half (nothing is written
// meanwhile). Either way the placements are the ones one thread would make. Only for a SQLite
// file: an in-memory database cannot be shared, and PostgreSQL already answers a batch's queries
// on its own server processes.

import { statSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import type { DB } from '../store/sqlite/db.ts';
import type { Store } from '../store/store.ts';
import type { RankedList, RankHelper } from './place.ts';
import { SpareCores } from './spare-cores.ts';

/** WAL size from which afterSave checkpoints, and bytes of frames in the WAL from which the next save waits to start it over. */
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
 * other processes leave a core and a half idle (spare-cores.ts: one for this thread, most of one
 * for the helper): on busy cores two threads rank no faster and cost the hand-over (measured at
 * load 8 on 2 cores: placement 20 s alone, 30 s split). `always`: regardless of load (tests);
 * `checkpointAt`: the WAL size from which saves are checkpointed (tests). SITREP_PLACE_THREADS
 * set to 1 means no helper, 2 a helper whatever the load.
 */
export function placeHelper(store: Store, opts: { always?: boolean; checkpointAt?: number } = {}): PlaceHelper | null {
  const { path, db } = store as Store & { path?: string; db?: DB };
  if (store.kind !== 'sqlite' || !path || !db || path === ':memory:' || process.env.SITREP_PLACE_THREADS === '1') return null;
  // The writer only appends to the WAL while the helper lives: copying the pages back into the
  // database file (a checkpoint) is done on a thread of its own (one more place-worker.ts, which
  // mostly waits for its fsync), after every batch once the WAL file has reached CHECKPOINT_AT
  // bytes (a page rewritten by several batches until then is copied back once). SQLite starts the
  // WAL over only when a writer begins while every frame is copied; the writer here went on to its
  // next save while a copy ran, so the file grew by every batch's frames (~5 GB over the merge
  // bench), and each frame written past its end cost the writer the kernel's block allocation and
  // a fresh cache page. So once the WAL holds CHECKPOINT_AT bytes of frames, the next save waits
  // for the copies asked so far (beforeSave; the next batch's placement has run meanwhile) and
  // starts the WAL over; the file stays near CHECKPOINT_AT plus a batch. Not RESTART on the copying
  // thread: that holds the writer out while it waits for every reader, and a long read elsewhere
  // (an export) would stall each save for the busy timeout. Each start-over costs the save that
  // waits for it the last copy and its fsyncs, so it comes once per GiB. Merge bench, 100,000 rows
  // into 1,000,000 events, helper forced on, high priority at load 6-8, pairs of runs: 60.4 / 59.5 s
  // (the import thread's CPU 54.4 / 53.7 s) before, 55.4 / 47.9 s (45.7 / 38.6 s) with a start-over
  // per GiB, 57.0 / 53.5 s (43.2 / 43.3 s) per 256 MiB. Earlier, checkpoints queued on the
  // ranking thread (where each one's fsync, ~0.45 s, held up the next ranking): 71.6 and 76.5 s
  // against 65.6 and 68.5 s idle; checkpointing on the importing thread 75.8 s; with a slower
  // save, every batch from the start 73 s, every GiB of growth 80 s.
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  let next = 0;
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
    const w = placeWorker(path, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
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
  /** The checkpoint thread, the copies asked of it and not yet made, and who waits for them all. */
  let checkpointer: Worker | null = null;
  let pending = 0;
  let drained: Array<() => void> = [];
  /** Bytes of frames in the WAL at the last copy (what the writer appended since it last started over). */
  let framed = 0;
  const copied = (m?: { walBytes?: number }) => {
    if (m?.walBytes !== undefined) framed = m.walBytes;
    if (--pending > 0) return;
    checkpointer?.unref();
    for (const done of drained.splice(0)) done();
  };
  const allCopied = () => (pending > 0 ? new Promise<void>((done) => drained.push(done)) : Promise.resolve());
  const checkpoint = () => {
    try {
      if (!checkpointer) {
        const w = (checkpointer = placeWorker(path, {}));
        w.on('message', (m: { walBytes?: number }) => copied(m));
        // A thread that cannot copy leaves it to close(), which copies everything left.
        w.on('error', () => {
          checkpointer = null;
          while (pending > 0) copied();
        });
      }
      pending++;
      checkpointer.ref();
      checkpointer.postMessage({ checkpoint: true });
    } catch {
      db.pragma('wal_checkpoint(PASSIVE)');
    }
  };
  const spare = new SpareCores();
  return {
    worthIt: () => opts.always === true || process.env.SITREP_PLACE_THREADS === '2' || spare.now() >= 1.5,
    rank(reports: Report[]) {
      // Started inside the promise: a thread that cannot start rejects, and the caller ranks here.
      return new Promise<RankedList[]>((resolve, reject) => {
        const w = started();
        const id = next++;
        waiting.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, reports, at: performance.timeOrigin + performance.now() });
      });
    },
    lastRankMs: () => lastTook,
    afterSave() {
      if (walBytes(path) >= (opts.checkpointAt ?? CHECKPOINT_AT)) checkpoint();
    },
    beforeSave() {
      // A save that begins once every frame is copied starts the WAL over (SQLite does so when a
      // writer finds it wholly copied): waited for once the WAL holds CHECKPOINT_AT of frames.
      return framed >= (opts.checkpointAt ?? CHECKPOINT_AT) ? allCopied().then(() => void (framed = 0)) : null;
    },
    async close() {
      await worker?.terminate();
      await allCopied();
      await checkpointer?.terminate();
      if (!db.open) return;
      db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      db.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}

/** A place-worker.ts thread on the SQLite file at `path`, running TypeScript like this one (tsx registered before the module loads). */
function placeWorker(path: string, resourceLimits: ResourceLimits): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./place-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    workerData: { path },
    resourceLimits,
  });
}
