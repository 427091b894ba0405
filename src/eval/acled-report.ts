// Terminal report for `sitrep eval acled`: field shares, event_type confusion matrix,
// the worst sub-event types and, on request, wrong cells to learn from.

import { EVENT_TYPES } from '../core/taxonomy.ts';
import { byCountry, wrongCells } from './acled.ts';
import type { AcledEval } from './acled.ts';
import type { AcledField } from './score.ts';
import { formatTable } from './table.ts';

const SHORT: Record<string, string> = {
  Battles: 'BAT',
  'Explosions/Remote violence': 'ERV',
  'Violence against civilians': 'VAC',
  Protests: 'PRO',
  Riots: 'RIO',
  'Strategic developments': 'STR',
  '(none)': 'none',
};

export interface AcledReportOptions {
  errors?: number;
  field?: AcledField;
  worstSubTypes?: number;
  /** Also print field shares for the N countries with the most rows. */
  countries?: number;
}

/** What the speed figure counts, with the main thread / V8 helper threads split when known. */
function speedDefinition(ev: AcledEval): string {
  const cpu = ev.extract_cpu_seconds;
  const main = ev.extract_main_thread_cpu_seconds;
  const split = main === null ? '' : `: main thread ${main.toFixed(2)} s, V8 compiler/GC threads ${(cpu - main).toFixed(2)} s`;
  return `speed = notes / process CPU of one cold extraction pass, ${cpu.toFixed(2)} CPU-s${split}; gazetteer loading not included`;
}

export function formatAcledEval(ev: AcledEval, opts: AcledReportOptions = {}): string {
  const out: string[] = [];
  out.push(formatTable(Object.entries(ev.fields).map(([field, share]) => ({ field, share })),
    `ACLED eval: ${ev.n} rows, ${ev.no_event} without any extracted event, ` +
      `${ev.notes_per_second} notes per CPU-second (${ev.notes_per_wall_second} per wall second; extraction only)\n` +
      speedDefinition(ev)));

  const got = [...EVENT_TYPES, '(none)'];
  const matrix = EVENT_TYPES.filter((t) => ev.confusion[t]).map((t) => {
    const line: Record<string, string | number> = { 'expected \\ got': `${SHORT[t]} ${t}` };
    for (const g of got) line[SHORT[g]] = ev.confusion[t][g] ?? 0;
    line.other = Object.entries(ev.confusion[t]).filter(([g]) => !got.includes(g)).reduce((s, [, k]) => s + k, 0);
    return line;
  });
  out.push(formatTable(matrix, '\nevent_type confusion (rows: coded, columns: extracted)'));

  const worst = ev.sub_event_types
    .filter((s) => s.n >= 3)
    .sort((a, b) => a.correct / a.n - b.correct / b.n || b.n - a.n)
    .slice(0, opts.worstSubTypes ?? 8)
    .map((s) => ({ sub_event_type: s.sub_event_type, rows: s.n, right: s.correct, share: s.correct / s.n }));
  out.push(formatTable(worst, '\nworst sub-event types (at least 3 rows)'));

  if (opts.countries) {
    const SHOWN: AcledField[] = ['event_type', 'event_date', 'fatalities', 'location_25km', 'country', 'actor1'];
    const lines = byCountry(ev, opts.countries).map((c) => ({
      'coded country': c.country, rows: c.n, ...Object.fromEntries(SHOWN.map((f) => [f, c.fields[f]])),
    }));
    out.push(formatTable(lines, `\nby country (${lines.length} with the most rows)`));
  }
  if (opts.errors) {
    const cells = wrongCells(ev, opts.field).slice(0, opts.errors)
      .map((c) => ({ id: c.id, field: c.field, expected: c.expected, got: c.got }));
    out.push(formatTable(cells, `\nwrong cells (first ${cells.length}${opts.field ? `, field ${opts.field}` : ''})`));
  }
  return out.join('\n');
}
