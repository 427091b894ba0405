// `sitrep start` (npm start): ingest the bundled example reports (idempotent: a second run
// changes nothing), print what was found, then serve the dashboard over the same store.

import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyGazetteer } from '../context.ts';
import { table } from './events.ts';
import { portOf, serveStore } from './serve.ts';

export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

export function register(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled example reports, show what was found, and serve the dashboard')
    .option('--port <n>', 'dashboard port (0 = any free port)', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'only ingest and print, do not start the server')
    .action(async function (this: Command, opts: { port: string; host: string; serve: boolean }) {
      const port = portOf(opts.port);
      const { ingestPaths } = await import('../../pipeline/ingest-files.ts');
      const { openStore, storeTarget } = await import('../../store/index.ts');
      const target = this.optsWithGlobals().db;
      const store = await openStore(target);
      const gazetteer = lazyGazetteer(this);
      try {
        // The reports only: the folder's README describes them and is not one.
        const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(EXAMPLES_DIR, f));
        const s = await ingestPaths(store, files, {
          gazetteer,
          onResult: (file, r) => process.stderr.write(`  ${file.slice(EXAMPLES_DIR.length + 1)}: ${r.created ? `${r.events.length} event(s)` : 'already stored'}\n`),
          onError: (e) => process.stderr.write(`sitrep: ${e.message}\n`),
        });
        if (s.failed) process.exitCode = 1;
        const page = await store.listEvents({ sort: '-date', limit: 100 });
        process.stdout.write(`\nExamples: ${s.created} new document(s), ${s.unchanged} already stored. ${await store.countEvents({})} event(s) in ${storeTarget(target)}:\n\n`);
        process.stdout.write(table(page.items));
      } catch (err) {
        await store.close();
        throw err;
      }
      // Serving keeps the store open until Ctrl-C (serveStore closes it).
      if (opts.serve) await serveStore(store, { port, host: opts.host, label: '\nDashboard:', gazetteer });
      else await store.close();
    });
}
