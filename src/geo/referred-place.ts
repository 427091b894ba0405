// "... killed nine people in a raid on a village in central Myanmar. The village lies in Myingyan
// township": an event whose own sentences name no place below the country, followed by a
// sentence that opens by referring back to its place ("The village", "The attack"), is where
// that sentence says, not at the capital (the country-capital fallback comes after this).
// "Russian forces said they had captured another village in the Donetsk region. The ministry said
// they had 'liberated' the village of Pivdenne, outside Toretsk": an event that names its
// settlement only indefinitely, placed no nearer than an admin area, is at the settlement the next
// sentence names with "the village of", when it lies in that area.

import type { Place, PlaceMention } from './types.ts';

/** A sentence that opens by referring back to the event's place or the event itself. */
const REFERS_BACK = /^\s*(?:The|That|This)\s+(?:village|villages|town|hamlet|settlement|camp|area|attack|raid|assault|strike|killings|massacre)\b/;
/** Where the sentence after the span ends: the first full stop followed by a space or the end. */
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** The span of the sentence right after `span` when it refers back to the event's place; else null. */
export function referredPlaceSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | null {
  const head = text.slice(span.end, span.end + 40);
  if (!REFERS_BACK.test(head)) return null;
  return sentenceAfter(text, span.end, span.end + (head.length - head.trimStart().length) + 1);
}

/** From `start` to the end of the sentence, the first full stop at or after `from`. */
function sentenceAfter(text: string, start: number, from: number): { start: number; end: number } {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return { start, end: m ? m.index + 1 : text.length };
}

/** A settlement the event names without its name ("another village", "a small town"). */
const INDEFINITE_SETTLEMENT = /\b(?:an?|another|one)\s+(?:small\s+|frontline\s+|front-line\s+|nearby\s+)?(?:village|town|settlement|hamlet)\b/i;
/** Right before a name: a verb of taking and "the village of" ("had taken the village of", "had
 *  \"liberated\" the settlement of"): the next sentence tells the same capture. A village named
 *  otherwise ("Last month, bandits killed nine people in the village of Kwall") may be another event. */
const NAMED_SETTLEMENT = /\b(?:captured|seized|taken|took|liberated|recaptured|retook|retaken|entered|control\s+of)["”']?\s+the\s+(?:village|town|settlement|hamlet)\s+of\s+["“']?$/i;

/** The span of the sentence after `span` when the event names its settlement only indefinitely
 *  (above); else null. */
export function indefiniteSettlementSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | null {
  if (!INDEFINITE_SETTLEMENT.test(text.slice(span.start, span.end))) return null;
  return sentenceAfter(text, span.end, span.end + 1);
}

/** The first place in `mentions` that `sentence` names after "the village of" and that lies in
 *  `area` (an admin area or a country the event was placed in). */
export function namedSettlementIn(text: string, mentions: readonly PlaceMention[], sentence: { start: number; end: number }, area: Place): PlaceMention | null {
  for (const m of mentions) {
    const p = m.place;
    if (!p || m.start < sentence.start || m.end > sentence.end || p.feature_class !== 'P') continue;
    if (!NAMED_SETTLEMENT.test(text.slice(Math.max(sentence.start, m.start - 60), m.start))) continue;
    if (p.iso3 === area.iso3 && (area.feature_code.startsWith('PCL') || p.admin1 === area.admin1)) return m;
  }
  return null;
}
