// `sitrep serve`: the HTTP API and the dashboard over one store, until Ctrl-C.

import type { Command } from 'commander';
import { UserError } from '../errors.ts';

function portOf(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port must be a whole number 0-65535, got "${s}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/docs) and the dashboard (/) over the event store')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <addr>', 'address to listen on (0.0.0.0 to accept other machines)', '127.0.0.1')
    .option('--body-limit <mb>', 'largest accepted request body in MB', '5')
    .option('--log', 'log every request as a JSON line')
    .action(async function (this: Command, opts: { port: string; host: string; bodyLimit: string; log?: boolean }) {
      const port = portOf(opts.port);
      const mb = Number(opts.bodyLimit);
      if (!(mb > 0)) throw new UserError(`--body-limit must be a positive number of MB, got "${opts.bodyLimit}"`);
      const { openStore, storeTarget } = await import('../../store/index.ts');
      const { startServer } = await import('../../api/server.ts');
      const target = this.optsWithGlobals().db;
      const store = await openStore(target);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ store, port, host: opts.host, bodyLimit: Math.round(mb * 1024 * 1024), log: opts.log });
      } catch (err) {
        await store.close();
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new UserError(`port ${port} on ${opts.host} is already in use (try --port 0 or another port)`);
        if (e.code === 'EACCES') throw new UserError(`not allowed to listen on ${opts.host}:${port}`);
        throw err;
      }
      process.stdout.write(`sitrep: serving ${storeTarget(target)} at ${server.url} (API docs: ${server.url}docs); Ctrl-C stops\n`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
