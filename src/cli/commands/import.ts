// `sitrep import acled|ucdp FILE.csv`, `sitrep import json|geojson FILE` (sitrep's own export):
// dataset rows / exported events become documents and reports, placed among the stored events
// like any other source. Progress on stderr; bad rows named by line.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';

export function register(program: Command): void {
  program
    .command('import')
    .description('import a dataset CSV (ACLED export or UCDP GED) or sitrep\'s own JSON/GeoJSON export as sources, merging with known events')
    .argument('<dataset>', 'acled | ucdp | json | geojson')
    .argument('<file>', 'CSV file, or for json/geojson a file written by `sitrep export` (also a JSON array or JSON Lines)')
    .option('--batch <n>', 'rows per transaction (default 2,000)')
    .option('--no-merge', 'store every row as its own event (no search for the same incident)')
    .action(async function (this: Command, dataset: string, file: string, opts: { batch?: string; merge: boolean }) {
      const { DATASET_NAMES, importDataset } = await import('../../datasets/import.ts');
      if (!DATASET_NAMES.includes(dataset)) throw new UserError(`unknown dataset "${dataset}": use ${DATASET_NAMES.join(', ')}`);
      if (!existsSync(file)) throw new UserError(`${file}: no such file`);
      // Absent: the importer's own default (IMPORT_BATCH), the size the merge bench measures.
      const batch = opts.batch === undefined ? undefined : Number(opts.batch);
      if (batch !== undefined && (!Number.isInteger(batch) || batch < 1)) throw new UserError(`--batch must be a positive whole number, got "${opts.batch}"`);
      const { openStore } = await import('../../store/index.ts');
      const store = await openStore(this.optsWithGlobals().db);
      const t0 = Date.now();
      let batches = 0;
      try {
        const stats = await importDataset(store, dataset, file, {
          batch,
          merge: opts.merge,
          onProgress: (s) => {
            const line = `import ${dataset}: ${s.rows} rows read, ${s.imported} new, ${s.unchanged} unchanged, ${s.failed.length} bad`;
            // A terminal gets one updating line; a log gets a line every ~10 batches.
            if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
            else if (++batches % 10 === 1) process.stderr.write(`${line}\n`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        for (const f of stats.failed) process.stderr.write(`sitrep: ${file}:${f.line}: ${f.message} (row skipped)\n`);
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        process.stdout.write(
          `${file}: ${stats.rows} rows, ${stats.imported} imported (${stats.attached} merged into known events, ` +
            `${stats.proposed} proposed for review), ${stats.unchanged} already stored, ${stats.failed.length} skipped, ${secs} s\n`,
        );
        if (stats.failed.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
