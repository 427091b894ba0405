// A national capital named as a place ("in Nouakchott", "El Menzah (Tunis)") names its country as
// surely as the country's name does: it outweighs a country the note names only as background
// ("relatives blocked in Morocco", "migrants detained in Spain") and a landmark named after a
// foreign city ("Los Angeles cemetery" in Tegucigalpa).

import type { Place } from './types.ts';
import type { Span } from './scan.ts';
import { ADM1_WORDS, ADM2_WORDS } from './accept.ts';
import { addVote } from './votes.ts';

/** As much as a country's name in the text (countryNameVotes gives a name 3). */
const CAPITAL_NAMED = 3;

/** A capital whose name another country's place of at least this share of its population shares
 *  ("Tripoli": Lebanon's is a fifth of Libya's) names no country alone; Canada's Kingston, an
 *  eighth of Jamaica's, leaves "in Kingston city" Jamaica's. The value was fitted between those two
 *  cases met in development, not derived: a better test would ask whether the namesake's country
 *  also gets votes in the text. */
const NAMESAKE_SHARE = 0.15;

/** After a name: a kind word and "of"/"in" another name. "Islamabad area of Alishing district" is
 *  a part of another place named after the capital, no capital. */
const PART_OF = /^\s+\p{L}+\s+(?:of|in)\s+(?:the\s+)?\p{Lu}/u;

/** Votes for the country of each capital named as a place (a span of weight 2: after "in"/"near",
 *  before a kind word or in an admin slot), once per country; half past the lead sentence. */
export function capitalVotes(votes: Map<string, number>, spans: Span[], places: Place[], weights: number[], text: string, leadEnd: number): void {
  let done: string[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    // "Sucre municipality", "Sucre state": an area of the capital's name, maybe another country's.
    if (weights[k]! < 2 || s.fold || ADM1_WORDS.has(s.kindAfter) || ADM2_WORDS.has(s.kindAfter) || PART_OF.test(text.slice(s.end, s.end + 40))) continue;
    const cap = capitalOf(s, places);
    if (!cap || done?.includes(cap.iso3)) continue;
    (done ??= []).push(cap.iso3);
    addVote(votes, cap.iso3, s.start >= leadEnd ? CAPITAL_NAMED / 2 : CAPITAL_NAMED);
  }
}

/** The span's most populous place of one of `codes` by its own name (no alternate name), or null. */
export function ownNamePlace(s: Span, places: Place[], codes: ReadonlySet<string>): Place | null {
  let best: Place | null = null;
  for (let n = 0; n < s.ids.length; n++) {
    const p = places[s.ids[n]!]!;
    if (codes.has(p.feature_code) && !s.alt[n] && (!best || p.population > best.population)) best = p;
  }
  return best;
}

const CAPITAL_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLG']);

/** The span's most populous national capital by its own name (no alternate name), or null. */
export function ownNameCapital(s: Span, places: Place[]): Place | null {
  return ownNamePlace(s, places, CAPITAL_CODES);
}

/** The span's capital by its own name, unless a place of another country by its own name is big
 *  beside it. */
function capitalOf(s: Span, places: Place[]): Place | null {
  const cap = ownNameCapital(s, places);
  if (!cap) return null;
  for (let n = 0; n < s.ids.length; n++) {
    const p = places[s.ids[n]!]!;
    if (p.iso3 !== cap.iso3 && !s.alt[n] && p.population >= cap.population * NAMESAKE_SHARE) return null;
  }
  return cap;
}
