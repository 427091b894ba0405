// How many cores the other processes leave idle: the machine's busy time since the last look
// (os.cpus()) less this process's own (every thread of it). The 1-minute load average, read
// before, also counted this process's own past minute: a second import started right after a
// first saw ~1.8 on 2 cores and ranked on one thread (merge bench: 69.8 s against 58.3 s).

import { cpus } from 'node:os';

interface Sample {
  at: number;
  /** Busy milliseconds of all cores. */
  busy: number;
  /** This process's CPU milliseconds. */
  own: number;
}

function sample(): Sample {
  let busy = 0;
  for (const { times } of cpus()) busy += times.user + times.nice + times.sys + times.irq;
  const { user, system } = process.cpuUsage();
  return { at: performance.now(), busy, own: (user + system) / 1000 };
}

/** Shorter spans are mostly the 10 ms ticks the kernel counts in. */
const MIN_SPAN_MS = 250;

export class SpareCores {
  private last = sample();
  private readonly total = cpus().length;
  /** Until a first span is measured, every core counts as spare. */
  private spare = this.total;

  /** Cores the other processes left idle over the span since the last look (the last answer for a span too short to tell). */
  now(): number {
    const s = sample();
    const span = s.at - this.last.at;
    if (span < MIN_SPAN_MS) return this.spare;
    const others = Math.max(0, s.busy - this.last.busy - (s.own - this.last.own)) / span;
    this.last = s;
    return (this.spare = Math.max(0, this.total - others));
  }
}
