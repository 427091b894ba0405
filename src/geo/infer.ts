// Which country a text is about: its country names and demonyms, and the countries of the
// places it names. Used as a soft hint when the caller gives none.

import type { Place, PlaceMention } from './types.ts';
import { findCountryMentions, type CountryMention } from './countries.ts';
import { FLAG_PROVINCE, placeSizes, type PlaceSizes } from './place-sizes.ts';
import { inNamedArea } from './resolve.ts';
import { SEAT_CODES } from './named-areas.ts';
import type { Span } from './scan.ts';
import type { Hits } from './memory-gazetteer.ts';
import { ADM1_WORDS, ADM2_WORDS } from './accept.ts';
import { partOfTownVotes } from './container-town.ts';
import { IN_AREA, LIST_NEXT, jointVotes, type JointContext } from './joint-votes.ts';

export type { JointContext } from './joint-votes.ts';
import { areaWord, seatCalledSo, seatOfItsName, usesTerm } from './admin-terms.ts';
import { addVote, winner } from './votes.ts';
import { capitalVotes } from './capital-vote.ts';
import { articleMisses, closeSpellings, someCountriesTie, writtenExactly } from './written-form.ts';
import { thingsNamed, unfoldOf } from './span-weights.ts';

const NO_HITS: Hits = { ids: [], alt: [] };

/** Weight of a country's armed actor ('Israeli forces', 'Turkish troops'): often abroad. */
const ACTOR_WEIGHT = 0.3;

/** Weight of a country named after the lead sentence. */
const LATER_SENTENCE = 0.5;

// A module constant: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const LEAD_END = /[.!?]\s+(?=\p{Lu})/u;

/** Where the lead sentence ends: the first full stop followed by a capitalised word. */
export function leadSentenceEnd(text: string): number {
  const m = LEAD_END.exec(text);
  return m ? m.index + 1 : text.length;
}

/** Country votes from names in text; the first named country counts extra (reports lead with it). */
export function countryNameVotes(mentions: CountryMention[], leadEnd = Infinity): Map<string, number> {
  const votes = new Map<string, number>();
  // Demonyms and actors count less: "Russian airstrikes", "US forces" often name foreign actors,
  // and so do neighbours ("bordering Afghanistan", "Kenya-based"): the event is beside them.
  // A country the text relates to ("protested against Pakistan") counts less than one it is in;
  // one whose place the text names ("Pakistan's Bajaur region") more.
  // A demonym or actor repeated ("Turkish convoys ... Turkish posts") is the same foreign actor
  // again, not more evidence of where the event is: each country's weak mentions count once
  // per kind ("Hellenic Police ... the border with Greece": a demonym and a name count apart).
  // Forces of one country acting on people of another ("Israeli forces raided ... fired at
  // Palestinians", "Turkish troops shelled Syrians") are the foreign ones: the actor names no place.
  const people = peopleOf(mentions);
  const weak = new Set<string>();
  mentions.forEach((m, i) => {
    const isWeak = m.kind !== 'name' || m.actor || m.neighbour;
    const key = m.kind === 'name' ? m.iso3 : `${m.iso3} ${m.kind}`;
    if ((isWeak && weak.has(key)) || (m.actor && people && !people.has(m.iso3)) || m.outside) return;
    if (isWeak) weak.add(key);
    const w = isWeak ? (m.actor ? ACTOR_WEIGHT : 0.5) : m.relation ? 1 : 3 + (i === 0 ? 1 : 0) + (m.possessive ? 1 : 0);
    // Past the lead sentence a report gives background ("the abuse they suffered in Peru").
    addVote(votes, m.iso3, m.start >= leadEnd ? w * LATER_SENTENCE : w);
  });
  return votes;
}

/** Countries of the people a text names by demonym, not as actors or neighbours ("Palestinians",
 *  "Syrian civilians"; not "a Turkish-made drone"), or null when it names none. */
function peopleOf(mentions: CountryMention[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const m of mentions) if (m.people && !m.actor && !m.neighbour) (out ??= new Set()).add(m.iso3);
  return out;
}

/** Too small to outweigh any other evidence: it only breaks ties. */
const AS_WRITTEN_TIE = 1e-6;

/** Before a name: the land around it ("the southern countryside of Idleb", "the outskirts of
 *  Aleppo"), which the writer names as the event's area. */
