// A town named as the container of the place before it: "Kibanda village (Idjwi, Sud-Kivu)",
// "Fakkeh in the countryside of Tal Tamer", "Al Rahba camp in Tagiura", "Ipekyolu town of Van".
// ACLED's "(X, Y)" slots name the district first, and a gazetteer often knows a district only
// by its seat town; "in/of/near T" ties the place to T as tightly. A namesake of the place far
// from every T is another place: it is not admitted, and the event falls back to T itself (as
// ACLED codes a village it cannot find to the district it names).

import type { Place } from './types.ts';
import { distanceKm } from './distance.ts';
import { PART_WORDS, SETTLEMENT_WORDS, adminKeys, isProvinceSeat } from './named-areas.ts';
import type { Span } from './scan.ts';
import { OF_GAP, inDistrictOf } from './of-its-area.ts';

/** How far a place may lie from the town named as its container: a town's countryside ("X in
 *  T", "near T"), or a district known by its seat ("X (T, Province)"; DR Congo's territories and
 *  Nigeria's LGAs reach 80 km from their seats). */
const TOWN_KM = 50;
const DISTRICT_SEAT_KM = 100;

/** "X metro station in T", "X bus terminal near T": two words saying what X is before "in/near
 *  T" (the town-part vote below keeps the narrower CONTAINER_GAP). Not a clause ("X and clashed
 *  in T"), nor a bearing: "the Zintan region southwest of Tripoli" lies 140 km from Tripoli. */
const SITE_GAP = /^(?:\s+(?!(?:and|or|but|then|also|was|were|is|are)\s)\p{Ll}+){2}\s+(?:in|near)\s+$/u;

/** The text between the place and T when T contains it: "X (T", "X village (T", "X in T",
 *  "X town of T", "X near T", "X in the southern countryside of T". Not a list ("X, T", "X and T"). */
const CONTAINER_GAP = /^(?:\s+\p{Ll}+)?\s*(?:\(\s*|\s(?:in|of|near)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|rural)\s+)?(?:(?:countryside|outskirts|vicinity)\s+of\s+)?)$/u;

/** The in-country towns span k+1 may be, when it names span k's container; else null. */
function containerTowns(text: string, spans: Span[], cands: Place[][], first: number[], k: number): { towns: Place[]; km: number; of: boolean; part: boolean } | null {
  const s = spans[k]!;
  const j = nextSpan(spans, k);
  const t = spans[j];
  const c = first[j];
  if (!t || c === undefined || c < 0 || t.key === s.key) return null;
  const gap = text.slice(s.end, t.start);
  if (gap.length > 40) return null;
  const plain = CONTAINER_GAP.test(gap);
  if (!plain && !SITE_GAP.test(gap)) return null;
  // "Goniri (Gujiba LGA, Borno)": T said to be an area is no town to measure from.
  if (t.kindAfter && !SETTLEMENT_WORDS.has(t.kindAfter)) return null;
  const pick = cands[j]![c]!;
  // A province's seat named like its province right after "X in", or a district of T's name, is
  // an admin area: named-areas.ts reads those. A seat named otherwise ("Justice Palace in Sidon",
  // "near the Uskhod metro station in Minsk") is a town like any other.
  // A part of a town ("X favela in Sao Paulo", "X neighbourhood of Baniyas") names the town
  // whatever else its name is.
  const part = PART_WORDS.has(s.kindAfter);
  if (pick.feature_class !== 'P' || (isProvinceSeat(pick) && plain && !part && namesItsProvince(t, pick))) return null;
  const towns: Place[] = [];
  for (const q of cands[j]!) {
    if (q.iso3 !== pick.iso3) continue;
    // "X (T" or "X in T" where T is also an area: named-areas.ts reads the area. After a site's
    // words ("X metro station in Minsk") T is the town whose site it is.
    if (q.feature_class === 'A') {
      if (plain && !part) return null;
      continue;
    }
    if (q.feature_class === 'P') towns.push(q);
  }
  // A part of a town ("X neighbourhood of T") lies in T itself, as a section does.
  return { towns, km: gap.trimEnd().endsWith('(') ? DISTRICT_SEAT_KM : part ? PART_KM : TOWN_KM, of: OF_GAP.test(gap), part };
}


