// `sitrep gazetteer import|status|lookup`: the persistent gazetteer of GeoNames dumps a user
// monitors (XX.txt, allCountries.txt, or folders of them), loaded on top of the default one.
// It lives in gazetteer.db beside the event store (--gazetteer-db PATH or SITREP_GAZETTEER).

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';

interface DbOpts {
  gazetteerDb?: string;
}

async function dbPath(cmd: Command, opts: DbOpts): Promise<string> {
  const { gazetteerDbPath } = await import('../../geo/db.ts');
  const storeDb = cmd.optsWithGlobals().db as string | undefined;
  return gazetteerDbPath({ gazetteerDb: opts.gazetteerDb ?? null, storeDb: storeDb ?? null });
}

export function register(program: Command): void {
  const gz = program.command('gazetteer').description('manage the offline gazetteer (GeoNames dumps)');
  gz.command('import')
    .description('import GeoNames dump files (XX.txt, allCountries.txt) or folders of them; re-importing replaces rows by geonameid')
    .argument('<paths...>', 'dump files or folders')
    .option('--gazetteer-db <path>', 'gazetteer database (default: gazetteer.db beside the event store; env SITREP_GAZETTEER)')
    .action(async function (this: Command, paths: string[], opts: DbOpts) {
      for (const p of paths) if (!existsSync(p)) throw new UserError(`${p}: no such file or folder`);
      const { importDumps, openGazetteerDb } = await import('../../geo/db.ts');
      const path = await dbPath(this, opts);
      const db = openGazetteerDb(path);
      const t0 = Date.now();
      try {
        const results = importDumps(db, paths, (p) => {
          const pct = p.totalBytes ? Math.round((100 * p.bytes) / p.totalBytes) : 100;
          process.stderr.write(`\rgazetteer import ${p.file}: ${p.rows} places (${pct}%)   `);
        });
        process.stderr.write('\n');
        for (const r of results) {
          process.stdout.write(`${r.file}: ${r.rows} places${r.bad ? `, ${r.bad} malformed lines skipped` : ''}\n`);
        }
        const total = results.reduce((a, r) => a + r.rows, 0);
        process.stdout.write(`${total} places imported into ${path} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
        if (results.some((r) => r.bad)) process.exitCode = 1;
      } finally {
        db.close();
      }
    });
  gz.command('status')
    .description('places per country in the gazetteer database')
    .option('--gazetteer-db <path>', 'gazetteer database (default: gazetteer.db beside the event store; env SITREP_GAZETTEER)')
    .action(async function (this: Command, opts: DbOpts) {
      const { gazetteerCounts, openGazetteerDb } = await import('../../geo/db.ts');
      const { countryByIso2 } = await import('../../geo/countries.ts');
      const path = await dbPath(this, opts);
      if (!existsSync(path)) {
        process.stdout.write(`${path}: no imported gazetteer yet (the default gazetteer is used); run "sitrep gazetteer import XX.txt"\n`);
        return;
      }
      const db = openGazetteerDb(path);
      try {
        const rows = gazetteerCounts(db);
        process.stdout.write(`${path}\n`);
        for (const r of rows) process.stdout.write(`${r.country_code.padEnd(3)} ${String(r.places).padStart(9)}  ${countryByIso2(r.country_code)?.name ?? ''}\n`);
        process.stdout.write(`total ${rows.reduce((a, r) => a + r.places, 0)} places in ${rows.length} countries\n`);
      } finally {
        db.close();
      }
    });
  gz.command('lookup')
    .description('places a name resolves to (default gazetteer plus the imported database)')
    .argument('<name>', 'place name')
    .option('--country <iso3>', 'only this country')
    .option('--gazetteer-db <path>', 'gazetteer database (default: gazetteer.db beside the event store; env SITREP_GAZETTEER)')
    .action(async function (this: Command, name: string, opts: DbOpts & { country?: string }) {
      const { loadGazetteer } = await import('../../geo/index.ts');
      const path = await dbPath(this, opts);
      const gazetteer = loadGazetteer({ db: existsSync(path) ? path : null });
      const places = gazetteer.lookup(name, opts.country ? { iso3: opts.country.toUpperCase() } : {});
      for (const p of places.slice(0, 20)) {
        process.stdout.write(`${p.id}\t${p.name}\t${p.admin2 || '-'}\t${p.admin1 || '-'}\t${p.iso3}\t${p.lat.toFixed(4)},${p.lon.toFixed(4)}\t${p.feature_code}\tpop ${p.population}\n`);
      }
      if (!places.length) process.stdout.write(`no place named "${name}"\n`);
    });
}