const AREA_AROUND = /\b(?:countryside|outskirts)\s+of\s+$/;

/** Seats of first-level areas (a capital, a seat of government: "El Alto, La Paz"). */
const PROVINCE_SEATS = new Set(['PPLA', 'PPLC', 'PPLG']);

/** Weight of a candidate whose name lacks the article the text writes while another's has it. */
const ARTICLE_MISS = 0.5;

/** Votes from unresolved candidate lists: each span gives every country its best candidate's
 *  weight (0.1-1 by size), so the country that explains the most names wins ("Misrata ... Sirte
 *  ... Tripoli" is Libya even though Tripoli alone could be Lebanon). Not normalised per span:
 *  an ambiguous name then helps all its countries equally instead of diluting each. */
export function candidateVotes(votes: Map<string, number>, spans: Span[], places: Place[], given: number[], names: Set<string>, joint: JointContext = { text: '', spelled: () => NO_HITS }): void {
  const weights = thingsNamed(spans, given, joint.text);
  const perSpan: Array<Map<string, number>> = [];
  const repeated = namedAsOwnArea(spans, joint.text);
  // Index loops, not entries() iterators (H4's speed hint 5).
  const sizes = placeSizes(places);
  const slotProvinces = provincesInSlots(spans, sizes);
  const qualifiers = slotQualifiers(spans, places, joint.text);
  // Per span, each country's best candidate so far by country index (a typed array, not a Map
  // probe per candidate), and the countries in the order first met, which becomes the span's Map.
  const best = new Float64Array(sizes.iso3s.length);
  const met: number[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const ownArea = repeated.has(span.key);
    // "Merida state", "Chora district": the word after the name says it is an area, so a town
    // of that name abroad explains it less than an area of that name.
    const areaKind = ADM1_WORDS.has(span.kindAfter) || ADM2_WORDS.has(span.kindAfter);
    // "Jerusalem city": the other way round, an admin area of that name explains it less than a town.
    const townKind = TOWN_WORDS.has(span.kindAfter);
    const called = areaWord(span, joint.text);
    const ownSlot = !ADM2_WORDS.has(span.kindAfter) && span.adminSlot && wholeSlot(joint.text, span);
    const provinceSlot = ownSlot || (!ADM2_WORDS.has(span.kindAfter) && ((k > 0 && IN_AREA.test(joint.text.slice(spans[k - 1]!.end, span.start))) || AREA_AROUND.test(joint.text.slice(Math.max(0, span.start - 24), span.start))));
    // "el Mina": namesakes without the written article count half beside one that has it.
    const misses = articleMisses(span, joint.text, places);
    // "Miniyeh", "Beddawi": places whose own name is the written one in another transliteration
    // count as the name written, not as the fold.
    const close = closeSpellings(span, places, joint.spelled);
    // The span's own candidates, then its close spellings, in one loop (no per-span closure: tsx's
    // keepNames wraps a named closure in a __name() call each time it is made). An own candidate
    // reached only through an alternate name ("Al-Bostan" for Boston) counts half; a close
    // spelling gets back the fold's quarter the span's weight has in it.
    const own = span.ids.length;
    for (let n = 0; n < own + close.length; n++) {
      const id = n < own ? span.ids[n]! : close[n - own]!;
      const factor = n < own ? (span.alt[n] ? 0.5 : 1) * (misses?.[n] ? ARTICLE_MISS : 1) : unfoldOf(span);
      // Size and country from the gazetteer's arrays (place-sizes.ts): the Place itself is read
      // only when a cue needs it or the candidate can still win.
      let size = sizes.vote[id]!;
      const country = sizes.country[id]!;
      const cur = best[country]!;
      // The admin-area check can at most double v: skip it when even that would not beat the
      // country's best so far (common names have hundreds of candidates). The cues below only
      // halve the size, so the check is made before them too.
      if (size * 2 * factor <= cur) continue;
      if (areaKind || called || townKind) {
        const q = places[id]!;
        size = size * (areaKind && q.feature_class !== 'A' && !seatCalledSo(q, called, span.key) ? TOWN_CALLED_AREA : townKind && q.feature_class === 'A' ? TOWN_CALLED_AREA : 1) * (called && usesTerm(q, called) === false ? FOREIGN_TERM : 1);
        if (size * 2 * factor <= cur) continue;
      }
      const p = places[id]!;
      // A candidate inside an admin area the text also names ("Rafah (North Sinai)") counts double.
      // An admin area written as a slot ("El Refugio (Ahuachapan)"), after "X in" ("Karak in
      // Dar'a") or "the countryside of" is the writer's deliberate qualifier of the place: as
      // strong as a town inside a named area.
      // So is, in a slot of its own, a province's seat that bears its name ("(Dessa, Tillabery)":
      // the town Tillaberi seats Tillaberi Region; "El Alto, La Paz"). Not after "X in": "the
      // Seray in Tripoli" names the city.
      const slotArea = (provinceSlot && p.feature_code === 'ADM1') || (ownSlot && PROVINCE_SEATS.has(p.feature_code) && (seatOfItsName(p, span.key) || seatOfItsName(p, span.foldedKey)));
      const v = size * (slotArea || inNamedArea(p, names, span) || (ownArea && seatOfItsName(p, span.key)) ? 2 : 1) * factor;
      // v > 0 here (size * factor > cur >= 0), so a country still at 0 is met for the first time.
      if (cur === 0) met.push(country);
      best[country] = Math.max(cur, v);
    }
    const w = new Map<string, number>();
    for (let i = 0; i < met.length; i++) {
      w.set(sizes.iso3s[met[i]!]!, best[met[i]!]!);
      best[met[i]!] = 0;
    }
    met.length = 0;
    // "Valencia, Sangre Grande": the slot after the name names an admin area or seat only one
    // country has; the name's namesakes elsewhere explain the pair less.
    // Also when that country has the name itself: "Palma (Palma, Cabo Delgado)" is no Palma of Spain.
    const qualifier = qualifiers[k]!;
    if (qualifier) for (const [iso3, v] of w) if (iso3 !== qualifier) w.set(iso3, v * UNQUALIFIED);
    const only = weights[k]! >= 2 ? onlyCountry(span, sizes, misses, close) : null;
    if (only && (!slotProvinces || slotProvinces.has(only))) w.set(only, Math.max(w.get(only) ?? 0, UNIQUE_NAME));
    for (const iso3 of w.keys()) addVote(votes, iso3, weights[k]! * w.get(iso3)!);
    // Between countries whose namesakes weigh the same (two provinces "North East" / "North-East",
    // "Ouest" / "West"), the one that spells the name as the text does.
    const exact = someCountriesTie(w) ? writtenExactly(span, joint.text, places) : null;
    if (exact) for (const iso3 of exact) addVote(votes, iso3, AS_WRITTEN_TIE);
    perSpan.push(w);
  }
  jointVotes(votes, spans, places, perSpan, weights, joint);
  capitalVotes(votes, spans, places, weights, joint.text, leadSentenceEnd(joint.text));
  partOfTownVotes(joint.text, spans, places, votes);
}

