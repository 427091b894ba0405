// Place names the scanner found nowhere: "shelled Ftireh in Idleb" where the gazetteer spells
// the village "Fatirah", "near Suhodil" (Ukrainian) where it has only "Sukhodol" (Russian). A
// capitalised name of one to three words that no index knows, written as a place (a locating
// cue before it, a kind word after it, or the admin area right after it: "X in Idleb", "X
// (Biu, Borno)"), is looked up in the document's country by its other romanisation
// (romanisation.ts) and then by its consonant skeleton (name-skeleton.ts). Precision over
// recall: the place must lie in an admin area the text names, or, when it names none, be the
// only place of that skeleton in the country.

import type { Place, PlaceMention } from './types.ts';
import type { Token } from './tokens.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { KINDS_AFTER, makeSpan, mayBeCued, type Span } from './span.ts';
import { foldKey, normName } from './normalize.ts';
import { isCountryWord } from './scan.ts';
import { distanceKm } from './distance.ts';
import { hasStop, isHyphen, onlySpaces, spaces } from './gaps.ts';
import { AREA_RADIUS_KM, PART_WORDS, isProvinceSeat } from './named-areas.ts';
import { mentionOf } from './mention.ts';
import { frontNearness, type FrontLine } from './front-lines.ts';
import { romanisedIds } from './romanisation.ts';
import { MIN_SKELETON, listsVillages, skeletonIds } from './name-skeleton.ts';
import { NO_HITS } from './slots.ts';
import { POSTAL_CODE } from './postal-places.ts';
import { firstEndingAfter, firstStartingFrom } from '../core/sorted.ts';
import { PART_KM } from './container-town.ts';

/** Two entries of one name closer than this are one place listed twice. */
const SAME_PLACE_KM = 10;
/** Names shorter than this (letters of the normalised key) are left alone. */
const MIN_LETTERS = 5;

/** Mentions for the capitalised names of the text that no scanned span covers (`scanned`: every
 *  span the scanner found; `resolved`: the text's mentions as resolved, `mentions`: the same with
 *  their admin1 spelled as the text does, and any added since; `allFronts`: the front lines the
 *  text's context cues name). */
export function unfoundNames(text: string, toks: Token[], norms: string[], scanned: Span[], resolved: PlaceMention[], mentions: PlaceMention[], gz: MemoryGazetteer, iso3: string, allFronts: readonly FrontLine[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const fronts = allFronts.filter((f) => f.iso3 === iso3);
  const covered = coveredTokens(toks, mentions);
  // The country's places by their mention's start, and the provinces and districts the text names.
  const placeAt = new Map<number, Place>();
  const provinces: Place[] = [];
  const districts: Place[] = [];
  for (const m of resolved) {
    if (!m.place || m.place.iso3 !== iso3) continue;
    if (!placeAt.has(m.start)) placeAt.set(m.start, m.place);
    if (m.place.feature_code === 'ADM1') provinces.push(m.place);
    else if (m.place.feature_code === 'ADM2') districts.push(m.place);
  }
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap || covered[i]) continue;
    // Up to three capitalised words joined by a space or a hyphen, longest first.
    let last = i;
    while (last + 1 < toks.length && last - i < 2 && toks[last + 1]!.cap && !covered[last + 1] && (onlySpaces(text, toks[last]!.end, toks[last + 1]!.start) || isHyphen(text, toks[last]!.end, toks[last + 1]!.start))) last++;
    const cued = mayBeCued(norms, i);
    for (let j = last; j >= i; j--) {
      // The place right after ("X in Idleb", "X (Biu, Borno)") is the area it must lie in.
      // (None when the text resolved no place in the country: most texts' capitalised words.)
      const after = placeAt.size ? placeAfter(text, toks[j]!.end, placeAt) : null;
      // Most capitalised words are people and bodies with no cue, kind word or place around them:
      // they are passed over before the span is made (the checks below decide exactly).
      if (!cued && !after && !KINDS_AFTER.has(norms[j + 1] ?? '') && !isHyphen(text, toks[j]!.end, toks[j + 1]?.start ?? 0)) continue;
      const key = normName(text.slice(toks[i]!.start, toks[j]!.end));
      if (key.length - spaces(key) < MIN_LETTERS) continue;
      const span = makeSpan(text, toks, norms, i, j, key, foldKey(key), NO_HITS, true);
      if (span.commonWord || span.actorAfter || span.partisan || span.sentenceStart || span.inCapRun) continue;
      // A cue word counts only when nothing stands between ("Mervanos area (Kurdish names)" is none).
      const cue = span.cueBefore && !hasStop(text, toks[i - 1]?.end ?? 0, span.start);
      if (!cue && !span.kindAfter && !after) continue;
      if (isCountryWord(key) || scannedWhole(span.start, span.end, scanned, gz.places, iso3)) continue;
      const within = after ? [after] : districts;
      const inArea = within.length + provinces.length > 0;
      const place = onePlace(candidates(key, gz, iso3, inArea), gz.places, provinces, within, fronts);
      if (!place || (!inArea && !nearTheText(place, resolved, iso3, gz)) || outsideItsTown(place, span, after)) continue;
      out.push(mentionOf(span, { place: spelledAs(place, resolved, mentions), margin: 0, rule: 'unfound-name-spelling' }, iso3, text));
      break;
    }
    // The run is one name, found or not: none of its words starts another.
    i = last;
  }
  return out;
}

