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

/** What the cache keeps, newest first: snapshots up to this many bytes in all (the newest
 *  always). A budget in bytes, not a count: the tests write many tiny gazetteers, and a count of
 *  4 let a test run evict the default and GeoNames snapshots (~200 MB each), so the next eval
 *  rebuilt them (15-20 s CPU); checkouts sharing node_modules also keep one pair each. */
const CACHE_BYTES = 2 * 1024 ** 3;

/** Writes atomically (temp file + rename) so concurrent processes never read half a snapshot,
 *  then drops the oldest snapshots beyond `keepBytes`. Failing to write is not an error: the
 *  cache is optional. */
export function writeCache(key: string, value: unknown, keepBytes = CACHE_BYTES): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, v8.serialize(value));
    renameSync(tmp, join(dir, `${key}.v8`));
    const kept = readdirSync(dir)
      .filter((f) => f.endsWith('.v8'))
      .map((f) => {
        const st = statSync(join(dir, f));
        return { f, t: st.mtimeMs, bytes: st.size };
      })
      .sort((a, b) => b.t - a.t);
    let bytes = 0;
    for (const [n, { f, bytes: size }] of kept.entries()) {
      bytes += size;
      if (n > 0 && bytes > keepBytes) unlinkSync(join(dir, f));
    }
  } catch {
    // read-only install or full disk: run without the cache
  }
}
