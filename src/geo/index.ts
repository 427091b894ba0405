// The geo stage: an offline gazetteer and place recognition for extraction.
//   loadDefaultGazetteer() / loadGazetteer({ files, db })  -> Gazetteer
//   findPlaces(text, gz, { iso3 })                          -> PlaceMention[] (in text order)
//   locateEvent(mentions, span, { iso3 })                   -> the event's PlaceMention or null
//   inferCountry(text, mentions)                            -> ISO3 or null
// Data: GeoNames (CC BY 4.0) and Who's On First; see ATTRIBUTION.md.

import type { Gazetteer, Place, PlaceMention } from './types.ts';
import { loadDefaultGazetteer, loadGazetteer } from './build.ts';
import { countryByIso3, findCountryMentions, type CountryMention } from './countries.ts';
import { candidateVotes, countryNameVotes, inferCountry as inferFromMentions, inferCountryFromVotes, leadSentenceEnd } from './infer.ts';
import { spanWeight, unlocatedWeight } from './span-weights.ts';
import { MemoryGazetteer } from './memory-gazetteer.ts';
import { ADM1_WORDS, ADM2_WORDS, acceptSpan, asHoldingArea } from './accept.ts';
import { SETTLEMENT_WORDS, resolveSpans } from './resolve.ts';
import { KINDS_AFTER, normsOf, scanPlaces, spanWith, type Span } from './scan.ts';
import { isCommonWord } from './span.ts';
import { findContextCues } from './context-cues.ts';
import { speakerSeats } from './speaker-seat.ts';
import { areasOntoFront } from './front-lines.ts';
import { normName } from './normalize.ts';
import { tokenize } from './tokens.ts';
import { ownSpellings } from './alt-spellings.ts';
import { withAdminSpelling } from './admin-spelling.ts';
import { misspeltTowns } from './misspelt.ts';
import { unfoundNames } from './unfound-names.ts';
import { otherRomanisation, romanisedIds } from './romanisation.ts';
import { NamedKeys, adminKeys } from './area-keys.ts';
import { countryCode, placeSizes } from './place-sizes.ts';
import { POSTAL_CODE, votingSpan } from './postal-places.ts';
import { placeOfItsArea } from './of-its-area.ts';

export type { Gazetteer, Place, PlaceMention } from './types.ts';
export { loadDefaultGazetteer, loadGazetteer, type LoadOptions } from './build.ts';
export { countryCapital, countryOfCapital, locateEvent } from './locate.ts';
export { indefiniteSettlementSpan, namedSettlementIn, referredPlaceSpan } from './referred-place.ts';
import { CODED_CUE } from './locate.ts';
export { countryByIso2, countryByIso3, countryByName, findCountryMentions, type Country } from './countries.ts';
export { gazetteerDbPath } from './db.ts';

function asMemory(gz: Gazetteer): MemoryGazetteer {
  if (gz instanceof MemoryGazetteer) return gz;
  throw new Error('findPlaces needs a gazetteer from loadGazetteer()/loadDefaultGazetteer()');
}

