// Bench section "merge": imports M synthetic dataset rows into a store already holding N events,
// through the import's own path (saveBatches: placement, then saveIngestMany, IMPORT_BATCH rows per transaction). A third of
// the rows are perturbed copies of stored events (the same incident told again: date ±1 day,
// point moved ~2 km, toll changed), the rest are new incidents. Target: 100k into 1M in < 60 s.

import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyStats, IMPORT_BATCH } from '../src/datasets/import.ts';
import { saveBatches, type Batch } from '../src/datasets/save-batches.ts';
import { placeHelper } from '../src/merge/place-helper.ts';
import { openStore } from '../src/store/index.ts';
import type { Store } from '../src/store/store.ts';
import { asRow, importedRows, storedCopies } from './merge-rows.ts';
import { fillStore } from './synthetic.ts';

export interface MergeRun {
  rows: number;
  total_ms: number;
  place_ms: number;
  /** CPU seconds of placement (candidate search and scoring), the rest being saving. */
  place_cpu_ms: number;
  counts: { attach: number; propose: number; new: number };
  copies: number;
  copies_found: number;
  copies_proposed: number;
  wrong_attach: number;
  failed: number;
  /** Rows ranked on the placement thread while the batch before them was saved, and of those ranked again after the save. */
  ranked_ahead: number;
  ranked_again: number;
  /** CPU seconds of this process (user + system) over the timed part: what the load cannot inflate. */
  cpu_ms: number;
  /** CPU of the import thread alone (saving, claiming, ranking again), untimed parts left out; null off Linux. */
  import_thread_cpu_ms: number | null;
  /** Of which in the kernel (writing and reading the files, page faults); null off Linux. */
  import_thread_system_ms: number | null;
  /** Bytes this process handed to write() over the run (WAL frames and checkpoints), per row; null off Linux. */
  written_kib_per_row: number | null;
  /** Bytes this process read() over the run (WAL frames and pages past the mapped part of the file), per row; null off Linux. */
  read_kib_per_row: number | null;
}

/** CPU milliseconds of the calling thread so far, in all and in the kernel (Linux /proc/thread-self/stat, 10 ms ticks); zeros off Linux. */
function threadCpuMs(): { all: number; system: number } {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat; fields[0] here is field 3.
    const [user, system] = [Number(fields[11]) * 10, Number(fields[12]) * 10];
    return { all: user + system, system };
  } catch {
    return { all: 0, system: 0 };
  }
}

const onLinux = process.platform === 'linux';

