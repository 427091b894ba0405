// Which spans of a text name admin areas, as resolve.ts's first pass picked them: an area's
// span stands for every area of its name in the country, and a province's seat written as its
// province ("Basira in the countryside of Deir-ez-Zor") for the province. named-areas.ts then
// admits or rejects the other spans' candidates by these areas.

import type { Place } from './types.ts';
import type { Span } from './scan.ts';
import { adminKeys, areaIndex, isAdmin, isProvinceSeat } from './named-areas.ts';
import { ADM1_WORDS } from './accept.ts';

/** Per span: the admin areas it names (every area of its name in the country: "(Tombouctou)"
 *  may be the region or the cercle, and a town inside either is inside the named area), or null.
 *  `first[k]`: index into cands[k] of span k's pick, or -1; `exactCount[k]`: how many of cands[k]
 *  are exact-name candidates (the rest are spelling variants). */
export function areasNamed(spans: Span[], cands: Place[][], first: number[], exactCount: number[], places: Place[], iso3: string | null): Array<Place[] | null> {
  const n = spans.length;
  const areaAt: Array<Place[] | null> = [];
  for (let k = 0; k < n; k++) {
    const c = first[k]!;
    const a = c >= 0 ? cands[k]![c]! : null;
    if (a && !isAdmin(a) && (!iso3 || a.iso3 === iso3) && seatNamedAsArea(spans, k, a)) {
      areaAt.push(provincesOfSeat(places, a));
      continue;
    }
    // A piece of a longer name ("Gustavo A. Madero") names no area around the other places.
    if (!a || !isAdmin(a) || (iso3 && a.iso3 !== iso3) || spans[k]!.inCapRun) {
      areaAt.push(null);
      continue;
    }
    // "Tocuyito, Trujillo state": the province word says which of the areas of that name is meant
    // (Trujillo is also a district of Trujillo), so its districts are no named areas.
    const provinceOnly = ADM1_WORDS.has(spans[k]!.kindAfter) && isAdmin(a) === 1;
    const same: Place[] = [];
    for (let c2 = 0; c2 < exactCount[k]!; c2++) {
      const q = cands[k]![c2]!;
      if (isAdmin(q) && q.iso3 === a.iso3 && (!provinceOnly || isAdmin(q) === 1)) same.push(q);
    }
    areaAt.push(same);
  }
  return areaAt;
}

/** "al Asadiyah in al-Hasakeh", "Basira in the countryside of Deir-ez-Zor": a province's seat
 *  named like its province, right after "X in" or as a countryside, names the province (Syrian and
 *  Iraqi reports name governorates by their seats). Not a seat named anywhere else: "Benghazi
 *  ... Tawergha" does not put Tawergha in Benghazi. */
function seatNamedAsArea(spans: Span[], k: number, a: Place): boolean {
  if (!isProvinceSeat(a)) return false;
  const s = spans[k]!;
  let linked = s.cueBefore === 'countryside';
  const prev = k > 0 ? spans[k - 1]! : null;
  // "X town of Y": the kind word before "of" is the previous name's.
  const ofKind = !!prev && prev.kindAfter !== '' && s.cueBefore === prev.kindAfter;
  if (!linked && prev && (s.cueBefore === 'in' || ofKind)) {
    // "X in Y", "X town in Y", "X town of Y": only the kind word and "in"/"of" between.
    linked = s.start - prev.end <= 4 + (prev.kindAfter ? prev.kindAfter.length + 1 : 0);
  }
  if (!linked) return false;
  const keys = adminKeys(a.admin1);
  return keys.includes(s.key) || keys.includes(s.foldedKey);
}

/** The province areas of a seat read as its province (null: the gazetteer has no such area). */
function provincesOfSeat(places: Place[], seat: Place): Place[] | null {
  return areaIndex(places, 'ADM1').get(`${seat.iso3}|${seat.admin1}`) ?? null;
}