/** Places named in the text, each resolved to a gazetteer place or to none (place: null). */
export function findPlaces(text: string, gazetteer: Gazetteer, opts: { iso3?: string | null; date?: string | null } = {}): PlaceMention[] {
  const gz = asMemory(gazetteer);
  const places: Place[] = gz.places;
  // One tokenisation and normalisation for the place scan and the country names.
  const words = tokenize(text);
  const norms = normsOf(words);
  const scanned = scanPlaces(text, gz, words, norms);
  // Country names and demonyms are not places here ("Ukrainian forces"); inferCountry uses them.
  // Except inside a longer place name ("Port of Spain") and as the area after "X LGA, " ("(Rafi
  // LGA, Niger)": Niger State), where they name the place.
  const countries: CountryMention[] = [];
  for (const c of findCountryMentions(text, words, norms)) if (!insideLongerName(c, scanned, text, places)) countries.push(c);
  // A few words without a sentence ("Hun", "Ganfouda district, Benghazi") describe a place.
  const label = text.length <= 80 && !/[.!?;]\s+\S/.test(text) && text.trim().split(/\s+/).length <= 8;
  // Local armed groups and monitors place the text in a country and its conflict areas; their
  // names are no places themselves.
  const cues = findContextCues(text, opts.date ?? null);
  const inCountryName = clearedMask(text.length);
  for (const c of countries) if (!cityOfTerritory(c, scanned, places)) inCountryName.fill(1, c.start, c.end);
  for (const [a, b] of cues.spans) inCountryName.fill(1, a, b);
  // Every name the scan saw, for a spelling variant to find its admin area among them.
  const seen = new NamedKeys(gz, cues.areas);
  let slots = false;
  // Two levels of slots ("X (District, Province)", "X, District, Province", "X LGA (Province)"): the district, not
  // the province, is the area a spelling variant must lie in ("Vilny, Luhansk" names only the oblast).
  let nested = false;
  for (let k = 0; k < scanned.length; k++) {
    const s = scanned[k]!;
    seen.add(s.key).add(s.foldedKey);
    if (s.adminSlot) {
      slots = true;
      if (k > 0 && (scanned[k - 1]!.adminSlot || ADM2_WORDS.has(scanned[k - 1]!.kindAfter))) nested = true;
    }
  }
  let spans: Span[] = [];
  for (let k = 0; k < scanned.length; k++) {
    const s = placeOfItsArea(scanned, k, text, places);
    const accepted = acceptSpan(s, places, label, seen, slots);
    const area = !accepted && s.commonWord && s.bracketSlot && k > 0 ? asHoldingArea(s, scanned[k - 1]!, places) : null;
    if ((accepted || area || provinceAfterName(s, places, text, gz)) && !(inCountryName[afterArticle(s)] && inCountryName[s.end - 1])) spans.push(withBareName(ownSpellings(area ?? s, places), gz));
  }
  const seats = speakerSeats(spans, text, places);
  const rivers = riversNamed(spans, text, places);
  let iso3 = opts.iso3 && countryByIso3(opts.iso3) ? countryByIso3(opts.iso3)!.iso3 : null;
  const strict = iso3 !== null;
  const names = new NamedKeys(gz);
  for (const s of spans) {
    names.add(s.key).add(s.foldedKey);
    if (ADM1_WORDS.has(s.kindAfter)) seatProvinces(names, s, places);
  }
  for (const a of cues.areas) names.add(a);
  if (!iso3) {
    const votes = countryNameVotes(countries, leadSentenceEnd(text));
    for (const [c, n] of cues.countries) votes.set(c, (votes.get(c) ?? 0) + Math.min(3, 2 * n));
    const weights: number[] = [];
    for (const s of spans) weights.push(seats?.has(s) ? unlocatedWeight(s) : spanWeight(s));
    const sizes = placeSizes(places);
    const voting: Span[] = [];
    for (const s of spans) voting.push(votingSpan(s, sizes));
    // A method, not a named arrow: tsx's keepNames wraps a named closure in a __name() call per text.
    candidateVotes(votes, voting, places, weights, names, {
      text,
      spelled(s) {
        return gz.foldHits(s.key);
      },
    });
    iso3 = inferCountryFromVotes(votes);
  }
  if (seats) spans = spans.filter((s) => !seats.has(s));
  if (rivers) spans = spans.filter((s) => !rivers.has(s));
  if (iso3) for (let k = 0; k < spans.length; k++) spans[k] = otherRomanisation(inCountryVariant(spans[k]!, gz, iso3), gz, iso3);
  const variants = iso3 ? spellingVariants(spans, gz, iso3) : undefined;
  // Only the fronts in the text's country: another's (a cue word reused there) says nothing here.
  const fronts = iso3 && cues.fronts.length ? cues.fronts.filter((f) => f.iso3 === iso3) : cues.fronts;
  const resolved = resolveSpans(spans, places, { iso3, strict, names, fronts, slots: nested, variants, text });
  const mentions: PlaceMention[] = [];
  for (let k = 0; k < resolved.length; k++) mentions.push(codedTo(withAdminSpelling(k, spans, resolved, places, text), text));
  if (iso3) insertInOrder(mentions, misspeltTowns(text, resolved, mentions, places, iso3));
  if (iso3) insertInOrder(mentions, unfoundNames(text, words, norms, scanned, resolved, mentions, gz, iso3, fronts));
  if (fronts.length) areasOntoFront(mentions, fronts, text, inCountryName);
  if (!strict) inferredCountry.set(mentions, iso3);
  return mentions;
}

