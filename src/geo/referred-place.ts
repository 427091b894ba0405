// "... killed nine people in a raid on a village in central Myanmar. The village lies in Myingyan
// township": an event whose own sentences name no place below the country, followed by a
// sentence that opens by referring back to its place ("The village", "The attack"), is where
// that sentence says, not at the capital (the country-capital fallback comes after this).

/** A sentence that opens by referring back to the event's place or the event itself. */
const REFERS_BACK = /^\s*(?:The|That|This)\s+(?:village|villages|town|hamlet|settlement|camp|area|attack|raid|assault|strike|killings|massacre)\b/;
/** Where the sentence after the span ends: the first full stop followed by a space or the end. */
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** The span of the sentence right after `span` when it refers back to the event's place; else null. */
export function referredPlaceSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | null {
  const head = text.slice(span.end, span.end + 40);
  if (!REFERS_BACK.test(head)) return null;
  SENTENCE_END.lastIndex = span.end + (head.length - head.trimStart().length) + 1;
  const m = SENTENCE_END.exec(text);
  return { start: span.end, end: m ? m.index + 1 : text.length };
}
