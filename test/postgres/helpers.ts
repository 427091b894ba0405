// One throwaway PostgreSQL server per test file, and a fresh migrated store per call.

import { after, before } from 'node:test';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.ts';
import { startPostgres, type PostgresServer } from '../support/servers.ts';

export interface PgFixture {
  /** Set when the binaries are absent: the caller skips with this reason. */
  skip: string | null;
  server: PostgresServer | null;
  newStore(): Promise<PostgresStore>;
}

export function usePostgres(): PgFixture {
  const stores: PostgresStore[] = [];
  const fx: PgFixture = {
    skip: null,
    server: null,
    async newStore() {
      const store = await openPostgresStore(await fx.server!.newDatabase());
      await store.migrate();
      stores.push(store);
      return store;
    },
  };
  before(async () => {
    const s = await startPostgres();
    if ('skip' in s) {
      fx.skip = s.skip;
      console.log(`# skipping PostgreSQL tests: ${s.skip}`);
    } else fx.server = s;
  });
  after(async () => {
    for (const s of stores) await s.close().catch(() => {});
    await fx.server?.stop();
  });
  return fx;
}
