// "rioters in Arnissa of Pella", "a protest in Svietlahorsk of the Gomel region": ACLED's notes
// (and news prose) name a place and then, after "of", the area that holds it. The scan reads
// "X of Y" as one capitalised run ("Bank of Kabul", "University of Herat") and drops X as a piece
// of it; when the gazetteer puts a place of X inside an area Y names, X is a place of its own.

import type { Place } from './types.ts';
import { spanWith, type Span } from './scan.ts';
import { isAdmin } from './named-areas.ts';

// Module constants: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
/** The words between X and Y: " of " or " of the " (container-town.ts reads the same gap). */
export const OF_GAP = /^\s+of\s+(?:the\s+)?$/;
/** X starts the capitalised run: a lower-case word (or nothing but a bracket or comma) before it. */
const RUN_STARTS = /(?:^|[\s(,])\p{Ll}[\p{L}'’-]*\s+$|(?:^|[(,])\s*$/u;

/** Span k freed from the capitalised run when the span after it names an area holding a place of
 *  its name; else the span itself. */
export function placeOfItsArea(scanned: Span[], k: number, text: string, places: Place[]): Span {
  const s = scanned[k]!;
  const next = scanned[k + 1];
  if (!s.inCapRun || !next || s.commonWord || s.actorAfter || s.partisan) return s;
  if (!OF_GAP.test(text.slice(s.end, next.start)) || !RUN_STARTS.test(text.slice(Math.max(0, s.start - 30), s.start))) return s;
  for (let n = 0; n < s.ids.length; n++) {
    const x = places[s.ids[n]!]!;
    if (s.alt[n] || x.feature_class !== 'P') continue;
    for (let m = 0; m < next.ids.length; m++) if (holds(places[next.ids[m]!]!, x)) return spanWith(s, s.ids, s.alt, s.fold, s.kindAfter, false);
  }
  return s;
}

/** y, a reading of the name after "of", holds settlement x: y is x's province or district, the
 *  seat of x's province ("the Gomel region"), or a town that gives its name to x's district
 *  ("Arnissa of Pella": both in the regional unit of Pella). */
function holds(y: Place, x: Place): boolean {
  if (y === x || y.iso3 !== x.iso3) return false;
  const level = isAdmin(y);
  if (level === 1 || y.feature_code === 'PPLA') return !!x.admin1 && x.admin1 === y.admin1;
  return (level === 2 || y.feature_class === 'P') && inDistrictOf(x, y);
}

/** Place p lies in the district (admin2) that holds place or area t, by the gazetteer's names. */
export function inDistrictOf(p: Place, t: Place): boolean {
  return !!p.admin2 && p.admin2 === t.admin2 && p.admin1 === t.admin1 && p.iso3 === t.iso3;
}
