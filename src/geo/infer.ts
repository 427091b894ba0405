// Which country a text is about: its country names and demonyms, and the countries of the
// places it names. Used as a soft hint when the caller gives none.

import type { Place, PlaceMention } from './types.ts';
import { findCountryMentions, type CountryMention } from './countries.ts';
import { effectivePopulation, inNamedArea } from './resolve.ts';
import type { Span } from './scan.ts';

function addVote(votes: Map<string, number>, iso3: string, w: number): void {
  votes.set(iso3, (votes.get(iso3) ?? 0) + w);
}

function winner(votes: Map<string, number>, min: number): string | null {
  let best: string | null = null;
  let bestV = min;
  for (const [k, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v > bestV) {
      best = k;
      bestV = v;
    }
  }
  return best;
}

/** Country votes from names in text; the first named country counts extra (reports lead with it). */
export function countryNameVotes(mentions: CountryMention[]): Map<string, number> {
  const votes = new Map<string, number>();
  // Demonyms and actors count less: "Russian airstrikes", "US forces" often name foreign actors,
  // and so do neighbours ("bordering Afghanistan", "Kenya-based"): the event is beside them.
  // A country the text relates to ("protested against Pakistan") counts less than one it is in;
  // one whose place the text names ("Pakistan's Bajaur region") more.
  mentions.forEach((m, i) => {
    const w = m.kind !== 'name' || m.actor || m.neighbour ? 0.5 : m.relation ? 1 : 3 + (i === 0 ? 1 : 0) + (m.possessive ? 1 : 0);
    addVote(votes, m.iso3, w);
  });
  return votes;
}

/** Votes from unresolved candidate lists: each span gives every country its best candidate's
 *  weight (0.1-1 by size), so the country that explains the most names wins ("Misrata ... Sirte
 *  ... Tripoli" is Libya even though Tripoli alone could be Lebanon). Not normalised per span:
 *  an ambiguous name then helps all its countries equally instead of diluting each. */
export function candidateVotes(votes: Map<string, number>, spans: Span[], places: Place[], weights: number[], names: Set<string>): void {
  for (const [k, span] of spans.entries()) {
    const w = new Map<string, number>();
    for (const [n, i] of span.ids.entries()) {
      const p = places[i]!;
      // A candidate inside an admin area the text also names ("Rafah (North Sinai)") counts double;
      // one reached only through an alternate name ("Al-Bostan" for Boston) half.
      const size = (1 + Math.log10(effectivePopulation(p) + 1)) / 8;
      const cur = w.get(p.iso3) ?? 0;
      // The admin-area check can at most double v: skip it when even that would not beat the
      // country's best so far (common names have hundreds of candidates).
      if (size * 2 * (span.alt[n] ? 0.5 : 1) <= cur) continue;
      const v = size * (inNamedArea(p, names, span) ? 2 : 1) * (span.alt[n] ? 0.5 : 1);
      w.set(p.iso3, Math.max(cur, v));
    }
    for (const [iso3, v] of w) addVote(votes, iso3, weights[k]! * v);
  }
}

export function inferCountryFromVotes(votes: Map<string, number>): string | null {
  return winner(votes, 0.2);
}

/** ISO3 of the country the text is about, from country names and the places found; or null. */
export function inferCountry(text: string, mentions: PlaceMention[]): string | null {
  const votes = countryNameVotes(findCountryMentions(text));
  for (const m of mentions) if (m.place) addVote(votes, m.place.iso3, 1.5 * m.confidence);
  return inferCountryFromVotes(votes);
}
