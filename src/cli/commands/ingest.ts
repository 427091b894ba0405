// `sitrep ingest FILE|DIR...`: read, extract, merge and store documents. One line per file on
// stderr as it goes, a summary at the end; exit code 1 when any file failed.

import type { Command } from 'commander';
import { lazyGazetteer, withStore } from '../context.ts';
import { addMetaOptions, metaFromOptions } from '../options.ts';
import { UserError } from '../errors.ts';

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('ingest text, Markdown or HTML files and folders (recursively) into the event store')
    .argument('<paths...>', 'files or folders')
    .option('--max-size <mb>', 'largest file accepted, in MB', '20');
  addMetaOptions(cmd).action(async function (this: Command, paths: string[], opts: Record<string, any>) {
    const maxMb = Number(opts.maxSize);
    if (!(maxMb > 0)) throw new UserError(`--max-size must be a positive number of MB, got "${opts.maxSize}"`);
    const meta = metaFromOptions(opts);
    const { ingestPaths } = await import('../../pipeline/ingest-files.ts');
    const gazetteer = lazyGazetteer(this, opts.gazetteer);
    const summary = await withStore(this, (store) =>
      ingestPaths(store, paths, {
        meta,
        maxBytes: Math.round(maxMb * 1024 * 1024),
        gazetteer,
        onResult: (file, r, done, total) => {
          const what = r.created ? `${r.events.length} event${r.events.length === 1 ? '' : 's'}` : 'already stored, nothing changed';
          process.stderr.write(`[${done}/${total}] ${file}: ${what} (${r.document.id})\n`);
        },
        onError: (e) => process.stderr.write(`sitrep: ${e.message}\n`),
      }),
    );
    const parts = [`${summary.created} new document(s)`, `${summary.events} event(s)`, `${summary.unchanged} unchanged`];
    if (summary.failed) parts.push(`${summary.failed} failed`);
    if (summary.skipped) parts.push(`${summary.skipped} other file(s) skipped`);
    process.stdout.write(`ingested: ${parts.join(', ')}\n`);
    if (summary.failed) process.exitCode = 1;
  });
}
