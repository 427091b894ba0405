// `sitrep eval acled|ucdp FILE.csv`: accuracy against professionally coded datasets.
// Gazetteer loading is timed and reported apart from extraction (notes_per_second is extraction only).

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import type { Gazetteer } from '../../geo/types.ts';

interface GazetteerOpts {
  gazetteer?: string[];
}

async function loadRunGazetteer(opts: GazetteerOpts, quiet: boolean): Promise<Gazetteer> {
  const geo = await import('../../geo/index.ts');
  const t0 = process.hrtime.bigint();
  const files = opts.gazetteer ?? [];
  const gz = files.length ? geo.loadGazetteer({ files }) : geo.loadDefaultGazetteer();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!quiet || files.length) {
    const what = files.length ? `default + ${files.join(', ')}` : 'default';
    process.stderr.write(`gazetteer (${what}): ${gz.size()} places loaded in ${seconds.toFixed(1)} s\n`);
  }
  return gz;
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UserError(`${name} must be a whole number, got "${v}"`);
    return n;
  };
}

interface AcledOpts extends GazetteerOpts {
  country?: string;
  json?: boolean;
  errors?: number;
  field?: string;
  limit?: number;
  dump?: string;
  countries?: number;
  withoutSizeTags?: boolean;
}

async function evalAcled(file: string, opts: AcledOpts): Promise<void> {
  const { readCsvTable } = await import('../../eval/csv.ts');
  const { ACLED_REQUIRED_COLUMNS, acledCase, acledNamesAsOf, evaluateAcled, matchesCountry, withoutSizeTags } = await import('../../eval/acled.ts');
  const { formatAcledEval } = await import('../../eval/acled-report.ts');
  const { ACLED_FIELDS } = await import('../../eval/score.ts');
  const field = opts.field as (typeof ACLED_FIELDS)[number] | undefined;
  if (field && !ACLED_FIELDS.includes(field)) throw new UserError(`--field must be one of ${ACLED_FIELDS.join(', ')}`);

  const table = readCsvTable(file, ACLED_REQUIRED_COLUMNS);
  const problems = [...table.skipped];
  let cases = table.rows.flatMap((rec) => {
    const c = acledCase(rec);
    if (typeof c === 'string') problems.push(c);
    return typeof c === 'string' ? [] : [c];
  });
  if (opts.country) cases = cases.filter((c) => matchesCountry(c, opts.country!));
  if (opts.withoutSizeTags) cases = cases.map((c) => ({ ...c, notes: withoutSizeTags(c.notes) }));
  if (opts.limit) cases = cases.slice(0, opts.limit);
  if (problems.length) process.stderr.write(`skipped ${problems.length} unscorable row(s), e.g. ${problems[0]}\n`);
  if (!cases.length) throw new UserError(`no rows to evaluate in ${file}${opts.country ? ` for ${opts.country}` : ''}`);

  const gazetteer = await loadRunGazetteer(opts, !!opts.json);
  const { extractReports } = await import('../../extract/index.ts');
  const namesAsOf = acledNamesAsOf(table.rows, new Date().toISOString().slice(0, 10));
  const ev = evaluateAcled(cases, { extract: extractReports, gazetteer, namesAsOf });

  if (opts.dump) {
    const lines = ev.rows.map((r) => JSON.stringify({ id: r.id, notes: r.notes, reports: r.reports, error: r.error, outcomes: r.outcomes, top: r.top }));
    writeFileSync(opts.dump, lines.join('\n') + '\n');
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify({ n: ev.n, fields: ev.fields, notes_per_second: ev.notes_per_second }) + '\n');
    return;
  }
  process.stdout.write(formatAcledEval(ev, { errors: opts.errors, field, countries: opts.countries }) + '\n');
  const failed = ev.rows.filter((r) => r.error);
  if (failed.length) process.stderr.write(`extraction threw on ${failed.length} row(s), e.g. ${failed[0].id}: ${failed[0].error}\n`);
}

async function evalUcdp(file: string, opts: GazetteerOpts & { json?: boolean; errors?: number }): Promise<void> {
  const { readCsvTable } = await import('../../eval/csv.ts');
  const { UCDP_REQUIRED_COLUMNS, evaluateUcdp, ucdpSummary } = await import('../../eval/ucdp.ts');
  const { formatTable } = await import('../../eval/table.ts');
  const table = readCsvTable(file, UCDP_REQUIRED_COLUMNS);
  const gazetteer = await loadRunGazetteer(opts, !!opts.json);
  const ev = evaluateUcdp(table.rows, gazetteer);
  const summary = ucdpSummary(ev);
  if (opts.json) {
    process.stdout.write(JSON.stringify({ n: ev.n, by_where_prec: summary, rows_per_second: ev.rows_per_second }) + '\n');
    return;
  }
  const skipped = table.skipped.length + ev.skipped;
  const title = `UCDP geocoding: ${ev.n} rows${skipped ? ` (${skipped} unscorable skipped)` : ''}, ${ev.rows_per_second} rows/s`;
  process.stdout.write(formatTable(summary, title) + '\n');
  if (opts.errors) {
    const misses = ev.rows.filter((r) => r.km === null || r.km > 25).slice(0, opts.errors).map((r) => ({
      id: r.id, where_prec: r.where_prec, where_description: r.where_description, resolved: r.resolved ?? '(none)', km: r.km === null ? '' : Math.round(r.km),
    }));
    process.stdout.write(formatTable(misses, `\nmisses beyond 25 km (first ${misses.length})`) + '\n');
  }
}

export function register(program: Command): void {
  const ev = program.command('eval').description('measure extraction accuracy against coded datasets');
  ev.command('acled <file>')
    .description("extract each row's notes and score the top event against the coded columns")
    .option('--gazetteer <paths...>', 'GeoNames dump files or folders added to the default gazetteer')
    .option('--country <name-or-iso3>', 'only rows of this country')
    .option('--json', 'print one JSON object {n, fields, notes_per_second}')
    .option('--errors <n>', 'list N wrong cells (id, field, expected, got)', positiveInt('--errors'))
    .option('--field <name>', 'with --errors: only this field')
    .option('--limit <n>', 'only the first N rows', positiveInt('--limit'))
    .option('--countries <n>', 'also print field shares for the N countries with the most rows', positiveInt('--countries'))
    .option('--dump <file>', 'write every scored row (notes, outcomes, top event) as JSON lines to FILE')
    .option('--without-size-tags', 'remove the "[size=...]" tags from the notes first, as newer exports (size in a tags column) and news text have none')
    .action(evalAcled);
  ev.command('ucdp <file>')
    .description("resolve each row's where_description and score the distance to the coded point")
    .option('--gazetteer <paths...>', 'GeoNames dump files or folders added to the default gazetteer')
    .option('--json', 'print the per-where_prec summary as JSON')
    .option('--errors <n>', 'list N rows resolved beyond 25 km or not at all', positiveInt('--errors'))
    .action(evalUcdp);
}