/** "the Dnipro river", "the Niger River": the word after the name says it is the river (a name
 *  the gazetteer holds with the word, "Tana River", is scanned whole and never met so). A town of
 *  the river's name is at best one of many places along it; an area of its name may hold it. */
const RIVER_AFTER = /^\s+[Rr]ivers?\b/;

/** Spans that name a river (RIVER_AFTER), not an area of its name: they vote for the country the
 *  river runs through as the town of its name would, and name no place. */
function riversNamed(spans: Span[], text: string, places: Place[]): Set<Span> | null {
  let out: Set<Span> | null = null;
  for (const s of spans) if (RIVER_AFTER.test(text.slice(s.end, s.end + 8)) && !someArea(s, places)) (out ??= new Set()).add(s);
  return out;
}

/** An admin area by its own name among the span's candidates ("near Diyala river": the province
 *  named after it; not Dnipropetrovsk oblast, whose other name is Dnipro). */
function someArea(s: Span, places: Place[]): boolean {
  for (let n = 0; n < s.ids.length; n++) if (!s.alt[n] && places[s.ids[n]!]!.feature_class === 'A') return true;
  return false;
}

/** Where a span's name starts past an English article: "An Afghan official" is the demonym the
 *  country mention covers (the gazetteer knows "An Afghan" as another name of the country). */
const LEADING_ARTICLE = /^(?:An?|The) /;
function afterArticle(s: Span): number {
  const m = LEADING_ARTICLE.exec(s.text);
  return m ? s.start + m[0].length : s.start;
}

/** "in Svietlahorsk of the Gomel region": a province named after its seat, which the gazetteer
 *  knows only under another name (Homyel' Voblasc'), is named by the seat's name with a
 *  first-level kind word; the text names the seat's province (a spelling variant inside it is
 *  corroborated). Only when no first-level area answers to the name itself. */
function seatProvinces(names: NamedKeys, s: Span, places: Place[]): void {
  for (const id of s.ids) if (places[id]!.feature_code === 'ADM1') return;
  for (const id of s.ids) {
    const p = places[id]!;
    if (p.feature_code === 'PPLA' && p.admin1) for (const k of adminKeys(p.admin1)) names.add(k);
  }
}

