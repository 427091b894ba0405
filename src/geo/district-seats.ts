// A town that is the seat of a district of its own name, when the text names the province:
// reports name Mexican municipalities, Indian districts and the like by their seats.

import type { Place } from './types.ts';
import { SEAT_CODES, areaNamed, isAdmin } from './named-areas.ts';
import type { Span } from './scan.ts';

/** What being the seat of a district of the same name is worth (about a tenfold population). */
const SEAT_OF_NAMESAKE_DISTRICT = 1;

/** A town that is the seat of a district of its name ("Lazaro Cardenas" is a municipality and its
 *  seat, Ciudad Lazaro Cardenas, reached here through an alternate name) is what a report naming
 *  both means, before hamlets of that name elsewhere. The gazetteer puts a district's point at its
 *  seat (admin-areas.ts moveAreasToSeats), so the seat is the town at its district's point. */
export function seatsOfNamesakeDistricts(list: Place[], scores: number[], exact: number, span: Span, names: Set<string>): void {
  for (let d = 0; d < exact; d++) {
    const a = list[d]!;
    // Only in a province the text names ("Cintalapa, Chiapas"): elsewhere a district seat is one
    // namesake among others, and a front line or nearness should decide.
    if (isAdmin(a) !== 2 || !areaNamed(a.admin1, names, span)) continue;
    let seated = false;
    for (let c = 0; c < exact; c++) {
      const p = list[c]!;
      if (p.feature_class !== 'P' || p.iso3 !== a.iso3) continue;
      if (p.lat === a.lat && p.lon === a.lon) scores[c]! += SEAT_OF_NAMESAKE_DISTRICT;
      // A seat of the name elsewhere in the province: the district's point may be a second
      // entry for the same district (GeoNames lists some twice), the seat is the town.
      if ((p.lat === a.lat && p.lon === a.lon) || (p.admin1 === a.admin1 && SEAT_CODES.has(p.feature_code))) seated = true;
    }
    // "Kadikoy town, Istanbul": a district (a city's, mostly) whose seat the gazetteer lacks stands
    // for that town, as a seat would: scored as a settlement of its name (the kind word took a
    // point from it as an area and gave one to every settlement) and as a seat.
    if (!seated && TOWN_OR_CITY.has(span.kindAfter)) scores[d]! += 2 + SEAT_OF_NAMESAKE_DISTRICT;
  }
}

/** Kind words after a name that say it is a town ("Kadikoy town", "San Juan city"). */
export const TOWN_OR_CITY: ReadonlySet<string> = new Set(['town', 'city']);
