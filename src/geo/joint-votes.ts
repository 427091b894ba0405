// Joint evidence for the country vote: several different names that all exist in one country
// (moved out of infer.ts unchanged, to keep that file short).

import type { Place } from './types.ts';
import type { Span } from './scan.ts';
import type { Hits } from './memory-gazetteer.ts';
import { addVote } from './votes.ts';

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
  const slot = new Set(spans.filter((s, k) => (s.adminSlot && !listItem(text, s)) || insideArea(text, spans, k)).map((s) => s.key));
  const firstOfKey = new Map<string, number>();
  for (const [k, s] of spans.entries()) if (!s.fold && !slot.has(s.key) && perSpan[k]!.size && !firstOfKey.has(s.key)) firstOfKey.set(s.key, k);
  if (firstOfKey.size < 2) return;
  const ks = [...firstOfKey.values()];
  // By its own name: an alternate name ("Beirut" for a Polish village's old name) is too easily
  // shared. Lifted: countries with every name as written; not lifted against: also those with
  // every name under some spelling or other name.
  const exact = ks.map((k) => new Set(ownCountries(spans[k]!, places)));
  const joint = [...exact[0]!].filter((iso3) => exact.every((h) => h.has(iso3)));
  if (!joint.length) return;
  const spelledToo = ks.map((k) => new Set([...perSpan[k]!.keys(), ...spelled(spans[k]!).ids.map((i) => places[i]!.iso3)]));
  const bestElsewhere = ks.map((k) => Math.max(0, ...[...perSpan[k]!].filter(([iso3]) => !spelledToo.every((h) => h.has(iso3))).map(([, v]) => v)));
  for (const iso3 of joint) {
    let lift = 0;
    for (const [n, k] of ks.entries()) lift += weights[k]! * JOINT_LIFT * Math.max(0, bestElsewhere[n]! - (perSpan[k]!.get(iso3) ?? 0));
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

/** The countries of a span's candidates by their own name (not an alternate name). */
function ownCountries(h: Hits, places: Place[]): string[] {
  return h.ids.flatMap((i, n) => (h.alt[n] ? [] : [places[i]!.iso3]));
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
