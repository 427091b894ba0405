// `sitrep events`: list stored events with filters, as a table (default) or JSON/CSV/GeoJSON.

import { Option, type Command } from 'commander';
import type { SitrepEvent } from '../../core/types.ts';
import { withStore } from '../context.ts';
import { addFilterOptions, queryFromOptions, wholeNumber } from '../options.ts';

const FORMAT_NAMES: Record<string, string> = { json: 'json', csv: 'acled-csv', geojson: 'geojson' };

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('list events in the store, filtered')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'geojson']).default('table'))
    .option('--limit <n>', 'at most this many events (table default: 50; other formats: all)');
  addFilterOptions(cmd).action(async function (this: Command, opts: Record<string, any>) {
    const q = queryFromOptions(opts);
    const limit = opts.limit !== undefined ? wholeNumber('--limit', opts.limit) : opts.format === 'table' ? 50 : Infinity;
    await withStore(this, async (store) => {
      const events = take(store.streamEvents(q), limit);
      if (opts.format === 'table') {
        const total = await store.countEvents(q);
        const rows: SitrepEvent[] = [];
        for await (const ev of events) rows.push(ev);
        process.stdout.write(table(rows));
        process.stderr.write(`${rows.length} of ${total} event(s)${rows.length < total ? ' (use --limit to see more)' : ''}\n`);
        return;
      }
      const { formatNamed } = await import('../../export/index.ts');
      for await (const chunk of formatNamed(FORMAT_NAMES[opts.format]).render(events, store)) {
        if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
      }
    });
  });
}

async function* take<T>(it: AsyncIterable<T>, n: number): AsyncIterable<T> {
  if (n <= 0) return;
  let i = 0;
  for await (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

const COLUMNS: Array<[string, (e: SitrepEvent) => string, number]> = [
  ['id', (e) => e.id, 24],
  ['date', (e) => e.event_date + (e.time_precision > 1 ? `~${e.time_precision}` : ''), 12],
  ['type', (e) => e.sub_event_type, 26],
  ['location', (e) => [e.location, e.iso3].filter(Boolean).join(', '), 24],
  ['actors', (e) => [e.actor1, e.actor2].filter(Boolean).join(' vs '), 44],
  ['dead', (e) => (e.fatalities_max > e.fatalities ? `${e.fatalities} (${e.fatalities_min}-${e.fatalities_max})` : String(e.fatalities)), 12],
  ['grade', (e) => e.grade, 10],
];

export function table(rows: SitrepEvent[]): string {
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const line = (cells: string[]) => cells.map((c, i) => fit(c, COLUMNS[i][2])).join(' ').trimEnd() + '\n';
  return line(COLUMNS.map((c) => c[0])) + rows.map((r) => line(COLUMNS.map((c) => c[1](r)))).join('');
}
