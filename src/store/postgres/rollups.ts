// Rollups (migration 090): events and fatalities of the visible events per event_date,
// date_last, country, admin1, type and sub-type, as the SQLite store's rollup tables: kind
// 'day' (dates, places, types), 'actor' (per main actor) and 'pair' (per actor pair). Counts and
// aggregates whose filters are all among those columns read them instead of the event rows,
// with the same answer. Those day-grain rows are about as many as the events on data spread
// over years and places, so each kind is also kept at coarser grains (migration 092: no dates,
// months, weeks; admin1 and sub-type dropped) and a query reads the smallest grain that answers
// it exactly (rollupFor).
//
// Concurrent writers must not queue on shared counter rows, so the write path only appends:
// a trigger on events adds +1 rows (new values) and -1 rows (old values) to rollup_deltas.
// Readers add rollups and the unfolded deltas in one snapshot; the fold moves deltas into
// rollups under a try-lock. It runs off the write path: every 10,000 deltas the trigger notifies
// 'sitrep_rollups' and a RollupFolder in each process with the store open folds in its own
// transaction (migration 091). Writers fold themselves only past 50,000 pending deltas.

import pg from 'pg';
import type { AggregateBy, EventQuery } from '../store.ts';
import { rollupCovers } from '../rollup-scope.ts';
import { days, inUnits, plainOrAbsent, unitsWithin } from './date-units.ts';
import type { Db } from './db.ts';
import type { Params } from './query.ts';

export type RollupKind = 'day' | 'actor' | 'pair';

/** A rollup grain (migration 092, table rollup_grains): dates at a unit ('all': none), admin1
 *  and sub-type kept or blanked, for some kinds. Its rows have kind `${kind}${name}`. */
export interface Grain {
  name: string;
  unit: 'day' | 'week' | 'month' | 'all';
  admin1: boolean;
  sub: boolean;
  kinds: RollupKind[];
}

/** The grain and kind a count or aggregate reads. */
export interface RollupRead {
  kind: RollupKind;
  grain: string;
  /** Set when q's window starts or ends inside the grain's units: the grain answers the whole
   *  units within (this window, its bounds on unit edges) and the events outside it, the edge
   *  days, come from the event rows (edgeWhere). */
  within?: { from?: string; to?: string };
}

const loaded = new WeakMap<Db, Promise<Grain[]>>();

/** The grains, smallest first, read once per pool (the migration that made them is their one
 *  definition; a failed read is tried again next time). */
export function grainsOf(db: Db): Promise<Grain[]> {
  let grains = loaded.get(db);
  if (!grains) {
    grains = db.q<Grain>('SELECT name, unit, admin1, sub, kinds FROM rollup_grains ORDER BY ord');
    loaded.set(db, grains);
    grains.catch(() => loaded.delete(db));
  }
  return grains;
}

const COLUMNS = 'key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities';

/** Rollup rows of one kind and grain and its pending deltas at that grain, aliased like events
 *  (e) so dimensionWhere reads alike; `key` holds the actor or pair. */
export function rollupSource({ kind, grain }: RollupRead, p: Params): string {
  return `(SELECT ${COLUMNS} FROM rollups WHERE kind = ${p.add(kind + grain)}
    UNION ALL SELECT ${COLUMNS} FROM rollup_pending WHERE base = ${p.add(kind)} AND grain = ${p.add(grain)})`;
}

const DAY_ANSWERS: Array<AggregateBy | null> = [null, 'day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1'];

/** The smallest rollup grain answering q grouped by `by` (null: a count) exactly, or null when
 *  a filter is not one of its columns (text, box, actor, tolls, status, document, hidden
 *  events). A date window that no coarse grain answers exactly is split: the whole weeks or
 *  months inside it from a coarse grain, the edge days from the event rows (their date indexes
 *  find them); a window too short to hold a whole unit is read from the event rows alone. The
 *  day grain, which has no date index, is left for queries without a window or with a country. */
