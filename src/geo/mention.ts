// A span's chosen place written out as a mention: how precise (ACLED's geo_precision), how
// confident, and what the text said around it (resolve.ts decides the place).

import type { GeoPrecision } from '../core/types.ts';
import type { Place, PlaceMention } from './types.ts';
import { ADM2_WORDS, NEAR_CUES, ROUTE_WORDS } from './accept.ts';
import { isAdmin } from './named-areas.ts';
import { countrysideBearing, intoCountryside, statedOffset, townPart } from './countryside.ts';
import type { Span } from './scan.ts';

export interface Choice {
  place: Place | null;
  margin: number;
  rule: string;
}

function precisionFor(p: Place, span: Span): GeoPrecision {
  const adm = isAdmin(p);
  if (adm === 1) return 3;
  if (adm === 2) return 2;
  // "Central Weda district" read as Weda town: somewhere in the district around the town.
  return NEAR_CUES.has(span.cueBefore) || NEAR_CUES.has(span.kindAfter) || ADM2_WORDS.has(span.kindAfter) ? 2 : 1;
}

/** The cue of a name that only says which region the town after it lies in: "the central Gaza
 *  town of Zawayda", "the northern Borno town of Monguno". A bearing before the name says it is a
 *  region; without one the name is the place itself: "the Morghan Qichi village of Daman
 *  district", and ACLED's "Ipekyolu town of Van" (X in T). */
export const REGION_OF_TOWN = 'region-of-town';

/** The cue of a name that only names an actor ("Sinaloa cartel gunmen", "Misrata forces", "Kaduna
 *  police"): where the actor comes from, not where the event was, unless a locating word stands
 *  before it ("in Kaduna police custody" is rare; "in Misrata forces' base" is at Misrata). */
export const ACTOR_NAME = 'actor-name';
const LOCATING_BEFORE = new Set(['in', 'at', 'near', 'inside', 'around', 'outside']);
function actorName(span: Span): boolean {
  return span.actorAfter && !span.adminSlot && !LOCATING_BEFORE.has(span.cueBefore);
}
const ARTICLE_BEFORE = /\bthe\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|northern|southern|restive|besieged)\s+$/u;
const TOWN_KINDS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'camp']);
const KIND_OF_NAME = new RegExp(String.raw`^\s+(?:${[...TOWN_KINDS].join('|')})\s+of\s+\p{Lu}`, 'u');

function namesRegionOfTown(span: Span, text: string): boolean {
  // The kind word first: a cheap test most spans fail before the two patterns.
  return TOWN_KINDS.has(span.kindAfter) && KIND_OF_NAME.test(text.slice(span.end, span.end + 24)) && ARTICLE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

export function mentionOf(span: Span, choice: Choice, iso3: string | null, text = ''): PlaceMention {
  const { margin } = choice;
  let { place, rule } = choice;
  // "the southern countryside of Idleb", "40km north of Gorom-Gorom": that side, not the town itself.
  // "the West Zone of Rio de Janeiro": that part of the town.
  const offset = place && place.feature_class !== 'A' && text ? statedOffset(text, span.start) ?? townPart(text, span.start, place) : null;
  const bearing = offset ? offset.bearing : place && place.feature_class !== 'A' && text ? countrysideBearing(text, span.start, span.end) : null;
  if (place && bearing) {
    place = intoCountryside(place, bearing, offset?.km);
    rule = `${rule}+${offset ? 'offset' : 'countryside'}`;
  }
  const cue = span.cueBefore || span.kindAfter ? 0.15 : 0;
  const regionOf = !!text && namesRegionOfTown(span, text);
  // "Murree road": a road named after a town, weaker evidence for where the event was.
  const route = ROUTE_WORDS.has(span.kindAfter) ? 0.5 : 1;
  const foreign = place && iso3 && place.iso3 !== iso3 ? 0.6 : 1;
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    place,
    geo_precision: place ? (bearing ? 2 : precisionFor(place, span)) : 3,
    confidence: place ? Math.min(0.95, 0.5 + margin * 0.1 + cue) * foreign * route : 0,
    rule,
    cue: span.inCapRun ? 'name-part' : regionOf ? REGION_OF_TOWN : actorName(span) ? ACTOR_NAME : span.cueBefore || span.kindAfter,
    // "Qamar district" may be the whole indexed name: its last word still says what it is.
    kind: regionOf ? '' : span.kindAfter || (ADM2_WORDS.has(span.key.slice(span.key.lastIndexOf(' ') + 1)) ? span.key.slice(span.key.lastIndexOf(' ') + 1) : ''),
  };
}

/** How far the chosen candidate scored above the next best (0-4). */
export function scoreMargin(scores: number[], best: number): number {
  const others = scores.filter((_, i) => i !== best);
  return Math.max(0, Math.min(4, scores[best]! - Math.max(...others)));
}
