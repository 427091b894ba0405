// `sitrep export --format acled-csv|geojson|json -o FILE`: every matching event, streamed.
// The file is written under a temporary name and renamed at the end, so an interrupted export
// never leaves a truncated file that looks complete.

import { Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { withStore } from '../context.ts';
import { UserError } from '../errors.ts';
import { addFilterOptions, queryFromOptions } from '../options.ts';

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('export events as ACLED-column CSV, GeoJSON or JSON (streamed)')
    .addOption(new Option('--format <format>', 'output format').choices(['acled-csv', 'geojson', 'json']).default('acled-csv'))
    .option('-o, --output <file>', 'write to this file (default: stdout)');
  addFilterOptions(cmd, 'date')
    .action(async function (this: Command, opts: Record<string, any>) {
      const q = queryFromOptions(opts);
      const { exportEvents } = await import('../../export/index.ts');
      await withStore(this, async (store) => {
        if (!opts.output || opts.output === '-') {
          await exportEvents(store, q, opts.format, process.stdout);
          return;
        }
        const tmp = `${opts.output}.partial-${process.pid}`;
        const out = createWriteStream(tmp);
        // A missing folder or a read-only place fails here, as one line naming the file (an
        // unhandled stream error used to crash with a stack trace).
        await new Promise((opened, failed) => out.once('open', opened).once('error', failed)).catch((err: NodeJS.ErrnoException) => {
          throw new UserError(`cannot write ${opts.output} (${err.code === 'ENOENT' ? 'no such folder' : err.code ?? err.message})`);
        });
        try {
          const n = await exportEvents(store, q, opts.format, out);
          out.end();
          await finished(out);
          await rename(tmp, opts.output);
          process.stderr.write(`exported ${n} event(s) to ${opts.output}\n`);
        } catch (err) {
          out.destroy();
          await rm(tmp, { force: true });
          throw err;
        }
      });
    });
}
