// Namesakes the evidence cannot tell apart (same score: same province, no population, no kind
// word): the one nearest the text's other places. "between Qalimow and Balcad town" - of three
// Qalimows of the province, the one by Balcad; "on the outskirts of Dashishah in al-Hasakeh".

import { distanceKm } from './distance.ts';
import { isAdmin, type FirstPass } from './named-areas.ts';
import { ownSlots } from './own-slots.ts';
import type { Place } from './types.ts';

/** Nearer by at least this much to count: two namesakes a few km apart are one place to a reader. */
const MIN_GAIN_KM = 5;

/** Candidate index among those tied with `best` (score + bonus), nearest the window's other
 *  picks; `best` when no other ties it or none is nearer. */
export function nearestAmongTies(st: FirstPass, k: number, scores: number[], mask: boolean[], bonus: number[], best: number): number {
  const cands = st.cands[k]!;
  let tied = 0;
  for (let c = 0; c < cands.length; c++) if (ties(cands, scores, mask, bonus, best, c)) tied++;
  if (!tied) return best;
  // A place with slots of its own is near only what they name (own-slots.ts).
  const own = ownSlots(st, k);
  let pick = best;
  let pickKm = nearestPickKm(st, k, cands[best]!, own);
  for (let c = 0; c < cands.length; c++) {
    if (!ties(cands, scores, mask, bonus, best, c)) continue;
    const km = nearestPickKm(st, k, cands[c]!, own);
    if (km + MIN_GAIN_KM < pickKm) {
      pick = c;
      pickKm = km;
    }
  }
  return pick;
}

/** Candidate c ties `best`: the same score and bonus, and as many names in the source (resolve.ts
 *  notabler: a namesake known under more names won the tie already). */
function ties(cands: Place[], scores: number[], mask: boolean[], bonus: number[], best: number, c: number): boolean {
  return c !== best && mask[c]! && scores[c]! + bonus[c]! === scores[best]! + bonus[best]! && cands[c]!.alternates === cands[best]!.alternates;
}

/** Distance from p to the nearest first pick of another name in span k's window. Not provinces:
 *  a province's point is its capital, no nearer its villages than any other town. */
function nearestPickKm(st: FirstPass, k: number, p: Place, own: number | null): number {
  let km = Infinity;
  const to = own ?? Math.min(st.spans.length - 1, k + st.window);
  for (let o = own === null ? Math.max(0, k - st.window) : k + 1; o <= to; o++) {
    const c = st.first[o]!;
    if (o === k || c < 0 || st.spans[o]!.key === st.spans[k]!.key) continue;
    const q = st.cands[o]![c]!;
    if (isAdmin(q) === 1) continue;
    km = Math.min(km, distanceKm(p.lat, p.lon, q.lat, q.lon));
  }
  return km;
}
