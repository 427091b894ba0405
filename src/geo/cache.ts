// A disk cache of built gazetteers. Building the default indexes about a million names (several
// CPU seconds); reading a V8-serialised snapshot takes about a fifth of that. The cache key hashes
// the geo code, its data files and the size/mtime of every source file, so any change rebuilds.
// SITREP_GEO_CACHE=off disables it; SITREP_GEO_CACHE=DIR moves it (default node_modules/.cache).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { dumpFiles } from './dump.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

function cacheDir(): string | null {
  const env = process.env.SITREP_GEO_CACHE;
  if (env === 'off' || env === '0') return null;
  if (env) return env;
  const nm = join(HERE, '..', '..', 'node_modules');
  return existsSync(nm) ? join(nm, '.cache', 'sitrep-geo') : null;
}

function fingerprint(path: string): string {
  const st = statSync(path);
  return `${path}:${st.size}:${st.mtimeMs}`;
}

/** Hash of everything a built gazetteer depends on: code, data files and the source files. */
export function cacheKey(sources: string[]): string {
  const h = createHash('sha256');
  for (const dir of [HERE, join(HERE, 'data')]) {
    for (const f of readdirSync(dir).sort()) {
      if (/\.(ts|json|txt)$/.test(f)) h.update(f).update(readFileSync(join(dir, f)));
    }
  }
  for (const s of sources) for (const f of existsSync(s) ? dumpFiles(s) : [s]) h.update(existsSync(f) ? fingerprint(f) : f);
  return h.digest('hex').slice(0, 24);
}

export function readCache<T>(key: string): T | null {
  const dir = cacheDir();
  const file = dir && join(dir, `${key}.v8`);
  if (!file || !existsSync(file)) return null;
  try {
    return v8.deserialize(readFileSync(file)) as T;
  } catch {
    return null; // a truncated or foreign file: rebuild
  }
}

/** Writes atomically (temp file + rename) so concurrent processes never read half a snapshot;
 *  keeps only the 4 most recent snapshots. Failing to write is not an error: the cache is optional. */
export function writeCache(key: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, v8.serialize(value));
    renameSync(tmp, join(dir, `${key}.v8`));
    const old = readdirSync(dir)
      .filter((f) => f.endsWith('.v8'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(4);
    for (const { f } of old) unlinkSync(join(dir, f));
  } catch {
    // read-only install or full disk: run without the cache
  }
}