// Module constants: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
// The capitalised name right after "in"/"near"/"at" that ends the text before a span, and a
// capitalised word right after the span.
const NAME_AFTER_IN = /\b(?:in|near|at)\s+(\p{Lu}[\p{L}'’-]+)\s+$/u;
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/** "in Mojolo Sinaloa": a first-level area by its own name right after a name the gazetteer
 *  lacks, ending the capitalised run that follows "in"/"near"/"at", is the province of that name
 *  (the scan drops names inside runs of capitals, which are mostly people and organisations). */
function provinceAfterName(s: Span, places: Place[], text: string, gz: MemoryGazetteer): boolean {
  if (!s.inCapRun || s.fold || s.adminSlot || s.commonWord || s.partisan || s.actorAfter) return false;
  const name = NAME_AFTER_IN.exec(text.slice(Math.max(0, s.start - 40), s.start))?.[1];
  if (!name || CAPITAL_NEXT.test(text.slice(s.end, s.end + 3))) return false;
  // Only after a name the gazetteer lacks and no common word: "in Colonia Guerrero" and "at Hotel
  // Sinaloa" name a neighbourhood and a hotel, not the provinces.
  const key = normName(name);
  if (isCommonWord(key) || gz.exactIds(key).length) return false;
  for (let n = 0; n < s.ids.length; n++) if (!s.alt[n] && places[s.ids[n]!]!.feature_code === 'ADM1') return true;
  return false;
}

/** Kind words that say what sort of place the name before them is. Not the first-level words
 *  ("region", "state"): a province's own name often carries them ("Los Rios Region" in Chile,
 *  where "Los Rios" alone is Ecuador's). */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'district', 'county', 'municipality', 'raion', 'lga', 'commune', 'subdistrict', 'tehsil', 'township']);

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const LOWER_LAST_WORD = /\s(\p{Ll}+)$/u;

/** "Thul town", "Baharak district", "San Juan city": the scan keeps the longest name, and the
 *  gazetteer knows a few places by the name with the word ("Thul Town", another Thul; "Baharak
 *  District", an alternate name of a namesake district in the next province). Written in lower
 *  case the word only says what kind of place the bare name is, so the bare name's places join
 *  the candidates, read with the word after them (not "Kuwait City", a name of its own). */
function withBareName(s: Span, gz: MemoryGazetteer): Span {
  const m = s.fold ? null : LOWER_LAST_WORD.exec(s.text);
  if (!m || !PLACE_KINDS.has(m[1]!)) return s;
  const hits = gz.exactHits(s.key.slice(0, s.key.lastIndexOf(' ')));
  const ids = s.ids.slice();
  const alt = s.alt.slice();
  // By their own names only: an alternate spelling of the bare name is a guess upon a guess.
  for (let n = 0; n < hits.ids.length; n++) if (!hits.alt[n] && !ids.includes(hits.ids[n]!)) (ids.push(hits.ids[n]!), alt.push(false));
  return ids.length > s.ids.length ? spanWith(s, ids, alt, false, m[1]!) : s;
}

/** One mask for every text (of the characters inside country names and cue words), cleared for
 *  the text and cut to its length: a new Uint8Array per text cost ~7 us in the cold ACLED pass (its
 *  backing store is allocated and tracked outside the JS heap), ~40 ms in all. */
let maskBuffer = new Uint8Array(4096);
function clearedMask(length: number): Uint8Array {
  if (maskBuffer.length < length) maskBuffer = new Uint8Array(Math.max(length, 2 * maskBuffer.length));
  maskBuffer.fill(0, 0, length);
  return maskBuffer.subarray(0, length);
}

/** Each added mention placed before the first mention starting after it (at the end when none). */
function insertInOrder(mentions: PlaceMention[], added: PlaceMention[]): void {
  for (const m of added) mentions.splice(mentions.findIndex((o) => o.start > m.start) >>> 0, 0, m);
}

/** The coder's own note, "[coded to Athens-Central Athens]", "[Coded to Hadrut with GP2]",
 *  "..., coded at X": the place the note says the event was coded to (locateEvent ranks it
 *  first). Only as a note of its own, after a bracket or a clause break: not "colour-coded in
 *  Kabul" or "messages coded in Kabul", and not "coded as", which names an actor's label. */
