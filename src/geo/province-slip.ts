// "Diego de Almagro (Biobio)": a town named with a province it is not in. When the town is the
// only notable one of its name in the country and nothing else named lies in the province, the
// province is the writer's slip and the town is the place (named-areas.ts admits it).

import type { Place } from './types.ts';
import { isAdmin, otherPlaceFits, type FirstPass } from './named-areas.ts';

/** A town of note (an admin seat, or 10,000 people) that is the only one of its name in the
 *  country outranks the one province named with it when nothing named lies in that province:
 *  the province is the writer's slip ("Diego de Almagro (Biobio)" is Atacama's town, "Tocuyito,
 *  Trujillo state" Carabobo's), as admissible() does for districts. Not when a district is named
 *  too, or a smaller namesake could be a village of the province the gazetteer lacks. */
const NOTABLE_POPULATION = 10000;

export function provinceSlip(st: FirstPass, k: number, cands: Place[], ok: boolean[], all: Place[], provinces: Place[], byName: boolean): void {
  if (!provinces.length || all.length !== provinces.length || !slotAfter(st, k) || ok.some((v, c) => v && !isAdmin(cands[c]!))) return;
  let only = -1;
  for (let c = 0; c < cands.length; c++) {
    const p = cands[c]!;
    if (p.feature_class !== 'P' || p.iso3 !== provinces[0]!.iso3) continue;
    const notable = p.feature_code.startsWith('PPLA') || p.feature_code === 'PPLC' || p.population >= NOTABLE_POPULATION;
    if (!notable) continue;
    if (only >= 0) return;
    only = c;
  }
  if (only < 0 || otherPlaceFits(st, k, provinces, byName)) return;
  ok[only] = true;
}

/** The province is written as span k's own slot ("X (P)", "X, P state"), and span k is the
 *  name as written (not a transliteration fold): else the province may be another place's. */
function slotAfter(st: FirstPass, k: number): boolean {
  const span = st.spans[k]!;
  const next = st.spans[k + 1];
  return !span.fold && !!next?.adminSlot && !!st.areaAt[k + 1] && next.start - span.end <= 3;
}
