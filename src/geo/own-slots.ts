// A place's own admin slots: "Sirwah (Sirwah, Marib), Nihm (Nihm, Sanaa)". Where several places
// of a text each carry their slots, the areas a place must lie in are its own slots' areas.

import type { FirstPass } from './named-areas.ts';

/** Between a place and the parenthesis of its slots: "X (", "X village (". */
const OWN_SLOTS_GAP = /^(?:\s+\p{Ll}+)?\s*\(\s*$/u;

/** The last span of the slots in parentheses right after span k ("X (District, Province)"), when
 *  they name an area and other places' slots follow in the text; else null (no own slots, or
 *  the only slots in the text: then every area named counts, as before). */
export function ownSlots(st: FirstPass, k: number): number | null {
  const next = st.spans[k + 1];
  if (!st.text || !next?.adminSlot || !OWN_SLOTS_GAP.test(st.text.slice(st.spans[k]!.end, next.start))) return null;
  let last = k + 1;
  while (last + 1 < st.spans.length && st.spans[last + 1]!.adminSlot && !st.text.slice(st.spans[last]!.end, st.spans[last + 1]!.start).includes(')')) last++;
  let areas = false;
  for (let o = k + 1; o <= last; o++) if (st.areaAt[o] && st.spans[o]!.key !== st.spans[k]!.key) areas = true;
  let othersSlots = false;
  for (let o = 0; o < st.spans.length; o++) if ((o < k || o > last) && st.spans[o]!.adminSlot) othersSlots = true;
  return areas && othersSlots ? last : null;
}
