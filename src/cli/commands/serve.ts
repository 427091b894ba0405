// `sitrep serve`: the HTTP API and the dashboard over one store, until Ctrl-C.
// `serveStore` is the shared tail of `serve` and `start`: listen, say where, stop cleanly.

import type { Command } from 'commander';
import type { Store } from '../../store/store.ts';
import { UserError } from '../errors.ts';

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
  opts: { port: number; host: string; bodyLimit?: number; log?: boolean; label?: string },
): Promise<{ url: string }> {
  const { startServer } = await import('../../api/server.ts');
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ store, port: opts.port, host: opts.host, bodyLimit: opts.bodyLimit, log: opts.log });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UserError(`port ${opts.port} on ${opts.host} is already in use (try --port 0 for any free port)`);
    if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') throw new UserError(`cannot listen on ${opts.host}:${opts.port} (${e.code})`);
    throw err;
  }
  process.stdout.write(`${opts.label ?? 'sitrep: serving'} ${server.url}   API docs: ${server.url}docs   (Ctrl-C stops)\n`);
  const stop = async () => {
    await server.close();
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
    .action(async function (this: Command, opts: { port: string; host: string; bodyLimit: string; log?: boolean }) {
      const port = portOf(opts.port);
      const mb = Number(opts.bodyLimit);
      if (!(mb > 0)) throw new UserError(`--body-limit must be a positive number of MB, got "${opts.bodyLimit}"`);
      const { openStore, storeTarget } = await import('../../store/index.ts');
      const target = this.optsWithGlobals().db;
      const store = await openStore(target);
      await serveStore(store, { port, host: opts.host, bodyLimit: Math.round(mb * 1024 * 1024), log: opts.log, label: `sitrep: serving ${storeTarget(target)} at` });
    });
}
