// Rollup tables: event counts and fatalities of the visible events (not rejected, not merged)
// summed per value of the filters the dashboard uses most (date window, country, admin1, type,
// sub-type): all time (rollup_totals, a few thousand rows), per day (rollup_days: 1,000,000
// synthetic events fold into about 100,000 rows), per main actor and per actor pair. Counts and
// aggregates whose filters and grouping all fall on one table's dimensions read it instead of
// the event rows, with the same answer: the date window test uses the same two columns
// (event_date, date_last), and triggers on events keep every rollup in step inside the writing
// transaction (insert, review edit, merge, reject, delete); an import batch adds its new events
// itself, once per rollup row (insertFolded). A change to ROLLUPS needs a new migration calling
// rebuildRollups() (070 and 072 do).

import type { AggregateBy, EventQuery } from '../store.ts';
import { rollupCovers } from '../rollup-scope.ts';
import { stmt, type DB } from './db.ts';

const PLACE_TYPE = ['iso3', 'country', 'admin1', 'event_type', 'sub_event_type'];
const DAYS = ['event_date', 'date_last', ...PLACE_TYPE];

/** A rollup table: its dimensions, the groupings it answers, and an optional extra key. */
export interface Rollup {
  table: string;
  dims: string[];
  /** Aggregates it answers; null: counts. */
  answers: Array<AggregateBy | null>;
  /** Column name and, per event, the values it takes ("r" stands for new or old). */
  key?: { column: string; values: Array<{ expr: string; when: string }> };
}

const PLACES_AND_TYPES: Array<AggregateBy | null> = [null, 'event_type', 'sub_event_type', 'country', 'admin1'];

/** Smallest first: the first that covers a query answers it. Main actors count once per event:
 *  actor1, and actor2 when it differs (as the query over events does). */
export const ROLLUPS: Rollup[] = [
  { table: 'rollup_totals', dims: PLACE_TYPE, answers: PLACES_AND_TYPES },
  { table: 'rollup_days', dims: DAYS, answers: [...PLACES_AND_TYPES, 'day'] },
  {
    table: 'rollup_actors',
    dims: DAYS,
    answers: ['actor'],
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
    dims: DAYS,
    answers: ['actor_pair'],
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

/** The rollup holding the answer to q grouped by `by` (null: a count), or null when a filter is
 *  not a rollup dimension (text, box, actor, tolls, status, document, hidden events). */
export function rollupFor(q: EventQuery, by: AggregateBy | null): Rollup | null {
  if (!rollupCovers(q)) return null;
  const dated = Boolean(q.from || q.to);
  return ROLLUPS.find((r) => r.answers.includes(by) && (!dated || r.dims.includes('event_date'))) ?? null;
}

const VISIBLE = "r.status NOT IN ('rejected', 'merged')";
/** Columns whose change moves an event between rollup rows. */
const WATCHED = [...DAYS, 'actor1', 'actor2', 'fatalities', 'status'];

function keyColumns(r: Rollup): string[] {
  return [...(r.key ? [r.key.column] : []), ...r.dims];
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
      const keyValues = [...(r.key ? [sub(expr)] : []), ...r.dims.map((d) => `${row}.${d}`)];
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

/** Each rollup's rows summed from the events `where` selects (alias r), as an INSERT ... SELECT (then `onConflict`). */
function grouped(r: Rollup, where: string, onConflict = ''): string {
  const cols = keyColumns(r);
  const selects = valuesOf(r).map(
    ({ expr, when }) => `SELECT ${[...(r.key ? [`${expr} AS ${r.key.column}`] : []), ...r.dims.map((d) => `r.${d}`)].join(', ')}, r.fatalities AS f
      FROM events r WHERE ${when} AND ${VISIBLE} AND ${where}`,
  );
  // WHERE true: an upsert's SELECT needs a WHERE before ON CONFLICT (SQLite's parsing rule).
  return `INSERT INTO ${r.table} (${cols.join(', ')}, events, fatalities)
    SELECT ${cols.join(', ')}, count(*), sum(f) FROM (${selects.join(' UNION ALL ')}) WHERE true GROUP BY ${cols.join(', ')} ${onConflict}`;
}

/**
 * Drops and recreates every rollup table and the triggers on events, and fills them from the
 * stored events. No secondary indexes: one per table doubled the trigger cost per insert
 * (25 -> 47 us); a country filter scanning a day rollup still answers in 20-40 ms at 1,000,000.
 */
export function rebuildRollups(db: DB): void {
  for (const r of ROLLUPS) {
    const cols = keyColumns(r);
    db.exec(`DROP TABLE IF EXISTS ${r.table};
      CREATE TABLE ${r.table} (${cols.map((c) => `${c} TEXT NOT NULL`).join(', ')},
        events INTEGER NOT NULL, fatalities INTEGER NOT NULL, PRIMARY KEY (${cols.join(', ')})) WITHOUT ROWID;`);
    db.exec(grouped(r, '1'));
  }
  createRollupTriggers(db);
}

/**
 * The triggers that keep the rollups in step with events. The insert trigger stands aside while
 * a writer holds a row in rollup_folds (insertFolded), which adds its new events itself.
 */
export function createRollupTriggers(db: DB): void {
  const each = (sign: 1 | -1) => ROLLUPS.map((r) => apply(r, sign)).join('\n');
  const changed = WATCHED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  db.exec(`CREATE TABLE IF NOT EXISTS rollup_folds (writer INTEGER PRIMARY KEY);
    DROP TRIGGER IF EXISTS events_rollup_insert; DROP TRIGGER IF EXISTS events_rollup_delete;
    DROP TRIGGER IF EXISTS events_rollup_update;
    CREATE TRIGGER events_rollup_insert AFTER INSERT ON events WHEN NOT EXISTS (SELECT 1 FROM rollup_folds) BEGIN ${each(1)} END;
    CREATE TRIGGER events_rollup_delete AFTER DELETE ON events BEGIN ${each(-1)} END;
    CREATE TRIGGER events_rollup_update AFTER UPDATE ON events WHEN ${changed} BEGIN ${each(-1)} ${each(1)} END;`);
}

const FOLDS = ROLLUPS.map((r) => grouped(r, 'r.seq >= @first', 'ON CONFLICT DO UPDATE SET events = events + excluded.events, fatalities = fatalities + excluded.fatalities'));

/**
 * Runs `insert`, which only inserts events (an import batch's new ones), and adds them to the
 * rollups afterwards, each rollup row once with all the batch brought it, instead of one upsert
 * per event and rollup from the insert trigger: a batch's events then reach each rollup's pages
 * in key order (~25 of ~120 us per new event at 1,000,000 events, harness). Inside the writer's
 * transaction: should `insert` throw, nothing is folded, the mark is removed and the writer's
 * transaction rolls back what was inserted.
 */
export function insertFolded<T>(db: DB, insert: () => T): T {
  const first = (stmt(db, 'SELECT coalesce(max(seq), 0) + 1 FROM events').pluck().get() as number);
  stmt(db, 'INSERT INTO rollup_folds (writer) VALUES (1)').run();
  try {
    const out = insert();
    for (const sql of FOLDS) stmt(db, sql).run({ first });
    return out;
  } finally {
    stmt(db, 'DELETE FROM rollup_folds').run();
  }
}
