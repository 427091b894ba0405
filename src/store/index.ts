// openStore: the one way the CLI, the API and the workers get a Store.
// A postgres:// URL selects PostgreSQL; anything else is a SQLite file path.

import type { Store } from './store.ts';

export const DEFAULT_DB = './sitrep.db';

export function storeTarget(target?: string | null): string {
  return target || process.env.SITREP_DB || DEFAULT_DB;
}

export async function openStore(target?: string | null): Promise<Store> {
  const where = storeTarget(target);
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(where)) {
    // Loaded only when asked for, and named through a variable so the SQLite-only path never
    // needs the PostgreSQL module (or its client) to exist.
    const pgModule = './postgres/index.ts';
    const { openPostgresStore } = (await import(pgModule)) as { openPostgresStore(url: string): Promise<Store> };
    store = await openPostgresStore(where);
  } else {
    const { SqliteStore } = await import('./sqlite/index.ts');
    store = new SqliteStore(where);
  }
  await store.migrate();
  return store;
}
