// `sitrep serve`: the HTTP API and the dashboard over one store, until Ctrl-C.
// `serveStore` is the shared tail of `serve` and `start`: listen, say where, stop cleanly.
// With --queue redis://... (or SITREP_QUEUE) ingest requests are queued for `sitrep worker`s.

import type { Command } from 'commander';
import type { Store } from '../../store/store.ts';
import type { JobRunner } from '../../queue/index.ts';
import type { GazetteerSource } from '../../pipeline/process.ts';
import { lazyGazetteer } from '../context.ts';
import { UserError } from '../errors.ts';

/** How long `serve --queue` waits for Redis before saying it cannot reach it. */
const QUEUE_CONNECT_MS = 5000;

/** A BullMQ runner on `url`, checked reachable: an unreachable Redis would otherwise hang every ingest. */
async function queueRunner(store: Store, url: string): Promise<JobRunner> {
  const { createJobRunner } = await import('../../queue/index.ts');
  let runner: JobRunner;
  try {
    runner = await createJobRunner({ store, queue: url });
  } catch (err) {
    throw new UserError(`--queue: ${(err as Error).message}`);
  }
  // Redis connection errors arrive as 'error' events on the runner's queues, one per retry:
  // unheard they print a stack each time. Keep the last one for the message below and say
  // at most one line a minute while serving.
  let lastError = '';
  let saidAt = 0;
  const { BullRunner } = await import('../../queue/bull-runner.ts');
  const queues = runner instanceof BullRunner ? [runner.documents, runner.dead] : [];
  for (const q of queues) {
    q.on('error', (err: Error) => {
      lastError = err.message;
      if (ready && Date.now() - saidAt > 60_000) {
        saidAt = Date.now();
        process.stderr.write(`sitrep: job queue ${url}: ${err.message}\n`);
      }
    });
  }
  let ready = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UserError(`cannot reach the job queue at ${url} within ${QUEUE_CONNECT_MS / 1000} s${lastError ? ` (${lastError})` : ''}: is redis-server running?`)),
      QUEUE_CONNECT_MS,
    );
  });
  try {
    await Promise.race([runner.counts(), timeout]);
    ready = true;
    return runner;
  } catch (err) {
    void runner.close().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export function portOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port must be a whole number 0-65535, got "${s}"`);
  return n;
}

/**
 * Serves `store` until SIGINT/SIGTERM, then closes the server and the store. Prints the URL on
 * stdout. A taken port or a refused address is a one-line UserError (and the store is closed).
 */
export async function serveStore(
  store: Store,
  opts: { port: number; host: string; bodyLimit?: number; log?: boolean; label?: string; queue?: string | null; gazetteer?: GazetteerSource },
): Promise<{ url: string }> {
  const { startServer } = await import('../../api/server.ts');
  let runner: JobRunner | undefined;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    if (opts.queue) runner = await queueRunner(store, opts.queue);
    server = await startServer({ store, runner, gazetteer: opts.gazetteer, port: opts.port, host: opts.host, bodyLimit: opts.bodyLimit, log: opts.log });
  } catch (err) {
    await runner?.close();
    await store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UserError(`port ${opts.port} on ${opts.host} is already in use (try --port 0 for any free port)`);
    if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') throw new UserError(`cannot listen on ${opts.host}:${opts.port} (${e.code})`);
    throw err;
  }
  process.stdout.write(`${opts.label ?? 'sitrep: serving'} ${server.url}   API docs: ${server.url}docs   (Ctrl-C stops)\n`);
  if (runner) process.stdout.write(`sitrep: ingest queues jobs on ${opts.queue}; run \`sitrep worker --queue ${opts.queue}\` to process them\n`);
  // Ingest in this process geocodes with the gazetteer: load it now, while nobody waits, rather
  // than on the first ingest request (an imported GeoNames db takes seconds). Workers load their own.
  else if (typeof opts.gazetteer === 'function') {
    const load = opts.gazetteer;
    setImmediate(() => void Promise.resolve()
      .then(load)
      .catch((err: Error) => process.stderr.write(`sitrep: the gazetteer did not load (${err.message}); ingest will try again\n`)));
  }
  const stop = async () => {
    await server.close();
    await runner?.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { url: server.url };
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/docs) and the dashboard (/) over the event store')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <addr>', 'address to listen on (0.0.0.0 to accept other machines)', '127.0.0.1')
    .option('--body-limit <mb>', 'largest accepted request body in MB (413 above)', '5')
    .option('--log', 'log every request as a JSON line')
    .option('--queue <url>', 'Redis URL: queue ingested reports for `sitrep worker`s (env SITREP_QUEUE; default: process in the server)')
    .action(async function (this: Command, opts: { port: string; host: string; bodyLimit: string; log?: boolean; queue?: string }) {
      const port = portOf(opts.port);
      const mb = Number(opts.bodyLimit);
      if (!(mb > 0)) throw new UserError(`--body-limit must be a positive number of MB, got "${opts.bodyLimit}"`);
      const { openStore, storeTarget } = await import('../../store/index.ts');
      const target = this.optsWithGlobals().db;
      const store = await openStore(target);
      await serveStore(store, { port, host: opts.host, bodyLimit: Math.round(mb * 1024 * 1024), log: opts.log, label: `sitrep: serving ${storeTarget(target)} at`, queue: opts.queue ?? process.env.SITREP_QUEUE, gazetteer: lazyGazetteer(this) });
    });
}
