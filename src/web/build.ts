// Builds the dashboard (src/web) into dist/web with esbuild: one JS bundle, one CSS bundle
// (Leaflet's CSS included), index.html and the offline basemap (Natural Earth countries from
// world-atlas). Build output is not committed; `ensureWebBuild` rebuilds when the inputs changed,
// so a fresh clone works on first `sitrep serve` / `npm start`.
// Run directly (`npm run build:web`) to force a build.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = join(WEB_SRC, '..', '..');
export const WEB_OUT = join(ROOT, 'dist', 'web');
const require = createRequire(import.meta.url);
/** 1:50m borders: detailed enough to read a country's shape, small enough (~750 kB) to load fast. */
const BASEMAP = require.resolve('world-atlas/countries-50m.json');
const STAMP = 'build-stamp.json';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Hash of everything the build reads from this repo, plus the versions of bundled packages. */
function inputsHash(): string {
  const h = createHash('sha256');
  for (const f of filesUnder(WEB_SRC).sort()) h.update(f).update(readFileSync(f));
  for (const f of [join(ROOT, 'src', 'core', 'taxonomy.ts'), require.resolve('leaflet/package.json'), BASEMAP]) {
    h.update(f).update(String(statSync(f).size)).update(readFileSync(f).subarray(0, 4096));
  }
  return h.digest('hex');
}

/** Writes through a temporary name, so a concurrent build never serves a half-written file. */
function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export async function buildWeb(outDir = WEB_OUT): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(WEB_SRC, 'client', 'main.ts'), style: join(WEB_SRC, 'style.css') },
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'esm',
    target: ['chrome110', 'firefox110', 'safari16'],
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    write: false,
    outdir: outDir,
    logLevel: 'silent',
  });
  for (const f of result.outputFiles) writeAtomic(f.path, f.contents);
  writeAtomic(join(outDir, 'index.html'), readFileSync(join(WEB_SRC, 'index.html')));
  const tmp = join(outDir, `countries.json.${process.pid}.tmp`);
  copyFileSync(BASEMAP, tmp);
  renameSync(tmp, join(outDir, 'countries.json'));
  writeAtomic(join(outDir, STAMP), JSON.stringify({ inputs: inputsHash(), built_at: new Date().toISOString() }));
  return outDir;
}

/** Builds the dashboard unless an up-to-date build exists; returns its folder. */
export async function ensureWebBuild(outDir = WEB_OUT): Promise<string> {
  const stamp = join(outDir, STAMP);
  if (existsSync(stamp)) {
    try {
      if (JSON.parse(readFileSync(stamp, 'utf8')).inputs === inputsHash()) return outDir;
    } catch {
      // An unreadable stamp means a broken build: rebuild.
    }
  }
  return buildWeb(outDir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  buildWeb().then(
    (dir) => process.stderr.write(`dashboard built in ${Date.now() - t0} ms -> ${dir}\n`),
    (err) => {
      process.stderr.write(`sitrep: dashboard build failed: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
