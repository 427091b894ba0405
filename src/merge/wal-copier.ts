// Copying an importing writer's WAL back into the SQLite file (a checkpoint) on a thread of its
// own, and telling the writer when to let SQLite start the WAL over (place-helper.ts owns one).
//
// While the placement helper lives the writer only appends to the WAL; a place-worker.ts thread,
// which mostly waits for its fsync, copies it back after every batch once the WAL file has
// reached CHECKPOINT_AT bytes (a page rewritten by several batches until then is copied back
// once). SQLite starts the WAL over only when a writer begins while every frame is copied; the
// writer went on to its next save while a copy ran, so the file grew by every batch's frames (~5
// GB over the merge bench), and each frame written past its end cost the writer the kernel's
// block allocation and a fresh cache page. So once a whole copy finds CHECKPOINT_AT bytes of
// frames, the next save waits for the copies asked so far (beforeSave; the next batch's placement
// has run meanwhile) and starts the WAL over; the file stays near CHECKPOINT_AT plus a batch. A
// copy a reader cut short (a snapshot older than the last batch: an export, say) cannot lead to a
// start-over, so it makes no save wait. Not RESTART on the copying thread: that holds the writer
// out while it waits for every reader, so a long read elsewhere would stall each save for the busy
// timeout. Each start-over costs the save that waits for it the last copy and its fsyncs, so it
// comes once per GiB. Merge bench, 100,000 rows into 1,000,000 events, helper forced on, high
// priority at load 6-8, pairs of runs: 60.4 / 59.5 s (the import thread's CPU 54.4 / 53.7 s)
// before, 55.4 / 47.9 s (45.7 / 38.6 s) with a start-over per GiB, 57.0 / 53.5 s (43.2 / 43.3 s)
// per 256 MiB. Earlier, checkpoints queued on the ranking thread (where each one's fsync, ~0.45 s,
// held up the next ranking): 71.6 and 76.5 s against 65.6 and 68.5 s idle; checkpointing on the
// importing thread 75.8 s; with a slower save, every batch from the start 73 s, every GiB of
// growth 80 s.

import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { DB } from '../store/sqlite/db.ts';

/** WAL file size from which every save is copied back, and bytes of frames from which the next save starts the WAL over. */
export const CHECKPOINT_AT = 2 ** 30;
/** Longest a save waits for the copies before a start-over: a thread that stopped answering costs one save this, never the import. */
const START_OVER_WAIT_MS = 10_000;
/** Longest close() waits for the copies asked: the writer then copies what is left itself. */
const CLOSE_WAIT_MS = 60_000;

/** What the copying thread answers after each copy (place-worker.ts). */
export interface Copied {
  /** Bytes of frames the WAL held. */
  walBytes: number;
  /** Every frame was copied: no reader held an older snapshot. */
  whole: boolean;
}

export class WalCopier {
  private thread: Worker | null = null;
  /** Copies asked of the thread and answered (the thread answers in order), and who waits for them all. */
  private asked = 0;
  private answered = 0;
  private waiting: Array<() => void> = [];
  /** Bytes of frames at the last whole copy; 0 once a save starts the WAL over or a copy fell short. */
  private framed = 0;
  /** Copies asked before the last start-over: their answers describe the WAL before it. */
  private before = 0;

  constructor(
    private readonly path: string,
    private readonly db: DB,
    private readonly startThread: () => Worker,
    private readonly at = CHECKPOINT_AT,
  ) {}

  /** After each saved batch: a copy, once the WAL file has reached `at` bytes. */
  afterSave(): void {
    if (walBytes(this.path) >= this.at) this.copy();
  }

  /** Right before a save: the copies to wait for when that save is to start the WAL over, or null. */
  beforeSave(): Promise<void> | null {
    if (this.framed < this.at) return null;
    this.framed = 0;
    this.before = this.asked;
    return this.allCopied(START_OVER_WAIT_MS);
  }

  async close(): Promise<void> {
    await this.allCopied(CLOSE_WAIT_MS);
    await this.thread?.terminate();
    this.thread = null;
  }

  private copy(): void {
    try {
      if (!this.thread) this.thread = this.started();
      this.asked++;
      this.thread.ref();
      this.thread.postMessage({ checkpoint: true });
    } catch {
      this.db.pragma('wal_checkpoint(PASSIVE)');
    }
  }

  private started(): Worker {
    const w = this.startThread();
    w.on('message', (m: Copied) => {
      if (w !== this.thread) return;
      if (++this.answered > this.before) this.framed = m.whole ? m.walBytes : 0;
      this.settle();
    });
    // A thread that cannot copy leaves it to close(), whose writer copies everything left.
    const gone = () => {
      if (w !== this.thread) return;
      this.thread = null;
      this.answered = this.asked;
      this.settle();
    };
    w.on('error', gone);
    w.on('exit', gone);
    return w;
  }

  private settle(): void {
    if (this.answered < this.asked) return;
    this.thread?.unref();
    for (const done of this.waiting.splice(0)) done();
  }

  private allCopied(atMostMs: number): Promise<void> {
    if (this.answered >= this.asked) return Promise.resolve();
    const all = new Promise<void>((done) => this.waiting.push(done));
    return Promise.race([all, sleep(atMostMs, undefined, { ref: false })]);
  }
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
