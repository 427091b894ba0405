// How much a scanned name weighs in the country vote: by how surely it is written as a place
// (a cue before it, a kind word after it, an admin slot), by whether only the transliteration
// fold found it, and whether it names a landmark or firm rather than a place.

import { ADM1_WORDS, ADM2_WORDS } from './accept.ts';
import type { Span } from './scan.ts';

/** Weight of a span met only through the transliteration fold ("Saray", "Salameh"). */
const FOLD_WEIGHT = 0.25;

/** A span's weight in the country vote: a name after "in"/"near", before a kind word or in an
 *  admin slot is surely a place; a bare capitalised word less so, and one met only through the
 *  transliteration fold least. A "slot" that runs on into another capitalised word is a person
 *  named after a place ("the Mayor of Tyr, Hassan Dabouq"), no slot. A kind word may be part of
 *  the name the gazetteer holds ("Jaffna district"). */
export function spanWeight(s: Span): number {
  return (s.cueBefore || s.kindAfter || (s.adminSlot && !s.inCapRun) || endsInAreaWord(s.key) ? 2 : 1) * (s.fold ? FOLD_WEIGHT : 1);
}

/** Weight of a name whose locative word places someone else (a source's seat, speaker-seat.ts):
 *  as much as a demonym says (countryNameVotes: 0.5), a quarter of a place the text puts the event in. */
export function unlocatedWeight(s: Span): number {
  return 0.5 * (s.fold ? FOLD_WEIGHT : 1);
}

/** A name the gazetteer holds with its kind word ("Jaffna district"): the word is there, inside. */
function endsInAreaWord(key: string): boolean {
  const cut = key.lastIndexOf(' ');
  return cut > 0 && (ADM1_WORDS.has(key.slice(cut + 1)) || ADM2_WORDS.has(key.slice(cut + 1)));
}

/** What undoes the fold's quarter in a span's weight, for the candidates that are no loose match. */
export function unfoldOf(s: Span): number {
  return s.fold ? 1 / FOLD_WEIGHT : 1;
}

/** A square or roundabout is named after a person, an event or a town elsewhere ("the Sa'a
 *  roundabout", "al Nour square"); "outside the Saray", "at the Seray": a one-word name after
 *  "the" with no kind word names a building or a firm (a longer one the gazetteer has, "the
 *  Justice Palace", is that landmark). Either is a place only as a bare capitalised word is: its
 *  locating cue is the landmark's. Not after "and the": "in Beirut and the Bekaa" names a region. */
const LANDMARK_KINDS = new Set(['square', 'roundabout']);
const THING_BEFORE = /\b(?:outside|at|inside|into)\s+the\s+$/i;

/** The weights with landmarks and firms ('outside the Saray') halved to a bare word's. */
export function thingsNamed(spans: Span[], weights: number[], text: string): number[] {
  let out: number[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (weights[k]! < 2 || s.adminSlot) continue;
    // "the Baalbek-Homs road": a road named by its two ends names neither as the event's place.
    if ((s.kindAfter === 'road' || s.kindAfter === 'highway') && k > 0 && text.slice(spans[k - 1]!.end, s.start) === '-') {
      out ??= weights.slice();
      out[k] = weights[k]! / 2;
      out[k - 1] = weights[k - 1]! / 2;
      continue;
    }
    if (!LANDMARK_KINDS.has(s.kindAfter) && (s.kindAfter || s.key.includes(' ') || !THING_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)))) continue;
    (out ??= weights.slice())[k] = weights[k]! / 2;
  }
  return out ?? weights;
}
