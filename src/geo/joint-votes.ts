// Joint evidence for the country vote: several different names that all exist in one country
// (moved out of infer.ts unchanged, to keep that file short).

import type { Place } from './types.ts';
import type { Span } from './scan.ts';
import type { Hits } from './memory-gazetteer.ts';
import { addVote } from './votes.ts';
import { placeSizes, type PlaceSizes } from './place-sizes.ts';

/** The text the spans come from, and the places under a span's name in other spellings (the
 *  gazetteer's transliteration fold). */
export interface JointContext {
  text: string;
  spelled: (s: Span) => Hits;
}

/** Share of the gap to a name's biggest namesake elsewhere that a country explaining every name gets. */
const JOINT_LIFT = 0.9;
/** Between a place and the area it lies in: "in", "town in", "district in". */
export const IN_AREA = /^(?:\s+\p{Ll}+)?\s+in\s+$/u;
/** After a list item: a comma or "and"/"or", then another capitalised name. */
export const LIST_NEXT = /^(?:\s*,\s*|\s+(?:and|or)\s+)\p{Lu}/u;

/** Several different names that all exist in one country are strong evidence for it, whatever
 *  their size: "Tripoli ... Bar Elias ... el Marj" is Lebanon although Libya has the biggest
 *  Tripoli and Marj, for few countries have all three. A country with a candidate for every name
 *  (at least two, not reached only through the transliteration fold) has each name's vote raised
 *  most of the way to that name's biggest namesake in a country that does not have every name.
 *  A country "has" a name also under another spelling (`spelled`: the ids under the name's
 *  transliteration fold), so that "Ash-Shajara ... Dar'a" does not lift Sudan, which spells one
 *  the same, over Syria, which spells it "Ash Shajarah". Countries that all have every name are
 *  not raised against each other: their order stays the size order. */
export function jointVotes(votes: Map<string, number>, spans: Span[], places: Place[], perSpan: Array<Map<string, number>>, weights: number[], { text, spelled }: JointContext): void {
  // Most texts have fewer than two names that could be joint: decided before any set or closure
  // is built (H2's hint 4; firstOfKey below only keeps fewer of these keys).
  if (!twoCandidateKeys(spans, perSpan)) return;
  // A name written anywhere as an admin slot ("Tondo, Manila", "Martinez (Buenos Aires)") is the
  // area around another name, which the area weighting (inNamedArea) already checks; a
  // country's small namesakes of both are no joint evidence. Unless another name follows, out of
  // parentheses: "Tripoli, Beddawi and Miniyeh" is a list.
  // So is a name right after "X in", "X town in" ("Ash-Shajara town in Dar'a").
  const slot = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if ((s.adminSlot && !listItem(text, s)) || insideArea(text, spans, k)) slot.add(s.key);
  }
  const firstOfKey = new Map<string, number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (!s.fold && !slot.has(s.key) && perSpan[k]!.size && !firstOfKey.has(s.key)) firstOfKey.set(s.key, k);
  }
  if (firstOfKey.size < 2) return;
  const ks = [...firstOfKey.values()];
  // Countries are read from the gazetteer's country array (place-sizes.ts), not from the Places:
  // a name's candidates, and its fold hits even more, run to hundreds with GeoNames.
  const sizes = placeSizes(places);
  // By its own name: an alternate name ("Beirut" for a Polish village's old name) is too easily
  // shared. Lifted: countries with every name as written; not lifted against: also those with
  // every name under some spelling or other name.
  const exact = ks.map((k) => ownCountries(spans[k]!, sizes));
  const joint: string[] = [];
  for (const c of exact[0]!) if (inEvery(exact, c)) joint.push(sizes.iso3s[c]!);
  if (!joint.length) return;
  const spelledToo = ks.map((k) => spelledCountries(perSpan[k]!, spelled(spans[k]!), sizes));
  const bestElsewhere = ks.map((k) => bestOutside(perSpan[k]!, spelledToo));
  for (const iso3 of joint) {
    let lift = 0;
    for (let n = 0; n < ks.length; n++) lift += weights[ks[n]!]! * JOINT_LIFT * Math.max(0, bestElsewhere[n]! - (perSpan[ks[n]!]!.get(iso3) ?? 0));
    addVote(votes, iso3, lift);
  }
}

// Module functions, not named closures in jointVotes: tsx's keepNames wraps each named closure in a
// __name() call (Object.defineProperty) every time the enclosing function runs.

/** A list item: a name followed by another ("Tripoli, Beddawi and Miniyeh"), outside parentheses. */
function listItem(text: string, s: Span): boolean {
  if (!LIST_NEXT.test(text.slice(s.end, s.end + 8))) return false;
  const before = text.slice(Math.max(0, s.start - 80), s.start); // bounded: long texts stay linear
  return before.lastIndexOf('(') <= before.lastIndexOf(')');
}

/** Span k follows "X in" / "X town in". */
function insideArea(text: string, spans: Span[], k: number): boolean {
  return k > 0 && IN_AREA.test(text.slice(spans[k - 1]!.end, spans[k]!.start));
}

/** The countries (indexes into sizes.iso3s) of a span's candidates by their own name (not an
 *  alternate name), in the order first met. */
function ownCountries(h: Hits, sizes: PlaceSizes): Set<number> {
  const out = new Set<number>();
  for (let n = 0; n < h.ids.length; n++) if (!h.alt[n]) out.add(sizes.country[h.ids[n]!]!);
  return out;
}

function inEvery(sets: Array<Set<number>>, c: number): boolean {
  for (let i = 0; i < sets.length; i++) if (!sets[i]!.has(c)) return false;
  return true;
}

/** The countries a name has under some spelling: its candidates' and its fold hits'. */
function spelledCountries(w: Map<string, number>, fold: Hits, sizes: PlaceSizes): Set<string> {
  const out = new Set<string>(w.keys());
  for (const iso3 of foldCountries(fold, sizes)) out.add(iso3);
  return out;
}

/** The countries of a name's fold hits, remembered with the hits (MemoryGazetteer.foldHits keeps
 *  one Hits per name, and a common fold lists thousands of places). */
function foldCountries(fold: Hits, sizes: PlaceSizes): string[] {
  let got = foldCountriesSeen.get(fold);
  if (got?.sizes !== sizes) {
    const seen = new Set<string>();
    for (let n = 0; n < fold.ids.length; n++) seen.add(sizes.iso3s[sizes.country[fold.ids[n]!]!]!);
    got = { sizes, iso3s: [...seen] };
    foldCountriesSeen.set(fold, got);
  }
  return got.iso3s;
}

const foldCountriesSeen = new WeakMap<Hits, { sizes: PlaceSizes; iso3s: string[] }>();

/** A name's biggest weight in a country that does not have every name under some spelling (0 when none). */
function bestOutside(w: Map<string, number>, spelledToo: Array<Set<string>>): number {
  let best = 0;
  for (const [iso3, v] of w) {
    let everywhere = true;
    for (let i = 0; i < spelledToo.length && everywhere; i++) everywhere = spelledToo[i]!.has(iso3);
    if (!everywhere && v > best) best = v;
  }
  return best;
}

/** Whether two different names (not through the fold) have candidates. */
function twoCandidateKeys(spans: Span[], perSpan: Array<Map<string, number>>): boolean {
  let first: string | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.fold || !perSpan[k]!.size) continue;
    if (first === null) first = s.key;
    else if (s.key !== first) return true;
  }
  return false;
}
