// The in-process JobRunner: the default without Redis. Same contract as the BullMQ runner
// (idempotent ids, retries with exponential backoff, terminal failure kept with its error),
// one job at a time, in submission order.

import type { NewDocument } from '../core/types.ts';
import type { GazetteerSource } from '../pipeline/process.ts';
import type { Store } from '../store/store.ts';
import type { JobInfo, JobRunner, QueueCounts } from './index.ts';
import { backoffMs, jobIdFor, runDocumentJob } from './work.ts';

const KEEP = 10_000; // finished jobs remembered for status queries

interface Entry {
  info: JobInfo;
  doc: NewDocument | null;
  done: Promise<void>;
  finish: () => void;
}

export class InlineRunner implements JobRunner {
  readonly kind = 'inline' as const;
  private readonly jobs = new Map<string, Entry>();
  private readonly pending: string[] = [];
  private running = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly attempts: number,
    private readonly backoffBase = Number(process.env.SITREP_JOB_BACKOFF_MS ?? 1000),
    private readonly gazetteer?: GazetteerSource,
  ) {}

  async submit(doc: NewDocument): Promise<JobInfo> {
    if (this.closed) throw new Error('job runner is closed');
    const id = jobIdFor(doc);
    const seen = this.jobs.get(id);
    if (seen && seen.info.state !== 'failed') return { ...seen.info };
    let finish!: () => void;
    const done = new Promise<void>((r) => (finish = r));
    const info: JobInfo = { id, state: 'waiting', attempts: 0, error: null, result: null, title: doc.title ?? null };
    this.jobs.delete(id);
    this.jobs.set(id, { info, doc, done, finish });
    this.pending.push(id);
    void this.pump();
    return { ...info };
  }

  async job(id: string): Promise<JobInfo | null> {
    const e = this.jobs.get(id);
    return e ? { ...e.info } : null;
  }

  async counts(): Promise<QueueCounts> {
    const c: QueueCounts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0, dead: 0 };
    for (const { info } of this.jobs.values()) {
      if (info.state in c) c[info.state as keyof QueueCounts]++;
      if (info.state === 'failed') c.dead++;
    }
    return c;
  }

  async wait(id: string): Promise<JobInfo> {
    const e = this.jobs.get(id);
    if (!e) throw new Error(`unknown job ${id}`);
    await e.done;
    return { ...e.info };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pending.length = 0;
    // Let the job in hand finish so that its store transaction is not cut off.
    await Promise.all([...this.jobs.values()].filter((e) => e.info.state === 'active' || e.info.state === 'delayed').map((e) => e.done));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let id = this.pending.shift(); id && !this.closed; id = this.pending.shift()) await this.runOne(this.jobs.get(id)!);
    } finally {
      this.running = false;
    }
  }

  private async runOne(e: Entry): Promise<void> {
    const { info } = e;
    while (info.attempts < this.attempts) {
      info.state = 'active';
      info.attempts++;
      try {
        info.result = await runDocumentJob(this.store, e.doc!, this.gazetteer);
        info.state = 'completed';
        info.error = null;
        break;
      } catch (err) {
        info.error = (err as Error).message;
        info.state = info.attempts < this.attempts && !this.closed ? 'delayed' : 'failed';
        if (info.state === 'failed') break;
        await new Promise((r) => setTimeout(r, backoffMs(info.attempts, this.backoffBase)));
      }
    }
    e.doc = null;
    e.finish();
    this.forgetOld();
  }

  private forgetOld(): void {
    for (const [id, e] of this.jobs) {
      if (this.jobs.size <= KEEP) break;
      if (e.info.state === 'completed' || e.info.state === 'failed') this.jobs.delete(id);
    }
  }
}
