// `sitrep watch`: monitor RSS/Atom feeds and plain pages. Watches live in the store; polling
// runs either here (`watch run`, an embedded timer) or on queue workers (repeatable jobs,
// kept in step with the stored watches whenever one is added or removed with --queue).

import type { Command } from 'commander';
import { UserError } from '../errors.ts';

/** "90", "90s", "10m", "2h", "1d" -> seconds. */
export function parseEvery(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/i.exec(s.trim());
  if (!m) throw new UserError(`--every must look like 30s, 10m, 2h or 1d, got "${s}"`);
  const seconds = Math.round(Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase() as 's']);
  if (seconds < 5) throw new UserError(`--every must be at least 5s, got "${s}"`);
  return seconds;
}

function checkUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`not a URL: "${url}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`only http(s) URLs can be watched, got "${url}"`);
  return u.href;
}

async function withStore<T>(cmd: Command, fn: (store: import('../../store/store.ts').Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(cmd.optsWithGlobals().db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  const watch = program.command('watch').description('monitor RSS/Atom feeds and web pages for new reports');
  const queueOpt = ['--queue <url>', 'Redis URL: schedule polls as repeatable jobs for `sitrep worker` (env SITREP_QUEUE)'] as const;

  watch
    .command('add <url>')
    .description('watch a feed or page (adding a watched URL again updates it)')
    .option('--every <interval>', 'poll interval: 30s, 10m, 2h, 1d', '10m')
    .option('--source <name>', 'source name for its documents (default: the feed title or host)')
    .option(...queueOpt)
    .action(async function (this: Command, url: string, opts: { every: string; source?: string; queue?: string }) {
      const every_seconds = parseEvery(opts.every);
      const href = checkUrl(url);
      await withStore(this, async (store) => {
        const { watchesOf, syncFeedSchedules } = await import('../../feeds/schedule.ts');
        const w = await (await watchesOf(store)).add({ url: href, every_seconds, source: opts.source ?? null });
        process.stdout.write(`${w.id}\t${w.url}\tevery ${w.every_seconds}s\n`);
        const queue = opts.queue ?? process.env.SITREP_QUEUE;
        if (queue) process.stderr.write(`sitrep: ${await syncFeedSchedules(store, queue)} watch(es) scheduled on ${queue}\n`);
      });
    });

  watch
    .command('list')
    .description('list watches with their last poll')
    .option('--json', 'JSON output')
    .action(async function (this: Command, opts: { json?: boolean }) {
      await withStore(this, async (store) => {
        const { watchesOf } = await import('../../feeds/schedule.ts');
        const list = await (await watchesOf(store)).list();
        if (opts.json) return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        if (!list.length) return void process.stderr.write('sitrep: no watches (add one with `sitrep watch add URL`)\n');
        for (const w of list) {
          process.stdout.write([w.id, w.url, `every ${w.every_seconds}s`, w.source ?? '-', w.last_checked ?? 'never', w.last_status ?? ''].join('\t') + '\n');
        }
      });
    });

  watch
    .command('remove <id-or-url>')
    .description('stop watching a feed or page')
    .option(...queueOpt)
    .action(async function (this: Command, key: string, opts: { queue?: string }) {
      await withStore(this, async (store) => {
        const { watchesOf, syncFeedSchedules } = await import('../../feeds/schedule.ts');
        if (!(await (await watchesOf(store)).remove(key))) throw new UserError(`no watch "${key}" (see \`sitrep watch list\`)`);
        const queue = opts.queue ?? process.env.SITREP_QUEUE;
        if (queue) await syncFeedSchedules(store, queue);
        process.stderr.write(`sitrep: removed ${key}\n`);
      });
    });

  watch
    .command('run')
    .description('poll due watches in this process until Ctrl-C (documents processed here, or queued with --queue)')
    .option('--once', 'poll every watch once, wait for its documents, and exit')
    .option(...queueOpt)
    .action(async function (this: Command, opts: { once?: boolean; queue?: string }) {
      const { openStore } = await import('../../store/index.ts');
      const { createJobRunner } = await import('../../queue/index.ts');
      const { runWatchLoop } = await import('../../feeds/schedule.ts');
      const store = await openStore(this.optsWithGlobals().db);
      const queue = opts.queue ?? process.env.SITREP_QUEUE;
      if (!queue) (await import('../../geo/index.ts')).loadDefaultGazetteer(); // before any fetch, not between two
      const runner = await createJobRunner({ store, queue });
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      try {
        const { polls, jobs } = await runWatchLoop({ store, runner, once: opts.once, signal: stop.signal, log });
        // In-process, --once means "and process what was found" (cron-friendly); queued jobs
        // are the workers' business.
        if (opts.once && runner.kind === 'inline') {
          const done = await Promise.all(jobs.map((id) => runner.wait(id)));
          const events = done.reduce((n, j) => n + (j.result?.events ?? 0), 0);
          const failed = done.filter((j) => j.state === 'failed');
          for (const j of failed) log(`document ${j.title ?? j.id} failed: ${j.error}`);
          process.stderr.write(`sitrep: ${polls.length} watch(es) polled, ${jobs.length} new document(s), ${events} event(s)\n`);
          if (failed.length) process.exitCode = 1;
        }
        if (polls.some((p) => p.outcome.status === 'error')) process.exitCode = 1;
      } finally {
        await runner.close();
        await store.close();
      }
    });
}
