// An alternate name that is only another spelling of the place's own name ("Odessa" for GeoNames'
// "Odesa", "Kiev" for "Kyiv") is no exonym or old name: the text names the place by its own name.
// Alternate names weigh less (a village's old name "Beirut" must not outvote Beirut), but a
// spelling variant must not hand the city to its smaller namesakes abroad (Odessa, Texas).

import type { Place } from './types.ts';
import { foldKey, normName } from './normalize.ts';
import { KINDS_AFTER, spanWith, type Span } from './scan.ts';
import { spellingKey } from './written-form.ts';

/** Only for cities (not countries: "Somali" is Ethiopia's region, not Somalia): dense dumps list a dozen transliterations for every village, and a village's
 *  spelling variant may well be its namesake's own name elsewhere ("Halba" in Lebanon and Syria). */
const CITY = 100000;

/** The span with its alternate-name hits counted as own-name hits where the place's own name is
 *  the same name: a city's whose own name folds to the span's key, any place's whose own name is
 *  the span's in another transliteration ("Tillabery" for "Tillabéri": spellingKey) or the
 *  span's without its kind word ("Kassala State" for "Kassala") when no place has the name as
 *  written; the span itself when there are
 *  none (the common case, nothing built). */
export function ownSpellings(s: Span, places: Place[]): Span {
  // A fold match keeps its alternate names (and a fold span's ids run to thousands).
  if (s.fold) return s;
  let alt: boolean[] | null = null;
  let spelled: string | null = null;
  // Where some place has the name as written ("Douris" for Lebanon's Doûris), another's
  // spelling variant ("Durīs", alternate name "Douris") stays an alternate name.
  const written = s.alt.includes(false);
  const cut = written ? -1 : s.key.lastIndexOf(' ');
  const bare = cut > 0 && KINDS_AFTER.has(s.key.slice(cut + 1)) ? s.key.slice(0, cut) : null;
  for (let n = 0; n < s.ids.length; n++) {
    if (!s.alt[n]) continue;
    const p = places[s.ids[n]!]!;
    const big = p.feature_class === 'P' && p.population >= CITY;
    // Where the name is written as some place's own, only a city can count: the others' names are
    // not normalised (most spans, with thousands of alternate-name ids between them per batch).
    if (written && !big) continue;
    const own = normName(p.name);
    const city = big && foldKey(own) === s.foldedKey;
    if (!city && (written || (own !== bare && spellingKey(own) !== (spelled ??= spellingKey(s.key))))) continue;
    alt ??= s.alt.slice(); // the scan's arrays are shared with the gazetteer's remembered answers
    alt[n] = false;
  }
  return alt ? spanWith(s, s.ids, alt, s.fold, s.kindAfter) : s;
}
