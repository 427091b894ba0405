// `sitrep worker`: consume document and feed-poll jobs from the Redis queue, as many
// processes and machines as you like, all writing to one store (PostgreSQL for real scale).

import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { cliGazetteer } from '../context.ts';

export function register(program: Command): void {
  program
    .command('worker')
    .description('process queued jobs (ingest, extract, geocode, merge, feed polls) from Redis until stopped')
    .option('--queue <url>', 'Redis URL of the job queue (env SITREP_QUEUE)')
    .option('--concurrency <n>', 'jobs run at once by this process', '1')
    .option('--lock-ms <ms>', 'job lock time; a dead worker\'s jobs are retried after about this long', '30000')
    .option('--quiet', 'do not log each job')
    .action(async function (this: Command, opts: { queue?: string; concurrency: string; lockMs: string; quiet?: boolean }) {
      const queue = opts.queue ?? process.env.SITREP_QUEUE;
      if (!queue) throw new UserError('sitrep worker needs a queue: --queue redis://HOST:6379 or SITREP_QUEUE');
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`--concurrency must be a whole number >= 1, got "${opts.concurrency}"`);
      const lockMs = Number(opts.lockMs);
      if (!(lockMs >= 1000)) throw new UserError(`--lock-ms must be at least 1000, got "${opts.lockMs}"`);
      const { openStore, storeTarget } = await import('../../store/index.ts');
      const { startWorker } = await import('../../queue/worker.ts');
      const { feedJobHandlers } = await import('../../feeds/schedule.ts');
      const target = this.optsWithGlobals().db;
      const store = await openStore(target);
      const log = opts.quiet ? undefined : (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      // Load the gazetteer before taking jobs: loading blocks the event loop, and a job held
      // meanwhile could not renew its lock and would be handed to another worker.
      // The bundled gazetteer, plus the one imported beside a SQLite store (`sitrep gazetteer import`).
      const gazetteer = await cliGazetteer(this);
      const worker = await startWorker({ store, queue, concurrency, lockMs, log, gazetteer, handlers: feedJobHandlers(store, queue) });
      process.stderr.write(`sitrep: worker ready (pid ${process.pid}, concurrency ${concurrency}) on ${queue} -> ${storeTarget(target)}\n`);
      const stop = async () => {
        // Finish the jobs in hand, then leave: nothing is cut off half-way.
        await worker.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