const CODED_TO = /(?:^|[[(,;]\s*)coded (?:to|in|at)\s+$/i;

function codedTo(m: PlaceMention, text: string): PlaceMention {
  if (!m.place || !CODED_TO.test(text.slice(Math.max(0, m.start - 16), m.start))) return m;
  return { ...m, cue: CODED_CUE };
}

/** "in northern Gaza": a territory's other name that is also its big city (Gaza) names both, the
 *  country for the vote and the city as a place. Not a country's own name ("Mexico", "Panama"). */
function cityOfTerritory(c: CountryMention, scanned: Span[], places: Place[]): boolean {
  if (c.kind !== 'name' || normName(c.text) === normName(countryByIso3(c.iso3)?.name ?? '')) return false;
  for (const s of scanned) {
    if (s.start !== c.start || s.end !== c.end) continue;
    for (const i of s.ids) {
      const p = places[i]!;
      if (p.iso3 === c.iso3 && p.feature_class === 'P' && p.population >= 100000) return true;
    }
  }
  return false;
}

/** A country name inside a longer place name ("Port of Spain"), naming the area after "X LGA, ",
 *  or an area of another country that the next word says is one ("Somali region", "Niger State"). */
function insideLongerName(c: CountryMention, scanned: Span[], text: string, places: Place[]): boolean {
  for (const s of scanned) {
    if (s.start > c.start || s.end < c.end) continue;
    if (s.end - afterArticle(s) > c.end - c.start || areaAfterKind(text, s, places, c.iso3) || (AREA_KINDS.has(s.kindAfter) && foreignArea(s, places, c.iso3))) return true;
  }
  return false;
}

/** Kind words (the scanner's kindAfter) that make a name an area ("Somali region", "Niger State"). */
const AREA_KINDS = new Set(['state', 'region', 'province', 'governorate']);

function foreignArea(s: Span, places: Place[], iso3: string): boolean {
  for (const i of s.ids) if (places[i]!.feature_class === 'A' && places[i]!.iso3 !== iso3) return true;
  return false;
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
// The word before a comma or an opening bracket that ends the text before a span.
const WORD_BEFORE_SLOT = /(\p{L}+)\s*[,(]\s*$/u;

/** "(Rafi LGA, Niger)", "Rafi LGA (Niger)": a name after a comma or a bracket that follows an
 *  admin-kind word, with an admin area of that name outside the country the name also denotes. */
function areaAfterKind(text: string, s: Span, places: Place[], iso3: string): boolean {
  if (!s.adminSlot) return false;
  const kind = WORD_BEFORE_SLOT.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1]?.toLowerCase();
  return !!kind && KINDS_AFTER.has(kind) && foreignArea(s, places, iso3);
}

/** A span whose names all lie outside the document's country ("Hays city" is a town in Kansas,
 *  "Poonch district" one in Pakistan) tries, in that country, the name without its generic last
 *  word ("Hays"), then the transliteration fold ("Poonch" for "Punch"). */
function inCountryVariant(s: Span, gz: MemoryGazetteer, iso3: string): Span {
  // "Bossaso town" where only a district is spelled "Bossaso": the town's spelling variant counts too.
  const town = SETTLEMENT_WORDS.has(s.kindAfter);
  // The common case first; no named closure below either (tsx's keepNames wraps one in a __name()
  // call each time it is made). A common word ("in the area of Mine 6/7") is not respelled into
  // the country: its fold variants there (Manych) are chance likenesses.
  if (!s.ids.length || s.commonWord) return s;
  // Countries read from the dense table (place-sizes.ts): a name's candidates lie all over the
  // world, and a first touch of each Place is a cache miss.
  const sizes = placeSizes(gz.places);
  const { country } = sizes;
  const wanted = countryCode(sizes, iso3);
  if (hasInCountry(s.ids, gz.places, country, wanted, town)) return s;
  const cut = s.key.lastIndexOf(' ');
  const last = cut > 0 ? s.key.slice(cut + 1) : '';
  const keys = KINDS_AFTER.has(last) ? [s.key.slice(0, cut)] : [];
  for (const key of [...keys, s.key]) {
    for (const [hits, fold] of [[key === s.key ? null : gz.exactHits(key), false], [gz.foldHits(key), true]] as const) {
      if (!hits) continue;
      // A plain loop, not flatMap((id, n) => ... ? [n] : []): fold hits run to thousands of ids with
      // GeoNames, and a cold batch runs this in baseline code, a closure call and an array per id.
      // Countries from place-sizes.ts's array: the hits' Places are not read.
      const keep: number[] = [];
      for (let n = 0; n < hits.ids.length; n++) if (country[hits.ids[n]!] === wanted) keep.push(n);
      if (!keep.length || !hasInCountry(keep.map((n) => hits.ids[n]!), gz.places, country, wanted, town)) continue;
      // A town variant joins the exact candidates (the district stays possible); otherwise it replaces them.
      // So do the country's post office villages (load-postal.ts): whichever fits the text wins.
      const base = s.ids.flatMap((id, n) => (gz.places[id]!.iso3 === iso3 && (town || gz.places[id]!.feature_code === POSTAL_CODE) ? [[id, s.alt[n]!] as const] : []));
      const seen = new Set<number>();
      const ids: number[] = [];
      const alt: boolean[] = [];
      for (const [id, a] of base) if (!seen.has(id)) (seen.add(id), ids.push(id), alt.push(a));
      for (const n of keep) if (!seen.has(hits.ids[n]!)) (seen.add(hits.ids[n]!), ids.push(hits.ids[n]!), alt.push(hits.alt[n]!));
      return spanWith(s, ids, alt, s.fold || (fold && !base.length), key === s.key ? s.kindAfter : last);
    }
  }
  return s;
}

/** Whether some of the places is in the country (and a settlement, when `town`); `countries`:
 *  each place's country code (place-sizes.ts), `country`: the wanted one's. */
function hasInCountry(ids: number[], places: Place[], countries: Int32Array, country: number, town: boolean): boolean {
  for (let i = 0; i < ids.length; i++) {
    if (countries[ids[i]!] !== country) continue;
    const p = places[ids[i]!]!;
    // A post office's village (load-postal.ts) leaves room for a real place of another spelling.
    if ((!town || p.feature_class === 'P') && p.feature_code !== POSTAL_CODE) return true;
  }
  return false;
}

/** Per span with exact candidates in the country: the country's places under another spelling of
 *  the name, for resolveSpans to try when no exact candidate fits. */
function spellingVariants(spans: Span[], gz: MemoryGazetteer, iso3: string): number[][] {
  const out: number[][] = [];
  for (const s of spans) {
    const ids: number[] = [];
    if (!s.fold && s.ids.length && s.key.length >= 5) {
      const inCountry = gz.foldIdsIn(s.key, iso3);
      // The name in the country's other romanisation ("Vilny" for "Vol'nyy"), already in the country.
      const more = romanisedIds(s.key, gz, iso3);
      // Membership by a Set when both lists are long (H2's hint: O(ids x hits) with GeoNames); a
      // few ids in the country (the common case) search the span's list.
      const own = s.ids.length > 16 && inCountry.length + (more?.length ?? 0) > 4 ? new Set(s.ids) : null;
      for (let n = 0; n < inCountry.length; n++) {
        const id = inCountry[n]!;
        if (!(own ? own.has(id) : s.ids.includes(id))) ids.push(id);
      }
      if (more) for (const id of more) if (!(own ? own.has(id) : s.ids.includes(id)) && !ids.includes(id)) ids.push(id);
    }
    out.push(ids);
  }
  return out;
}

// The country findPlaces inferred and resolved with, so inferCountry(text, mentions) answers the
// same (a second, different guess would make locateEvent drop the places it just resolved).
const inferredCountry = new WeakMap<PlaceMention[], string | null>();

/** ISO3 of the country the text is about, from country names and the places found; or null. */
export function inferCountry(text: string, mentions: PlaceMention[]): string | null {
  const known = inferredCountry.get(mentions);
  return known !== undefined ? known : inferFromMentions(text, mentions);
}