/** The country's places under the name's other romanisation, else under its consonant skeleton. */
function candidates(key: string, gz: MemoryGazetteer, iso3: string, inArea: boolean): number[] {
  const roman = romanisedIds(key, gz, iso3);
  if (roman?.length) return roman;
  // Three consonants ("Ftireh" / "Fatirah") only inside a named area: too many such names in a
  // country. One edit of the fold key per five letters ("Sfuhen" / "Sfawhun", not "Kirni" / "Keran").
  const fold = foldKey(key);
  return skeletonIds(gz, fold, iso3, inArea ? MIN_SKELETON - 1 : MIN_SKELETON, Math.floor(fold.length / 5));
}

/** Tokens inside a mention resolved to a place. Tokens are in text order: each mention finds its
 *  first token by binary search (a long text holds thousands of both). */
function coveredTokens(toks: Token[], mentions: PlaceMention[]): Uint8Array {
  // One buffer for every text, cleared and cut to the text's tokens (see clearedMask in index.ts).
  if (coveredBuffer.length < toks.length) coveredBuffer = new Uint8Array(Math.max(toks.length, 2 * coveredBuffer.length));
  coveredBuffer.fill(0, 0, toks.length);
  const covered = coveredBuffer.subarray(0, toks.length);
  for (const m of mentions) {
    if (!m.place) continue;
    for (let k = firstEndingAfter(toks, m.start); k < toks.length && toks[k]!.start < m.end; k++) covered[k] = 1;
  }
  return covered;
}

let coveredBuffer = new Uint8Array(1024);

/** Whether the scanner found this whole name (or a longer one around it) with a candidate in the
 *  country: then resolution had its say. A longer name than it found ("Goz Beina" where it read
 *  "Goz" and "Beina" apart) is still unfound. Spans are in order of their start and a name is
 *  short: only spans starting a little before the name can hold it. */
function scannedWhole(start: number, end: number, scanned: Span[], places: Place[], iso3: string): boolean {
  for (let k = firstStartingFrom(scanned, start + 1) - 1; k >= 0 && scanned[k]!.start >= start - LONGEST_NAME; k--) {
    const s = scanned[k]!;
    if (s.end < end) continue;
    // A post office's village (load-postal.ts) that did not fit leaves the name to be found here.
    for (const id of s.ids) if (places[id]!.iso3 === iso3 && places[id]!.feature_code !== POSTAL_CODE) return true;
  }
  return false;
}

/** No scanned name is longer than this many characters. */
const LONGEST_NAME = 200;

// A module constant: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const GAP_TO_NEXT = /^(?:\s+(\p{Ll}+))?(?:\s+(?:in|of)\s+|\s*,\s*|\s*\(\s*)/u;

/** "X in Idleb", "X, Borno", "X (Biu, Borno)", "X village of Zhari district": the country's place
 *  named right after (a kind word may come between), if any (`placeAt`: the country's resolved
 *  places by their mention's start). */
