// The files an ingest command covers: explicit files as given, folders walked recursively for
// the extensions sitrep reads (sidecars and other files are skipped). Entries that cannot be
// visited (broken links, unreadable folders) come back as problems, never as a crash.

import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IngestError } from './errors.ts';
import { KINDS } from './read.ts';

export interface Inputs {
  files: string[];
  problems: IngestError[];
  /** Files in folders that are not ingested (other extensions, sidecars). */
  skipped: number;
}

export async function listInputs(paths: string[]): Promise<Inputs> {
  const out: Inputs = { files: [], problems: [], skipped: 0 };
  const seenDirs = new Set<string>();
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p, out, seenDirs);
    else out.files.push(p); // a file, or a bad path that reading will explain
  }
  return out;
}

async function walk(dir: string, out: Inputs, seen: Set<string>): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.problems.push(new IngestError(dir, `cannot read folder (${(err as NodeJS.ErrnoException).code ?? err})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.name.startsWith('.')) continue;
    const wanted = extname(e.name).toLowerCase() in KINDS && !e.name.endsWith('.meta.json');
    if (e.isDirectory()) {
      // A folder that carries a document extension is almost certainly a mistake worth naming.
      if (wanted) out.problems.push(new IngestError(path, 'is a directory, not a file'));
      await walk(path, out, seen);
    } else if (wanted) {
      out.files.push(path); // includes symlinks: reading follows them or reports them broken
    } else if (e.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isDirectory()) await walk(path, out, seen);
      else out.skipped++;
    } else {
      out.skipped++;
    }
  }
}
