// A second thread for placement: ranks import rows (place.ts rankBatch) over its own read
// connection to the same SQLite file. It ranks the next batch while this thread saves one
// (datasets/import.ts saveBatches, which then ranks again the rows the save could have changed:
// merge/ahead.ts), or half of a batch while this thread ranks the other half (nothing is written
// meanwhile). Either way the placements are the ones one thread would make. Only for a SQLite
// file: an in-memory database cannot be shared, and PostgreSQL already answers a batch's queries
// on its own server processes.

import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Report } from '../core/types.ts';
import type { DB } from '../store/sqlite/db.ts';
import type { Store } from '../store/store.ts';
import type { RankedList, RankHelper } from './place.ts';
import { SpareCores } from './spare-cores.ts';
import { WalCopier } from './wal-copier.ts';

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
  // The writer only appends to the WAL while the helper lives: WalCopier copies it back on a
  // thread of its own and has a save start it over now and then (wal-copier.ts says why).
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
  const copier = new WalCopier(path, db, () => placeWorker(path, {}), opts.checkpointAt);
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
    afterSave: () => copier.afterSave(),
    beforeSave: () => copier.beforeSave(),
    async close() {
      await worker?.terminate();
      await copier.close();
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
