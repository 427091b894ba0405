// Which spans of a text are credible as place references at all, before any candidate is
// chosen (resolve.ts chooses), and the words and sizes that judgement reads.

import type { Place } from './types.ts';
import { isAdmin, variantInNamedArea } from './named-areas.ts';
import type { Span } from './scan.ts';
import { FLAG_ADMIN, FLAG_CITY, FLAG_HAMLET, FLAG_TOWN, placeSizes } from './place-sizes.ts';

// A governor heads a province ("Van Governor's Office", "the governor of Kandahar").
export const ADM1_WORDS = new Set(['province', 'state', 'governorate', 'oblast', 'region', 'department', 'prefecture', 'governor', 'governorship']);
export const ADM2_WORDS = new Set(['district', 'county', 'raion', 'rayon', 'lga', 'subdistrict', 'sub', 'tehsil', 'municipality', 'division', 'circle', 'territory', 'commune', 'township', 'chiefdom', 'hromada', 'mandal', 'taluk', 'block']);
export const ROUTE_WORDS = new Set(['road', 'highway', 'street', 'bypass']);
export const NEAR_CUES = new Set(['near', 'outside', 'around', 'outskirts', 'countryside', 'area', 'areas', 'vicinity']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'centre', 'northern', 'southern', 'eastern', 'western', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Strong cues that the span is a place even when it is spelled like a common word. */
const STRONG_CUES = new Set(['in', 'near', 'at', 'outside', 'village', 'town', 'city', 'district', 'outskirts', 'area', 'province', 'governor', 'mayor']);

/** A capital (or seat of government) is what a report names without its country ("San Jose",
 *  "Panama City", "Kingston"): rank it as a large city, above a bigger namesake abroad. */
const CAPITAL_POPULATION = 2_000_000;

/** Dense dumps leave most seats' population empty (Lebanon's Joubb Jannine, Yemen's district
 *  seats): for the country vote, a province's or district's seat counts as at least a town over
 *  a hamlet abroad. (Not for choosing among a country's own namesakes: there it reshuffled
 *  Yemen's district seats without gain.) */
const SEAT_POPULATION: Record<string, number> = { PPLA: 50000, PPLA2: 10000, PPLA3: 2000 };

export function votingPopulation(p: Place): number {
  const seat = SEAT_POPULATION[p.feature_code];
  return seat !== undefined && p.population < seat ? seat : effectivePopulation(p);
}

/** Admin areas carry no population in GeoNames; rank them as a large and a mid-size town. */
export function effectivePopulation(p: Place): number {
  if (p.feature_code === 'PPLC' || p.feature_code === 'PPLG') return Math.max(p.population, CAPITAL_POPULATION);
  const adm = isAdmin(p);
  return adm === 1 ? Math.max(p.population, 500000) : adm === 2 ? Math.max(p.population, 50000) : p.population;
}

/** Whether a span is credible as a place reference at all, before choosing among candidates.
 *  `label`: the text is a short place description ("Ganfouda district", "Hun"), not prose, so
 *  every name in it is meant as a place.
 *  `names`: every name the text holds, `slots`: whether the text has admin slots ("X (District,
 *  Province)"); a corroborated spelling variant is credible without a cue word.
 *  `places`: the gazetteer's places, of which span.ids are the span's candidates. Read in place
 *  only where a rule needs them: most spans are judged by their words alone, and with GeoNames
 *  the ACLED notes' spans have ~275,000 candidates, each a random read into a places array of
 *  ~800,000 (findPlaces used to copy every span's candidates into an array first: with its
 *  array growth, 14 of the cold pass's 621 MB of allocation, now 4 MB in findPlaces). */
export function acceptSpan(span: Span, places: Place[], label = false, names?: Set<string>, slots = false): boolean {
  const cue = label || STRONG_CUES.has(span.cueBefore) || span.kindAfter !== '';
  if (span.partisan) return false; // "pro-Hadi", "Islamabad-based"
  // "the West Zone of Rio de Janeiro", "the Central Region of X": a part of the place named next.
  if (COMPASS.has(span.key) && (span.kindAfter === 'zone' || span.kindAfter === 'sector')) return false;
  // Acronyms (LNA, ISIS) are organisations, except an admin area's abbreviation in an admin slot
  // ("Malappuram, KL").
  if (/^[A-Z]{2,5}$/.test(span.text) && !(span.adminSlot && someFlagged(span, places, FLAG_ADMIN))) return false;
  // "Police forces", "the Al Salih and Al Tlais families": part of an actor's name (a common
  // word there never names a place, whatever cue stands before it; nor does a name met only
  // through the transliteration fold: "the Shariy Party" is no "Serra").
  if (span.actorAfter && (span.commonWord || span.fold || allBelow(span, places, 100000))) return false;
  // A bracketed one ("San Lorenzo (Central)") only as narrowed by asHoldingArea (index.ts).
  if (span.commonWord) return cue && !span.sentenceStart && !span.inCapRun;
  if (span.key.length <= 3 && !cue && !span.adminSlot) return false; // "Ade", "Tal", "Bar"
  if (span.inCapRun && !span.adminSlot && !someOwnCity(span, places)) return false;
  // The biggest candidate only where read (H2's hint: it ran for every span, over every candidate).
  // Sizes from place-sizes.ts's flags: a fold's candidates run to thousands with GeoNames.
  if (span.fold) return cue || someFlagged(span, places, FLAG_TOWN) || (!!names && someVariantInNamedArea(span, places, names, slots));
  if (span.sentenceStart && !cue && span.text.indexOf(' ') < 0) return someFlagged(span, places, FLAG_HAMLET | FLAG_ADMIN);
  return true;
}

/** Some candidate has one of the place-sizes.ts flags (FLAG_TOWN: 20,000 people or more,
 *  FLAG_HAMLET: 1,000, FLAG_ADMIN: an admin area). */
function someFlagged(span: Span, places: Place[], flags: number): boolean {
  const sizes = placeSizes(places);
  for (let i = 0; i < span.ids.length; i++) if (sizes.flags[span.ids[i]!]! & flags) return true;
  return false;
}

/** "San Lorenzo (Central)": a common word alone in the bracket after a name (`prev`) is the
 *  writer's admin slot only as an admin area (province or district) holding a namesake of the
 *  name (Paraguay's Central department holds a San Lorenzo). The span narrowed to those areas,
 *  or null when there are none: else "Central" would vote for every country with such an area,
 *  and its towns (Central, Louisiana) for theirs. */
export function asHoldingArea(span: Span, prev: Span, places: Place[]): Span | null {
  const ids: number[] = [];
  const alt: boolean[] = [];
  for (let i = 0; i < span.ids.length; i++) {
    const a = places[span.ids[i]!]!;
    const level = a.feature_class === 'A' && !a.feature_code.startsWith('PCL') ? isAdmin(a) : 0;
    if (level !== 1 && level !== 2) continue;
    for (let n = 0; n < prev.ids.length; n++) {
      const p = places[prev.ids[n]!]!;
      if (p.iso3 !== a.iso3 || p === a || !(level === 1 ? p.admin1 === a.admin1 : !!p.admin2 && p.admin2 === a.admin2)) continue;
      // By its own name: the slot names the area, mostly without its kind word ("Central" for
      // "Central Department"); an alternate name would let the fold bring back every namesake.
      ids.push(span.ids[i]!);
      alt.push(false);
      break;
    }
  }
  return ids.length ? { ...span, ids, alt } : null;
}

/** Every candidate has fewer than `population` people. */
function allBelow(span: Span, places: Place[], population: number): boolean {
  for (let i = 0; i < span.ids.length; i++) if (!(places[span.ids[i]!]!.population < population)) return false;
  return true;
}

/** Some candidate matched by its own name (not only an alternate) lists 100,000 people or more. */
function someOwnCity(span: Span, places: Place[]): boolean {
  const sizes = placeSizes(places);
  for (let i = 0; i < span.ids.length; i++) if (!span.alt[i] && sizes.flags[span.ids[i]!]! & FLAG_CITY) return true;
  return false;
}

function someVariantInNamedArea(span: Span, places: Place[], names: Set<string>, slots: boolean): boolean {
  for (let i = 0; i < span.ids.length; i++) if (variantInNamedArea(places[span.ids[i]!]!, names, span, slots)) return true;
  return false;
}
