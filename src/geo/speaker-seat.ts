// Where a source spoke is not where the event happened: "Russian troops took Novoselivka, the
// defence ministry in Moscow said", "officials in Kyiv said missiles hit Odesa", "the minister told
// reporters in Nairobi that ...". A wire story names the speaker's city beside the scene; as a
// place it would locate the event there. The seat is dropped only when it is a national capital
// and the text names some other place ("Police in Kano said gunmen killed five" keeps Kano). It
// still votes for its country, as a name without a locative word does: officials mostly speak of
// their own country ("the president told reporters in Nairobi that fighters attacked
// Mandera"), though not always (the Moscow ministry on a Ukrainian village).

import type { Span } from './scan.ts';
import type { Place } from './types.ts';
import { ownNameCapital, ownNamePlace } from './capital-vote.ts';

/** Nouns for an official source that a place can follow ("the ministry in Moscow"). */
const SPEAKERS = new Set([
  'ministry', 'ministries', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'authorities', 'government', 'command', 'headquarters', 'embassy', 'diplomat', 'diplomats', 'source', 'sources',
  'military', 'army', 'police', 'presidency', 'kremlin', 'office', 'agency', 'envoy', 'ambassador', 'mission', 'governor', 'mayor',
]);

/** Verbs of saying right after the place: no comma between ("fighting in Bakhmut, officials said"
 *  places the fighting). */
const SAID_AFTER = /^\s+(?:said|says|told|announced|reported|claimed|confirmed|stated|added|denied|insisted)\b/;

/** Where someone spoke, right before "in": "told reporters in", "a news conference in", "speaking in". */
const SPOKE_BEFORE = /(?:\btold\s+(?:reporters|journalists|lawmakers|parliament|the\s+parliament|a\s+(?:news|press)\s+conference)|\b(?:news|press)\s+conference|\bbriefing|\bspeaking|\bspoke)\s+in\s+$/i;

/** Words (at most this many) between the speaker's noun and "in": "the defence ministry's
 *  spokesman in", "military officials based in". */
const SPEAKER_GAP = 3;

const IN_BEFORE = /\b(?:in|based\s+in)\s+$/i;
const WORD = /[\p{L}']+/gu;

/** How the span names where a source spoke (above): 'briefing' after "told reporters in", "a news
 *  conference in"; 'speaker' after an official's noun and before a verb of saying; 'according'
 *  inside "according to the ministry in X," (any town: the phrase itself says it is the source's);
 *  else null. */
function speakerSeat(s: Span, text: string): 'briefing' | 'speaker' | 'according' | null {
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  if (SPOKE_BEFORE.test(before)) return 'briefing';
  const inAt = IN_BEFORE.exec(before);
  if (!inAt) return null;
  // "According to the health ministry in Ramallah, five people were killed in Jenin".
  const according = ACCORDING.test(before.slice(0, inAt.index)) && /^\s*,/.test(text.slice(s.end, s.end + 3));
  if (!according && !SAID_AFTER.test(text.slice(s.end, s.end + 20))) return null;
  const words = before.slice(0, inAt.index).match(WORD) ?? [];
  for (let k = words.length - 1; k >= 0 && k >= words.length - 1 - SPEAKER_GAP; k--) if (SPEAKERS.has(words[k]!.toLowerCase())) return according ? 'according' : 'speaker';
  return null;
}

/** "according to the Palestinian health ministry in": the source of what follows. */
const ACCORDING = /\baccording\s+to\s+(?:[\p{L}'’-]+\s+){1,5}$/iu;

/** A first-level seat ("Jos", Plateau's capital). */
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLA']);

/** An apposition right after the seat ("Jos, the capital city of the state") describes it; it does
 *  not come back to it as the scene. */
const APPOSITION = /^,\s+the\s+(?:\p{Ll}+\s+){0,2}(?:city|capital|town)\b[^,.;]*/u;

/** A later "the city", "the capital": the text comes back to the seat as the scene ("Officials in
 *  Kyiv said a missile hit an apartment block in the city"). */
const BACK_TO_CITY = /\b(?:the|this)\s+(?:city|capital|town)\b/i;

/** The spans that name where a source spoke, when some other span remains (null if none). Only a
 *  national capital: ministries, embassies and wire reporters sit there, far from the events they
 *  speak of, while police and officials in a provincial town mostly speak of their own ("Police in
 *  Goma said rebels shelled a camp on the edge of the city"). A briefing ("told reporters in Jos")
 *  in a province's seat too: the press meets there about the province's villages. */
export function speakerSeats(spans: Span[], text: string, places: Place[]): Set<Span> | null {
  let seats: Set<Span> | null = null;
  for (const s of spans) {
    // Cheap first test: nearly every place is not followed or preceded so.
    if (!text.startsWith(' in ', s.start - 4) && !text.startsWith(' in\n', s.start - 4)) continue;
    const how = speakerSeat(s, text);
    if (!how || (how !== 'according' && ownNameCapital(s, places) === null && (how === 'speaker' || ownNamePlace(s, places, SEAT_CODES) === null))) continue;
    const after = text.slice(s.end, s.end + 300);
    const apposition = APPOSITION.exec(after)?.[0].length ?? 0;
    if (BACK_TO_CITY.test(after.slice(apposition))) continue;
    (seats ??= new Set()).add(s);
    // "in Buea, the capital of the South-West region": the apposition's area describes the seat too.
    for (const t of spans) if (t.start > s.end && t.end <= s.end + apposition) seats.add(t);
  }
  return seats && seats.size < spans.length ? seats : null;
}
