// Rollup tables: event counts and fatalities of the visible events (not rejected, not merged)
// summed per day and per value of every filter the dashboard uses most (date window, country,
// admin1, type, sub-type), overall, per main actor and per actor pair. Aggregates whose filters
// all fall on these dimensions read them instead of the event rows (1,000,000 events fold into
// about 100,000 rollup rows), and give the same answer: the date window test uses the same two
// columns (event_date, date_last), and triggers on events keep every rollup in step inside the
// writing transaction (insert, review edit, merge, reject, delete). Migration 070 creates them;
// a change to ROLLUPS needs a new migration that drops and recreates them with rollupSql().

import type { EventQuery } from '../store.ts';
import type { DB } from './db.ts';

/** The filterable event columns every rollup row is keyed by, and the events table filters on. */
export const ROLLUP_DIMS = ['event_date', 'date_last', 'iso3', 'country', 'admin1', 'event_type', 'sub_event_type'] as const;

/** True when the rollups hold the answer: only their dimensions filter, hidden events excluded. */
export function rollupCovers(q: EventQuery): boolean {
  return !q.actor && q.fatalities_min == null && q.fatalities_max == null && !q.bbox && !q.text
    && !q.status && !q.include_hidden && !q.document_id;
}

/** A rollup table and the one extra key it groups by (none: the dimensions alone). */
interface Rollup {
  table: string;
  /** Column name and, per inserted row, the values it takes ("r" stands for new or old). */
  key?: { column: string; values: Array<{ expr: string; when: string }> };
}

/** Main actors count once per event: actor1, and actor2 when it differs (as the base query does). */
export const ROLLUPS: Rollup[] = [
  { table: 'rollup_days' },
  {
    table: 'rollup_actors',
    key: {
      column: 'actor',
      values: [
        { expr: 'r.actor1', when: "r.actor1 != ''" },
        { expr: 'r.actor2', when: "r.actor2 != '' AND r.actor2 != r.actor1" },
      ],
    },
  },
  {
    table: 'rollup_pairs',
    key: {
      column: 'pair',
      values: [
        {
          expr: "CASE WHEN r.actor1 <= r.actor2 THEN r.actor1 || ' | ' || r.actor2 ELSE r.actor2 || ' | ' || r.actor1 END",
          when: "r.actor1 != '' AND r.actor2 != ''",
        },
      ],
    },
  },
];

const VISIBLE = "r.status NOT IN ('rejected', 'merged')";
/** Columns whose change moves an event between rollup rows. */
const WATCHED = [...ROLLUP_DIMS, 'actor1', 'actor2', 'fatalities', 'status'];

function keyColumns(r: Rollup): string[] {
  return [...(r.key ? [r.key.column] : []), ...ROLLUP_DIMS];
}

function valuesOf(r: Rollup): Array<{ expr: string; when: string }> {
  return r.key?.values ?? [{ expr: '', when: '1' }];
}

/** One row's contribution added (sign +1, from `new`) or taken away (-1, from `old`). */
function apply(r: Rollup, sign: 1 | -1): string {
  const row = sign === 1 ? 'new' : 'old';
  const sub = (s: string) => s.replace(/\br\./g, `${row}.`);
  const cols = keyColumns(r);
  return valuesOf(r)
    .map(({ expr, when }) => {
      const keyValues = [...(r.key ? [sub(expr)] : []), ...ROLLUP_DIMS.map((d) => `${row}.${d}`)];
      const guard = `${sub(when)} AND ${sub(VISIBLE)}`;
      if (sign === 1) {
        // WHERE is required before ON CONFLICT in INSERT ... SELECT (SQLite's parsing rule).
        return `INSERT INTO ${r.table} (${cols.join(', ')}, events, fatalities)
          SELECT ${keyValues.join(', ')}, 1, new.fatalities WHERE ${guard}
          ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;`;
      }
      const match = cols.map((c, i) => `${c} = ${keyValues[i]}`).join(' AND ');
      // A row whose last event left is removed, so no empty bucket is ever reported.
      return `UPDATE ${r.table} SET events = events - 1, fatalities = fatalities - old.fatalities WHERE ${match} AND ${guard};
        DELETE FROM ${r.table} WHERE ${match} AND events = 0;`;
    })
    .join('\n');
}

/**
 * DDL for the tables and the triggers on events. No secondary index: one per table doubled the
 * trigger cost per insert (25 -> 47 us), and a country filter scanning a whole rollup (~100,000
 * rows at 1,000,000 events) still answers in 20-40 ms. Migration 071 drops the ones 070 made.
 */
export function rollupSql(): string {
  const tables = ROLLUPS.map((r) => {
    const cols = keyColumns(r);
    return `CREATE TABLE ${r.table} (${cols.map((c) => `${c} TEXT NOT NULL`).join(', ')},
        events INTEGER NOT NULL, fatalities INTEGER NOT NULL, PRIMARY KEY (${cols.join(', ')})) WITHOUT ROWID;`;
  });
  const each = (sign: 1 | -1) => ROLLUPS.map((r) => apply(r, sign)).join('\n');
  const changed = WATCHED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  return `${tables.join('\n')}
    CREATE TRIGGER events_rollup_insert AFTER INSERT ON events BEGIN ${each(1)} END;
    CREATE TRIGGER events_rollup_delete AFTER DELETE ON events BEGIN ${each(-1)} END;
    CREATE TRIGGER events_rollup_update AFTER UPDATE ON events WHEN ${changed} BEGIN ${each(-1)} ${each(1)} END;`;
}

/** Fills the rollups from the events table (a new or rebuilt rollup). */
export function backfillRollups(db: DB): void {
  for (const r of ROLLUPS) {
    const cols = keyColumns(r);
    const selects = valuesOf(r).map(
      ({ expr, when }) => `SELECT ${[...(r.key ? [`${expr} AS ${r.key.column}`] : []), ...ROLLUP_DIMS.map((d) => `r.${d}`)].join(', ')}, r.fatalities AS f
        FROM events r WHERE ${when} AND ${VISIBLE}`,
    );
    db.exec(`INSERT INTO ${r.table} (${cols.join(', ')}, events, fatalities)
      SELECT ${cols.join(', ')}, count(*), sum(f) FROM (${selects.join(' UNION ALL ')}) GROUP BY ${cols.join(', ')}`);
  }
}