function placeAfter(text: string, end: number, placeAt: Map<number, Place>): Place | null {
  const gap = GAP_TO_NEXT.exec(text.slice(end, end + 30));
  if (!gap || (gap[1] && !KINDS_AFTER.has(gap[1]))) return null;
  return placeAt.get(end + gap[0].length) ?? null;
}

/** The place with its admin1 spelled as the text spells it for the area it lies in. */
function spelledAs(p: Place, resolved: PlaceMention[], mentions: PlaceMention[]): Place {
  for (let k = 0; k < resolved.length; k++) {
    const area = resolved[k]!.place;
    const own = mentions.find((m) => m.start === resolved[k]!.start && m.place);
    if (area && own && area.admin1 === p.admin1 && own.place!.admin1 !== p.admin1) return { ...p, admin1: own.place!.admin1 };
  }
  return p;
}

/** The one place among the candidates: inside one of the named provinces and one of the named
 *  districts (or the place right after) when the text names any; on a front line the text's
 *  monitors report along, the one nearest the line; and no other place (beyond SAME_PLACE_KM, one
 *  place listed twice) as good; null otherwise. */
function onePlace(ids: number[], places: Place[], provinces: Place[], districts: Place[], fronts: readonly FrontLine[]): Place | null {
  let best: Place | null = null;
  let bestScore = 0;
  let tie = false;
  for (const id of ids) {
    const p = places[id]!;
    if (provinces.length && !provinces.some((a) => inArea(p, a))) continue;
    if (districts.length && !districts.some((a) => inArea(p, a))) continue;
    const score = fronts.length ? frontNearness(p, fronts) : 0;
    if (fronts.length && score === 0) continue;
    if (!best || score > bestScore) [best, bestScore, tie] = [p, score, false];
    else if (score < bestScore) continue;
    else if (distanceKm(p.lat, p.lon, best.lat, best.lon) > SAME_PLACE_KM) tie = true;
    else if (better(p, best)) best = p;
  }
  return tie ? null : best;
}

/** With no area named, a place the country's only one of its skeleton: only near the text's other
 *  places in the country or, when it names none, in a country whose villages the gazetteer lists
 *  (a sparse list of towns makes the one town of a skeleton no evidence: "near Berdyanske", a
 *  village, is not the city of Berdyansk). */
function nearTheText(p: Place, resolved: PlaceMention[], iso3: string, gz: MemoryGazetteer): boolean {
  let others = false;
  for (const m of resolved) {
    if (!m.place || m.place.iso3 !== iso3) continue;
    others = true;
    if (distanceKm(p.lat, p.lon, m.place.lat, m.place.lon) <= AREA_RADIUS_KM[1]) return true;
  }
  return !others && listsVillages(gz, iso3);
}

/** Inside a province (its admin1; "in Idleb" names the province as much as its seat), a district
 *  (its admin2 or near its point), or near a town. */
function inArea(p: Place, a: Place): boolean {
  if (p === a) return false;
  if (a.feature_code === 'ADM1' || isProvinceSeat(a)) return p.admin1 === a.admin1;
  if (a.feature_class !== 'A') return distanceKm(p.lat, p.lon, a.lat, a.lon) <= AREA_RADIUS_KM[2];
  // Dumps leave most villages' district empty: then near the district's point.
  return p.admin2 && a.admin2 ? p.admin2 === a.admin2 : distanceKm(p.lat, p.lon, a.lat, a.lon) <= AREA_RADIUS_KM[2];
}

/** A part of a town ("X neighbourhood of T") lies in the town T, not in its district. */
function outsideItsTown(p: Place, span: Span, town: Place | null): boolean {
  return !!town && town.feature_class === 'P' && PART_WORDS.has(span.kindAfter) && distanceKm(p.lat, p.lon, town.lat, town.lon) > PART_KM;
}

/** Of one place listed twice: the populated place, then the larger. */
function better(p: Place, q: Place): boolean {
  if ((p.feature_class === 'P') !== (q.feature_class === 'P')) return p.feature_class === 'P';
  return p.population > q.population;
}
