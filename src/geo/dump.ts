// Reader for the GeoNames dump format (geonames.org XX.txt / allCountries.txt / cities500.txt):
// 19 tab-separated columns, one place per line. Read synchronously in chunks so a 1.5 GB
// allCountries.txt streams in constant memory and callers (gazetteer loading) stay sync.

import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DumpRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  feature_class: string;
  feature_code: string;
  country_code: string;
  /** Normalised: "8.0" (seen in some exports) becomes "8"; see adminKey for matching. */
  admin1_code: string;
  admin2_code: string;
  population: number;
}

/** Admin codes as written by tools that went through floats ("8.0") lose the ".0". */
function cleanCode(code: string | undefined): string {
  const c = (code ?? '').trim();
  return c.endsWith('.0') ? c.slice(0, -2) : c;
}

/** One dump line to a row; null for a blank, comment or malformed line (callers count them). */
export function parseDumpLine(line: string): DumpRow | null {
  if (!line || line.startsWith('#')) return null;
  const f = line.split('\t');
  if (f.length < 9) return null;
  const geonameid = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(geonameid) || !f[1] || !f[4] || !f[5]) return null;
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return null;
  return {
    geonameid,
    name: f[1],
    asciiname: f[2] ?? '',
    alternatenames: f[3] ? f[3].split(',') : [],
    lat,
    lon,
    feature_class: f[6] ?? '',
    feature_code: f[7] ?? '',
    country_code: (f[8] ?? '').toUpperCase(),
    admin1_code: cleanCode(f[10]),
    admin2_code: cleanCode(f[11]),
    population: Number(f[14]) || 0,
  };
}

/** Calls `onLine` for every line of a (possibly huge) text file, reading 4 MB at a time. */
export function forEachLine(path: string, onLine: (line: string, bytesRead: number) => void): void {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(4 << 20);
  let rest = '';
  let total = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      // Cut at the last newline byte so a multi-byte UTF-8 character is never split.
      const lastNl = buf.lastIndexOf(10, n - 1);
      if (lastNl < 0) {
        rest += buf.toString('utf8', 0, n);
        continue;
      }
      const chunk = rest + buf.toString('utf8', 0, lastNl);
      rest = buf.toString('utf8', lastNl + 1, n);
      for (const line of chunk.split('\n')) onLine(line.endsWith('\r') ? line.slice(0, -1) : line, total);
    }
    if (rest) onLine(rest, total);
  } finally {
    closeSync(fd);
  }
}

/** Streams rows of a dump file; returns counts of rows read and lines rejected. */
export function readDump(path: string, onRow: (row: DumpRow) => void): { rows: number; bad: number } {
  let rows = 0;
  let bad = 0;
  forEachLine(path, (line) => {
    if (!line.trim()) return;
    const row = parseDumpLine(line);
    if (row) {
      rows++;
      onRow(row);
    } else if (!line.startsWith('#')) bad++;
  });
  return { rows, bad };
}

/** A dump file, or every *.txt dump in a folder (sorted), skipping README-like files. */
export function dumpFiles(pathOrFolder: string): string[] {
  if (!statSync(pathOrFolder).isDirectory()) return [pathOrFolder];
  return readdirSync(pathOrFolder)
    .filter((f) => f.endsWith('.txt') && !/^readme/i.test(f) && !/^admin\dCodes/i.test(f))
    .sort()
    .map((f) => join(pathOrFolder, f));
}