export function rollupFor(q: EventQuery, by: AggregateBy | null, grains: Grain[]): RollupRead | null {
  if (!rollupCovers(q)) return null;
  const kind: RollupKind | null = by === 'actor' ? 'actor' : by === 'actor_pair' ? 'pair' : DAY_ANSWERS.includes(by) ? 'day' : null;
  if (!kind) return null;
  const mine = grains.filter((g) => g.kinds.includes(kind) && keepsColumns(g, q, by));
  const exact = mine.find((g) => inUnits(q.from, q.to, g.unit));
  // The primary key bounds a country's rows of the day grain (not their dates): with a country,
  // reading them was faster than the edge days of every country from the event rows (200,000
  // events, a 30-day window: 5 against 14-20 ms).
  if (exact && (exact.unit !== 'day' || !(q.from || q.to) || q.country)) return { kind, grain: exact.name };
  let best: { grain: Grain; within: { from?: string; to?: string }; edge: number } | null = null;
  for (const g of mine) {
    if (g.unit !== 'week' && g.unit !== 'month') continue;
    const within = unitsWithin(q.from, q.to, g.unit);
    if (!within) continue;
    const edge = (within.from ? days(q.from!, within.from) : 0) + (within.to ? days(within.to, q.to!) : 0);
    if (!best || edge < best.edge) best = { grain: g, within, edge };
  }
  if (best) return { kind, grain: best.grain.name, within: best.within };
  // No whole unit inside the window (or a bound that is not a plain date): the day grain when
  // the dates are not plain ones (it compares them as before), else the event rows.
  return exact && !(plainOrAbsent(q.from) && plainOrAbsent(q.to)) ? { kind, grain: exact.name } : null;
}

/** True when grain g keeps every column q filters or groups on (dates aside). */
function keepsColumns(g: Grain, q: EventQuery, by: AggregateBy | null): boolean {
  if (!g.admin1 && (q.admin1 || by === 'admin1')) return false;
  if (!g.sub && (q.sub_event_type || by === 'sub_event_type')) return false;
  return !((by === 'day' || by === 'week' || by === 'month') && g.unit !== 'day' && g.unit !== by);
}

const MAX_SEQ = '9223372036854775807::bigint';

/** The events of q's window outside the whole units `within` reads from the grain, as
 *  conditions (events aliased e) added to q's own (eventWhere), one set of rows per condition,
 *  disjoint: those whose window ends before the units start (a range of events_date_last), and
 *  the others that start after the units end (a range of events_date). Read apart, each takes
 *  its own index range; as one OR the planner scanned all events up to the window's end. */
export function edgeWheres(q: EventQuery, within: NonNullable<RollupRead['within']>, p: Params): string[] {
  const arms: string[] = [];
  if (within.from && within.from !== q.from) arms.push(`e.date_last < ${p.add(within.from)}::date`);
  // Compared as rows (event_date, seq), which only the b-tree events_date matches: the GiST
  // index on (geom, event_date) also takes a bare date range, is costed as cheap and reads the
  // whole index (29 of 35 ms of a 30-day count at 200,000 events).
  if (within.to && within.to !== q.to) {
    arms.push(`(e.event_date, e.seq) > (${p.add(within.to)}::date, ${MAX_SEQ}) AND (e.event_date, e.seq) <= (${p.add(q.to)}::date, ${MAX_SEQ})` +
      (within.from ? ` AND e.date_last >= ${p.add(within.from)}::date` : ''));
  }
  return arms;
}

/** Folds the pending deltas into rollups now; false when another fold is running. Answers do
 *  not change (test/postgres/rollups.test.ts). */
export async function foldRollups(db: Db): Promise<boolean> {
  const [row] = await db.q<{ done: boolean }>('SELECT sitrep_fold_rollups() AS done');
  return row.done;
}

/** How long a folder whose LISTEN connection failed waits before listening again. */
const RELISTEN_MS = 5000;

/**
 * Listens for 'sitrep_rollups' on a connection of its own and folds on each notice, one fold at
 * a time (notices during a fold make one more). Without a listening connection (the server
 * refuses, or a pooler cannot LISTEN) the store still works: writers fold past 50,000 deltas.
 */
export class RollupFolder {
  private client: pg.Client | null = null;
  private folding: Promise<unknown> | null = null;
  private again = false;
  private closed = false;
  private relisten: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly url: string,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', () => this.fold());
    // A lost connection must not crash the process: listen again a little later.
    client.on('error', () => this.restart(client));
    try {
      await client.connect();
      await client.query('LISTEN sitrep_rollups');
      if (this.closed) await client.end();
      else this.client = client;
    } catch {
      this.restart(client);
    }
  }

  private restart(client: pg.Client): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.closed || this.relisten) return;
    this.relisten = setTimeout(() => {
      this.relisten = undefined;
      if (!this.closed) void this.start();
    }, RELISTEN_MS);
    this.relisten.unref();
  }

  private fold(): void {
    if (this.closed) return;
    if (this.folding) {
      this.again = true;
      return;
    }
    this.folding = foldRollups(this.db)
      .catch(() => false)
      .finally(() => {
        this.folding = null;
        if (this.again) {
          this.again = false;
          this.fold();
        }
      });
  }

  /** Stops listening; waits for a running fold so the pool can close under it. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.relisten);
    await this.folding;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
