// Post offices' villages (load-postal.ts) at resolution time: they rank below every real place,
// give no country vote and fit a named area only by their district.

import type { Place } from './types.ts';
import type { PlaceSizes } from './place-sizes.ts';
import type { Span } from './span.ts';
import type { FirstPass } from './named-areas.ts';

/** Feature code of a place known only from post offices: no GeoNames code, so no rule that reads
 *  seats or capitals (PPLA, PPLC) takes it for one. */
export const POSTAL_CODE = 'POSTAL';

/** A span as the country vote sees it: without the candidates that have no vote (post offices'
 *  villages: India's alone would otherwise share a name with most villages of Bangladesh and
 *  Nepal, and be the only country of many a name abroad). The span itself when it has none. */
export function votingSpan(s: Span, sizes: PlaceSizes): Span {
  let voteless = 0;
  for (let n = 0; n < s.ids.length; n++) if (sizes.vote[s.ids[n]!] === 0) voteless++;
  if (!voteless) return s;
  const ids: number[] = [];
  const alt: boolean[] = [];
  for (let n = 0; n < s.ids.length; n++) {
    if (sizes.vote[s.ids[n]!] === 0) continue;
    ids.push(s.ids[n]!);
    alt.push(s.alt[n]!);
  }
  return { ...s, ids, alt };
}


/** Whether a post office's village lies in the district of some place picked around it in its
 *  province, when those have districts ("Gota area of Ahmedabad city", "Tikiapara (Howrah
 *  district)": not the Gota or Tikiapara of another district). Its point is too rough to tell
 *  that it lies near them, and the gazetteer's districts and the office's share their names. */
export function inPickedDistricts(st: FirstPass, k: number, p: Place): boolean {
  let others = false;
  const key = st.spans[k]!.key;
  for (let o = Math.max(0, k - st.window); o <= Math.min(st.spans.length - 1, k + st.window); o++) {
    const c = st.first[o]!;
    if (o === k || c < 0 || st.spans[o]!.key === key) continue;
    const q = st.cands[o]![c]!;
    if (q.iso3 !== p.iso3 || q.admin1 !== p.admin1 || !q.admin2 || q.feature_code === POSTAL_CODE) continue;
    if (q.admin2 === p.admin2) return true;
    others = true;
  }
  return !others;
}
