// An alternate name that is only another spelling of the place's own name ("Odessa" for GeoNames'
// "Odesa", "Kiev" for "Kyiv") is no exonym or old name: the text names the place by its own name.
// Alternate names weigh less (a village's old name "Beirut" must not outvote Beirut), but a
// spelling variant must not hand the city to its smaller namesakes abroad (Odessa, Texas).

import type { Place } from './types.ts';
import { foldKey, normName } from './normalize.ts';
import { spanWith, type Span } from './scan.ts';

/** Only for cities (not countries: "Somali" is Ethiopia's region, not Somalia): dense dumps list a dozen transliterations for every village, and a village's
 *  spelling variant may well be its namesake's own name elsewhere ("Halba" in Lebanon and Syria). */
const CITY = 100000;

/** The span with its alternate-name hits whose place's own name folds to the span's key counted
 *  as own-name hits; the span itself when there are none (the common case, nothing built). */
export function ownSpellings(s: Span, places: Place[]): Span {
  let alt: boolean[] | null = null;
  for (let n = 0; n < s.ids.length; n++) {
    if (!s.alt[n] || s.fold) continue;
    const p = places[s.ids[n]!]!;
    if (p.feature_class !== 'P' || p.population < CITY || foldKey(normName(p.name)) !== s.foldedKey) continue;
    alt ??= s.alt.slice(); // the scan's arrays are shared with the gazetteer's remembered answers
    alt[n] = false;
  }
  return alt ? spanWith(s, s.ids, alt, s.fold, s.kindAfter) : s;
}