/** A slot that is the span alone ("(Ahuachapan)", ", Zulia state"; not "Sud" of "(Bizerte Sud,
 *  ..." or "Khor" of "Khor Shamam") and no item of a list ("Abu Jabra, Khor, and Dimsu"). */
function wholeSlot(text: string, s: Span): boolean {
  return !s.inCapRun && /[(,]\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start)) && !LIST_NEXT.test(text.slice(s.end, s.end + 8));
}

/** Between a name and the first slot after it: nothing, or a word of its kind ("Palma town (").  */
const CHAIN_GAP = /^(?:\s+\p{Ll}+)?\s*[,(]\s*$/u;

/** Per span, the country slotCountry gives it; a name whose next span is its own name as a slot
 *  qualified in turn takes that slot's country ("Palma town (Palma, Cabo Delgado)": the province
 *  qualifies both Palmas, the town and its district). Not any slot chain: "Kumbo (Bui, Northwest
 *  region)" would take the one country whose area is spelled "Northwest" over the town's own. */
function slotQualifiers(spans: Span[], places: Place[], text: string): Array<string | null> {
  const out: Array<string | null> = new Array(spans.length).fill(null);
  for (let k = spans.length - 2; k >= 0; k--) {
    const s = spans[k]!;
    const next = spans[k + 1]!;
    out[k] = slotCountry(s, next, places, text) ?? (next.adminSlot && next.key === s.key && CHAIN_GAP.test(text.slice(s.end, next.start)) ? out[k + 1]! : null);
  }
  return out;
}

/** Weight of a name's namesakes in countries without the admin area its slot names. */
const UNQUALIFIED = 0.5;


/** The one country whose admin areas or seats bear the name of the slot `next` right after `s`
 *  ("Valencia, Sangre Grande", "Valencia (Sangre Grande)"), by any name; null when the
 *  slot's admin namesakes lie in several countries or none, or `next` is no such slot. */
function slotCountry(s: Span, next: Span, places: Place[], text: string): string | null {
  if (!next.adminSlot || next.fold || !/^\s*[,(]\s*$/.test(text.slice(s.end, next.start)) || !wholeSlot(text, next)) return null;
  let only: string | null = null;
  for (let n = 0; n < next.ids.length; n++) {
    const p = places[next.ids[n]!]!;
    // Admin areas and seats are what a slot qualifies a name by. Alternate names too: Nigeria's
    // "Plateau State" under "Plateau" keeps Benin's Plateau from being the only one.
    if (p.feature_class !== 'A' && !SEAT_CODES.has(p.feature_code)) continue;
    if (only && p.iso3 !== only) return null;
    only = p.iso3;
  }
  return only;
}

/** A name the text places an event at ("in X", "X village") that only one country has, by the
 *  place's own name, is evidence for that country whatever the place's size: "Khaldeh bridge in
 *  the direction of Naameh" is Lebanon's, though a spelling of Khaldeh is a big town in India.
 *  Worth as much as a town of a few thousand people. */
const UNIQUE_NAME = 0.5;

/** The one country of a span's own-name candidates (not alternate names, not the fold, not
 *  without the article the text writes; the close spellings of a name whose exact candidates are
 *  all alternate names), or null. Not for a name the scan met only through the fold: a close
 *  spelling of it may as well be a namesake abroad of a place the gazetteer lacks ("Shujaayah"). */
function onlyCountry(span: Span, sizes: PlaceSizes, misses: boolean[] | null, close: number[]): string | null {
  if (span.fold) return null;
  let only: string | null = null;
  const own = span.ids.length;
  for (let n = 0; n < own + close.length; n++) {
    if (n < own && (span.alt[n] || misses?.[n])) continue;
    const iso3 = sizes.iso3s[sizes.country[n < own ? span.ids[n]! : close[n - own]!]!]!;
    if (only && iso3 !== only) return null;
    only = iso3;
  }
  return only;
}

/** Countries of the provinces the text names in admin slots ("(Uttarakhand)"), or null when it
 *  names none: a province named so outweighs a village name that only a denser gazetteer of
 *  another country has ("Makhanpur village, Bhagwanpur (Uttarakhand)"). */
function provincesInSlots(spans: Span[], sizes: PlaceSizes): Set<string> | null {
  let out: Set<string> | null = null;
  for (const s of spans) {
    if (!s.adminSlot) continue;
    for (let n = 0; n < s.ids.length; n++) {
      const id = s.ids[n]!;
      if (sizes.flags[id]! & FLAG_PROVINCE) (out ??= new Set()).add(sizes.iso3s[sizes.country[id]!]!);
    }
  }
  return out;
}

/** Weight of a country's place the text calls by an admin word the country does not use ("Punjab
 *  state" for Pakistan's Punjab province). */
const FOREIGN_TERM = 0.5;

/** Weight of a town for a name the text calls an area ("X state"), and of an area for a name it
 *  calls a town ("X city"). */
const TOWN_CALLED_AREA = 0.5;

/** Kind words that call a name a settlement. */
const TOWN_WORDS = new Set(['city', 'town', 'village']);

/** Keys written once as a place and again as the only admin slot after it: "Santa Ana (Santa
 *  Ana)", "Formosa (Formosa)" name a town and the area it is the seat of. Not "Rafah (Rafah,
 *  North Sinai)": there the province named decides (inNamedArea). */
function namedAsOwnArea(spans: Span[], text: string): Set<string> {
  const out = new Set<string>();
  for (let a = 0; a < spans.length; a++) {
    if (!spans[a]!.adminSlot || !/^\s*\)/.test(text.slice(spans[a]!.end, spans[a]!.end + 3))) continue;
    for (let b = 0; b < a; b++) if (spans[b]!.key === spans[a]!.key && !spans[b]!.adminSlot) out.add(spans[a]!.key);
  }
  return out;
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
