// Overlapping spans: the longest wins.

import { KINDS_AFTER, type Span } from './span.ts';

/** Longest spans win (a name's trailing kind word not counted: "Ras Al Ain city" is the town Ras
 *  Al Ain, not a place indexed as "Al Ain City"); among equals, the earlier one. Linear in the text: kept spans mark the
 *  characters they cover. */
export function dropOverlaps(spans: Span[], textLength: number): Span[] {
  if (spans.length < 2) return spans;
  // Spans start at distinct tokens, so this order is total and any sort gives the same list; a
  // text's few spans are sorted by insertion (Array sort allocated a work array per text).
  const byLength = spans.length <= 16 ? insertionSorted(spans, longerFirst) : [...spans].sort(longerFirst);
  // One buffer for all texts (a typed array per text cost more than the marking): grown when a
  // text is longer, and left all zero again before returning.
  if (covered.length < textLength) covered = new Uint8Array(Math.max(textLength, covered.length * 2));
  const kept: Span[] = [];
  for (const s of byLength) {
    let free = true;
    for (let c = s.start; c < s.end && free; c++) free = covered[c] === 0;
    if (!free) continue;
    covered.fill(1, s.start, s.end);
    kept.push(s);
  }
  for (const s of kept) covered.fill(0, s.start, s.end);
  return kept.length <= 16 ? insertionSorted(kept, earlierFirst) : kept.sort(earlierFirst);
}

const longerFirst = (a: Span, b: Span): number => nameLength(b) - nameLength(a) || a.start - b.start;

/** Characters of the span without a last word that says what kind of place it is ("Ain City");
 *  none for a kind word alone ("State" does not beat "Chin State"). */
function nameLength(s: Span): number {
  const cut = s.key.lastIndexOf(' ');
  if (KINDS_AFTER.has(s.key.slice(cut + 1))) return cut > 0 ? s.end - s.start - (s.key.length - cut) : 0;
  return s.end - s.start;
}
const earlierFirst = (a: Span, b: Span): number => a.start - b.start;

/** A sorted copy of a short list (stable, like Array sort). */
function insertionSorted(list: Span[], order: (a: Span, b: Span) => number): Span[] {
  const out: Span[] = [];
  for (let n = 0; n < list.length; n++) {
    const s = list[n]!;
    let k = out.length;
    out.push(s);
    while (k > 0 && order(s, out[k - 1]!) < 0) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = s;
  }
  return out;
}
let covered = new Uint8Array(4096);
