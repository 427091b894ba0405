// Rollups (migration 090): events and fatalities of the visible events per event_date,
// date_last, country, admin1, type and sub-type, as the SQLite store's rollup tables: kind
// 'day' (dates, places, types), 'actor' (per main actor) and 'pair' (per actor pair). Counts and
// aggregates whose filters are all among those columns read them instead of the event rows,
// with the same answer.
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
import type { Db } from './db.ts';

export type RollupKind = 'day' | 'actor' | 'pair';

const COLUMNS = 'key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities';

/** Rollup rows of one kind and its pending deltas, aliased like events (e) so dimensionWhere
 *  reads alike; `key` holds the actor or pair. */
export function rollupSource(kind: RollupKind): string {
  return `(SELECT ${COLUMNS} FROM rollups WHERE kind = '${kind}'
    UNION ALL SELECT ${COLUMNS} FROM rollup_deltas WHERE kind = '${kind}')`;
}

const DAY_ANSWERS: Array<AggregateBy | null> = [null, 'day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1'];

/** The rollup answering q grouped by `by` (null: a count), or null when a filter is not one of
 *  its columns (text, box, actor, tolls, status, document, hidden events). */
export function rollupFor(q: EventQuery, by: AggregateBy | null): RollupKind | null {
  if (!rollupCovers(q)) return null;
  if (by === 'actor') return 'actor';
  if (by === 'actor_pair') return 'pair';
  return DAY_ANSWERS.includes(by) ? 'day' : null;
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
