// The keys an admin area answers to ("Aleppo Governorate": "aleppo governorate", "aleppo", and
// their folds), and the other way round: which areas a text names, by the keys it holds.
//
// Why the reverse index: extraction asks "does the text name this candidate's admin1/admin2?" for
// every candidate of every span (~150,000 times in the ACLED pass). Asked area by area, each
// question probed a process-wide Map of every area's keys (a random memory touch on a table of
// tens of thousands of entries) and then the text's Set once per key. A text holds a few dozen
// keys: looking those up once in a key -> areas index (built with the gazetteer) gives the handful
// of areas the text names, and each question becomes a probe of that tiny per-text Map.

import type { Place } from './types.ts';
import { adminShortNames } from './admin-areas.ts';
import { foldKey, normName } from './normalize.ts';
import { formerAreas } from './former-areas.ts';

const adminKeyCache = new Map<string, string[]>();
/** Normalised keys (and folds) of an admin name and its short forms, cached. */
export function adminKeys(name: string): string[] {
  let keys = adminKeyCache.get(name);
  if (!keys) {
    // Loops, not spreads: one array kind for every caller (H4's speed hint 5).
    const norm: string[] = [];
    for (const n of [name, ...adminShortNames(name)]) {
      const k = normName(n);
      if (k) norm.push(k);
    }
    // An area carved out of an older one also answers to the older name (former-areas.ts).
    for (const old of formerAreas(name)) for (const n of [old, ...adminShortNames(old)]) norm.push(normName(n));
    const out: string[] = [];
    for (const k of norm) if (!out.includes(k)) out.push(k);
    for (const k of norm) {
      const f = foldKey(k);
      if (!out.includes(f)) out.push(f);
    }
    keys = out;
    adminKeyCache.set(name, keys);
  }
  return keys;
}

/** Every admin1/admin2 string of a gazetteer's places, by each of its keys. */
export type AreasByKey = Map<string, string[]>;

export function areasByKey(places: Place[]): AreasByKey {
  const seen = new Set<string>();
  const out: AreasByKey = new Map();
  const add = (area: string): void => {
    if (!area || seen.has(area)) return;
    seen.add(area);
    for (const k of adminKeys(area)) {
      const list = out.get(k);
      if (list) list.push(area);
      else out.set(k, [area]);
    }
  };
  for (let i = 0; i < places.length; i++) {
    add(places[i]!.admin1);
    add(places[i]!.admin2);
  }
  return out;
}

/** The keys (names and folds) a text holds, which also knows the admin areas they name among its
 *  gazetteer's areas. A plain Set works too (areaNamed then reads each area's keys). */
export class NamedKeys extends Set<string> {
  private readonly byKey: AreasByKey;
  /** Area -> the keys of this set that name it; rebuilt when keys were added since. */
  private areas: Map<string, string[]> = new Map();
  private areasAt = -1;

  constructor(gz: { adminAreasByKey(): AreasByKey }, keys: Iterable<string> = []) {
    super(keys);
    this.byKey = gz.adminAreasByKey();
  }

  /** The keys of this set that name `area` (an admin1/admin2 string of the gazetteer's places), or
   *  undefined when none does. */
  keysNaming(area: string): string[] | undefined {
    if (this.areasAt !== this.size) this.collect();
    return this.areas.get(area);
  }

  private collect(): void {
    const into: Collecting = { byKey: this.byKey, areas: new Map() };
    // forEach, not for-of: a for-of over a Set in not yet optimised code allocates a result object
    // per key (~300,000 keys in an ACLED pass).
    this.forEach(collectKey, into);
    this.areas = into.areas;
    this.areasAt = this.size;
  }
}

interface Collecting {
  byKey: AreasByKey;
  areas: Map<string, string[]>;
}

function collectKey(this: Collecting, k: string): void {
  const list = this.byKey.get(k);
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const got = this.areas.get(list[i]!);
    if (got) got.push(k);
    else this.areas.set(list[i]!, [k]);
  }
}