/** The first span after span k that does not overlap it ("Al-Qusour" is also scanned as
 *  "Qusour": the name after both is the container). */
function nextSpan(spans: Span[], k: number): number {
  let j = k + 1;
  while (j < spans.length && spans[j]!.start < spans[k]!.end) j++;
  return j;
}

/** T's words are its province's name ("Idleb" for the city and the governorate). */
function namesItsProvince(t: Span, pick: Place): boolean {
  const keys = adminKeys(pick.admin1);
  return keys.includes(t.key) || keys.includes(t.foldedKey);
}

/** Per candidate of span k: false when span k names a place inside a town T and the candidate
 *  lies far from every town T may be; null when no container town is named. */
export function containerMask(text: string, spans: Span[], cands: Place[][], first: number[], k: number): boolean[] | null {
  const container = containerTowns(text, spans, cands, first, k);
  if (!container?.towns.length) return null;
  const { towns, km, of, part } = container;
  const mask: boolean[] = [];
  for (const p of cands[k]!) {
    // An area's point is its seat: no evidence either way; but no area is a part of a town.
    let near = p.feature_class === 'A' && !part;
    // A section of a town or a building lies in the town itself, not in its countryside.
    const limit = p.feature_code === 'PPLX' || p.feature_class === 'S' ? Math.min(km, PART_KM) : km;
    // "Arnissa of Pella": the bare "of" names T's district (the gazetteer's admin2, here Pella's
    // regional unit), so a place in it is inside however far from T itself.
    for (const t of towns) if (!near && (distanceKm(p.lat, p.lon, t.lat, t.lon) <= limit || (of && inDistrictOf(p, t)))) near = true;
    mask.push(near);
  }
  return mask;
}

/** A part of a town lies this close to it ("Isawiyah neighbourhood of Jerusalem"). */
export const PART_KM = 25;
/** Vote for the country of a place named as a part of a town near it: about a mid-size town's. */
const PART_OF_TOWN = 1;
/** A town with parts of its own: two hamlets near each other abroad ("La Matanza (Buenos Aires)"
 *  in Peru) are no evidence. */
const CITY_POPULATION = 100000;
/** Candidate pairs measured per part, at most (common names have hundreds of namesakes). */
const MAX_PAIRS = 20000;

/** Country votes from places named inside a city ("X neighbourhood of T", "X camp in T", "X
 *  (T"): the country of a namesake of X (by its own name) that lies near a city T. The part
 *  is the more specific name, so its country is the event's where T is a city two conventions
 *  share (East Jerusalem's neighbourhoods are coded to Palestine, the city to Israel). */
export function partOfTownVotes(text: string, spans: Span[], places: Place[], votes: Map<string, number>): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!;
    const t = spans[k + 1]!;
    if (s.fold || t.key === s.key || s.ids.length * t.ids.length > MAX_PAIRS) continue;
    const gap = text.slice(s.end, t.start);
    if (gap.length > 40 || !CONTAINER_GAP.test(gap)) continue;
    const voted = new Set<string>();
    for (let n = 0; n < s.ids.length; n++) {
      const p = places[s.ids[n]!]!;
      if (s.alt[n] || p.feature_class === 'A' || voted.has(p.iso3)) continue;
      for (const i of t.ids) {
        const q = places[i]!;
        if (q.population >= CITY_POPULATION && distanceKm(p.lat, p.lon, q.lat, q.lon) <= PART_KM) {
          voted.add(p.iso3);
          votes.set(p.iso3, (votes.get(p.iso3) ?? 0) + PART_OF_TOWN);
          break;
        }
      }
    }
  }
}
