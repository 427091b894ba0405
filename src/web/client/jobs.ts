// The processing queue at a glance, on the documents view: how many jobs wait, run, finished or
// failed (refreshed every few seconds while the view is open), and the progress of a report
// just submitted when the server queues ingests for workers (`sitrep serve --queue`).
// The counts are not a live region (a screen reader would hear them every refresh); a followed
// job's changes are announced once each through the caller's status line.

import { api, type JobInfo, type JobsOverview } from './api.ts';
import { el, fmtInt, render } from './dom.ts';

/** Refresh interval of the counts while the documents view is open. */
const REFRESH_MS = 3000;

const LABELS: Array<[keyof JobsOverview['counts'], string]> = [
  ['waiting', 'Waiting'],
  ['active', 'Running'],
  ['completed', 'Completed'],
  ['failed', 'Failed'],
];

export interface JobsStatus {
  element: HTMLElement;
  /** Polls while active (the documents view is shown), stops otherwise. */
  setActive(active: boolean): void;
  /** Reports each new state of job `id` until it has completed or failed. */
  follow(id: string, onChange: (job: JobInfo) => void): void;
}

/** One line for a job's state, as the ingest form shows it. */
export function describeJob(job: JobInfo): string {
  if (job.state === 'completed' && job.result) {
    return `Processed: ${job.result.created ? 'stored' : 'already stored'}, ${job.result.events} event(s) found.`;
  }
  if (job.state === 'failed') return `Failed after ${job.attempts} attempt(s): ${job.error ?? 'unknown error'}`;
  if (job.state === 'delayed') return `Retrying after an error (attempt ${job.attempts}): ${job.error ?? ''}`;
  if (job.state === 'active') return 'Being processed by a worker…';
  return 'Queued: waiting for a worker…';
}

export function createJobsStatus(): JobsStatus {
  const body = el('div', {}, el('p', { class: 'muted' }, 'Loading…'));
  const element = el('section', { class: 'jobs', 'aria-labelledby': 'jobs-h' }, el('h2', { id: 'jobs-h' }, 'Jobs'), body);
  const followed = new Map<string, { last: string; onChange: (job: JobInfo) => void }>();
  let active = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function show(o: JobsOverview): void {
    render(body,
      el('dl', { class: 'job-counts' }, LABELS.map(([k, label]) => el('div', {}, el('dt', {}, label), el('dd', {}, fmtInt(o.counts[k]))))),
      o.counts.dead ? el('p', { class: 'muted' }, `${fmtInt(o.counts.dead)} job(s) gave up after every retry.`) : null,
      el('p', { class: 'muted' }, o.runner === 'bullmq' ? 'Reports are queued and processed by workers.' : 'Reports are processed by this server as they arrive.'),
    );
  }

  async function refresh(): Promise<void> {
    try {
      show(await api.jobs());
    } catch (err) {
      render(body, el('p', { class: 'muted' }, `Job status unavailable: ${(err as Error).message}`));
    }
    for (const [id, f] of followed) {
      const job = await api.job(id).catch(() => null);
      if (!job || job.state === f.last) continue;
      f.last = job.state;
      f.onChange(job);
      if (job.state === 'completed' || job.state === 'failed') followed.delete(id);
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    // A followed job keeps being polled even off the view, so that its form hears the end.
    if (!active && !followed.size) return;
    timer = setTimeout(async () => {
      // A background tab does not poll; the next refresh after it comes back catches up.
      if (!document.hidden) await refresh();
      schedule();
    }, REFRESH_MS);
  }

  return {
    element,
    setActive(on) {
      if (on && !active) void refresh();
      active = on;
      schedule();
    },
    follow(id, onChange) {
      followed.set(id, { last: '', onChange });
      void refresh().then(schedule);
    },
  };
}