/** Bytes this process has handed to write() (wchar) or taken from read() (rchar) so far (Linux /proc/self/io), or null. */
function ioBytes(counter: 'wchar' | 'rchar'): number | null {
  try {
    return Number(new RegExp(`^${counter}: (\\d+)$`, 'm').exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

/**
 * Imports `imported` rows into a store holding the `stored` synthetic events (seed 1), through
 * saveBatches, the import's own path. Checking placements against the known copies is bench
 * bookkeeping, as is making the synthetic rows: their time is left out of total_ms and cpu_ms.
 */
export async function importInto(store: Store, stored: number, imported: number, batchSize = IMPORT_BATCH): Promise<MergeRun> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const w0 = ioBytes('wchar');
  const r0 = ioBytes('rchar');
  const t0thread = threadCpuMs();
  let untimedThread = 0;
  let untimedSystem = 0;
  let placeMs = 0;
  let placeCpu = 0;
  /** Bench bookkeeping (making rows, checking placements), taken out of the timed totals. */
  let untimedMs = 0;
  let untimedCpu = 0;
  const untimed = async <T>(work: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const c = process.cpuUsage();
    const m = threadCpuMs();
    try {
      return await work();
    } finally {
      const now = threadCpuMs();
      untimedThread += now.all - m.all;
      untimedSystem += now.system - m.system;
      const used = process.cpuUsage(c);
      untimedCpu += (used.user + used.system) / 1000;
      untimedMs += performance.now() - t;
    }
  };
  const stats = emptyStats();
  // As the import does: the next batch ranked on a second thread while one is saved, when a core
  // is idle (SITREP_PLACE_THREADS=1: never, 2: always).
  const helper = placeHelper(store);
  const run: MergeRun = { rows: 0, total_ms: 0, cpu_ms: 0, place_ms: 0, place_cpu_ms: 0, counts: { attach: 0, propose: 0, new: 0 }, copies: 0, copies_found: 0, copies_proposed: 0, wrong_attach: 0, failed: 0, ranked_ahead: 0, ranked_again: 0, written_kib_per_row: null, read_kib_per_row: null, import_thread_cpu_ms: null, import_thread_system_ms: null };
  // Making the synthetic rows is bench work too: untimed.
  const source = importedRows(await untimed(() => storedCopies(stored, imported)), imported);
  const copyOf = new Map<string, string | null>();
  async function* batches(): AsyncGenerator<Batch> {
    for (;;) {
      const batch = await untimed(() => {
        const out: Batch = [];
        for (let next = source.next(); !next.done; next = source.next()) {
          const row = asRow(next.value.report, run.rows++);
          copyOf.set(row.report.id, next.value.copyOf);
          if (out.push(row) >= batchSize) break;
        }
        return out;
      });
      if (!batch.length) return;
      if (run.rows <= batchSize) turn = { t: performance.now(), c: process.cpuUsage() };
      yield batch;
    }
  }
  /** When this thread started placing the current batch (after the previous one was saved). */
  let turn = { t: 0, c: process.cpuUsage() };
  await saveBatches(store, batches(), stats, {
    helper,
    onAhead: (rows, again) => {
      run.ranked_ahead += rows;
      run.ranked_again += again;
    },
    onPlaced: () => {
      placeMs += performance.now() - turn.t;
      const used = process.cpuUsage(turn.c);
      placeCpu += (used.user + used.system) / 1000;
    },
    onSaved: (batch, placements) =>
      untimed(async () => {
        for (const [i, p] of placements.entries()) {
          run.counts[p.kind]++;
          const copy = copyOf.get(batch[i]!.report.id) ?? null;
          if (copy) run.copies++;
          if (p.kind === 'new') continue;
          // A right placement lands on the event whose notes the copy was made from (the stored
          // event's own report is its first).
          const first = (await store.getReports(p.event_id))[0];
          const right = copy !== null && first?.notes === copy;
          if (p.kind === 'propose') run.copies_proposed += right ? 1 : 0;
          else if (right) run.copies_found++;
          else run.wrong_attach++;
        }
        for (const r of batch) copyOf.delete(r.report.id);
      }).then(() => void (turn = { t: performance.now(), c: process.cpuUsage() })),
  });
  await helper?.close();
  run.total_ms = performance.now() - t0 - untimedMs;
  const cpu = process.cpuUsage(c0);
  run.cpu_ms = (cpu.user + cpu.system) / 1000 - untimedCpu;
  run.place_ms = placeMs;
  run.place_cpu_ms = placeCpu;
  run.failed = stats.failed.length;
  if (onLinux) {
    const t1thread = threadCpuMs();
    run.import_thread_cpu_ms = t1thread.all - t0thread.all - untimedThread;
    run.import_thread_system_ms = t1thread.system - t0thread.system - untimedSystem;
  }
  const perRow = (a: number | null, b: number | null) => (a !== null && b !== null && run.rows ? +((b - a) / 1024 / run.rows).toFixed(1) : null);
  run.written_kib_per_row = perRow(w0, ioBytes('wchar'));
  run.read_kib_per_row = perRow(r0, ioBytes('rchar'));
  return run;
}

const CACHE = join(tmpdir(), 'sitrep-bench-cache');
/** Bump when a change alters what the write path stores for the same synthetic events. */
const FILL_VERSION = 1;

/**
 * A copy of a store holding `stored` synthetic events (seed 1), for this run to import into. The
 * filled store is cached by size and generator (filling 1M takes far longer than the timed
 * import); opening the copy applies any newer migration, as for the api bench's cache.
 */
async function filledCopy(stored: number, dir: string): Promise<{ path: string; fill_s: number | string }> {
  mkdirSync(CACHE, { recursive: true });
  const key = createHash('sha256').update(`merge:${stored}:1:${FILL_VERSION}`).update(readFileSync(fileURLToPath(new URL('./synthetic.ts', import.meta.url)))).digest('hex').slice(0, 16);
  const cached = join(CACHE, `merge-${stored}-${key}.db`);
  let fill_s: number | string = 'cached';
  if (!existsSync(cached)) {
    for (const f of readdirSync(CACHE).filter((f) => f.startsWith(`merge-${stored}-`))) rmSync(join(CACHE, f), { force: true });
    const tmp = `${cached}.${process.pid}.filling`;
    const store = await openStore(tmp);
    fill_s = +((await fillStore(store, stored, { seed: 1 })).ms / 1000).toFixed(1);
    await store.close();
    renameSync(tmp, cached);
  }
  // Newer migrations go into the cached store once, not into every copy (a new index on 1M
  // events takes minutes).
  await (await openStore(cached)).close();
  const path = join(dir, 'merge.db');
  copyFileSync(cached, path);
  // A fresh 4 GB copy is 4 GB of dirty page cache; written back during the timed import it would
  // throttle the import's own writes, which a store in use never meets. Flushed here, untimed.
  const fd = openSync(path, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  return { path, fill_s };
}

/**
 * Sizes: 100,000 rows into 1,000,000 events; --quick 10,000 into 100,000. SITREP_MERGE_STORED and
 * SITREP_MERGE_IMPORTED override them for iterating on one part (e.g. 10,000 rows into 1,000,000),
 * SITREP_MERGE_BATCH the rows per transaction (default: the import's).
 */
export async function run(opts: { quick: boolean }) {
  const stored = Number(process.env.SITREP_MERGE_STORED) || (opts.quick ? 100_000 : 1_000_000);
  const imported = Number(process.env.SITREP_MERGE_IMPORTED) || (opts.quick ? 10_000 : 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-merge-'));
  const fill = await filledCopy(stored, dir);
  const store = await openStore(fill.path);
  try {
    await store.migrate();
    const batch = Number(process.env.SITREP_MERGE_BATCH) || IMPORT_BATCH;
    const r = await importInto(store, stored, imported, batch);
    const rows = [
      { metric: 'stored events', value: stored },
      { metric: 'fill time (s)', value: fill.fill_s },
      { metric: 'imported rows', value: r.rows },
      { metric: 'rows per transaction', value: batch },
      { metric: 'merge+save time (s)', value: +(r.total_ms / 1000).toFixed(1) },
      { metric: 'placing on the import thread (s)', value: +(r.place_ms / 1000).toFixed(1) },
      { metric: 'CPU time (s)', value: +(r.cpu_ms / 1000).toFixed(1) },
      { metric: 'placing on the import thread (CPU s)', value: +(r.place_cpu_ms / 1000).toFixed(1) },
      { metric: 'CPU of the import thread (s)', value: r.import_thread_cpu_ms === null ? 'n/a' : +(r.import_thread_cpu_ms / 1000).toFixed(1) },
      { metric: 'of which in the kernel (s)', value: r.import_thread_system_ms === null ? 'n/a' : +(r.import_thread_system_ms / 1000).toFixed(1) },
      { metric: 'rows per second', value: Math.round(r.rows / (r.total_ms / 1000)) },
      { metric: 'written per row (KiB: WAL + checkpoints)', value: r.written_kib_per_row ?? 'n/a' },
      { metric: 'read per row (KiB: WAL + unmapped pages)', value: r.read_kib_per_row ?? 'n/a' },
      { metric: 'ranked during a save / again after it', value: `${r.ranked_ahead} / ${r.ranked_again}` },
      { metric: 'target (full run)', value: '< 60 s' },
      { metric: 'attached / proposed / new', value: `${r.counts.attach} / ${r.counts.propose} / ${r.counts.new}` },
      { metric: 'copies attached to their event', value: `${r.copies_found}/${r.copies}` },
      { metric: 'copies proposed for their event', value: `${r.copies_proposed}/${r.copies}` },
      { metric: 'wrong attaches', value: r.wrong_attach },
      { metric: 'failed rows', value: r.failed },
    ];
    return { name: 'merge', rows, json: { stored, imported: r.rows, fill_s: fill.fill_s, batch, ...r } };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
