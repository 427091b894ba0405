// A small wrapper over a pg Pool: parameterised queries and transactions. Every statement in
// the PostgreSQL store goes through `q` with $n placeholders; values are never spliced into SQL.

import pg from 'pg';

// int8 (count(*), bigserial) as JS numbers: counts here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// Dates as the ISO strings the Store interface speaks, not JS Date objects at midnight local time.
pg.types.setTypeParser(1082, (v) => v);

export type Queryable = Pick<pg.PoolClient, 'query'>;

export class Db {
  readonly pool: pg.Pool;

  constructor(url: string, max = Number(process.env.SITREP_PG_POOL ?? 10)) {
    this.pool = new pg.Pool({ connectionString: url, max });
    // An idle client losing its server connection must not crash the process.
    this.pool.on('error', () => {});
  }

  async q<R extends pg.QueryResultRow = any>(sql: string, params: unknown[] = [], c: Queryable = this.pool): Promise<R[]> {
    return (await c.query<R>(sql, params)).rows;
  }

  /** Runs fn in one transaction on one connection: all or nothing. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
