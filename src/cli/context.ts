// What commands share: the store named by --db / SITREP_DB, and the gazetteer (the bundled one,
// plus GeoNames dumps given with --gazetteer, plus an imported gazetteer db beside the store).

import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Gazetteer } from '../geo/types.ts';
import type { Store } from '../store/store.ts';

export function dbTarget(cmd: Command): string | undefined {
  return cmd.optsWithGlobals().db;
}

/** Runs `fn` with the command's store open, and always closes it. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../store/index.ts');
  const store = await openStore(dbTarget(cmd));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function cliGazetteer(cmd: Command, files: string[] = []): Promise<Gazetteer> {
  const { loadGazetteer, gazetteerDbPath } = await import('../geo/index.ts');
  const db = gazetteerDbPath({ storeDb: dbTarget(cmd) ?? null });
  process.stderr.write('loading the gazetteer...\n');
  return loadGazetteer({ files, db: existsSync(db) ? db : null });
}

/** The same, loaded on first use (and once): commands that may not need it stay fast. */
export function lazyGazetteer(cmd: Command, files: string[] = []): () => Promise<Gazetteer> {
  let loading: Promise<Gazetteer> | null = null;
  // A failed load is forgotten, so the next use tries again instead of repeating the error.
  return () => (loading ??= cliGazetteer(cmd, files).catch((err: unknown) => {
    loading = null;
    throw err;
  }));
}
