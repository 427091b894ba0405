// Overlapping spans: the longest wins.

import { KINDS_AFTER, type Span } from './span.ts';

/** Longest spans win (a name's trailing kind word not counted: "Ras Al Ain city" is the town Ras
 *  Al Ain, not a place indexed as "Al Ain City"); among equals, the earlier one. `spans` are in
 *  text order, each starting at a later token (as the scan finds them), and so are the kept ones.
 *  Linear in the text: kept spans mark the characters they cover. */
export function dropOverlaps(spans: Span[], textLength: number): Span[] {
  const n = spans.length;
  if (n < 2) return spans;
  // Each span's length once (a comparison cut the key's last word out each time), and the
  // spans' positions longest first; among equals the earlier position, which is the earlier start.
  const lengths: number[] = [];
  const order: number[] = [];
  for (let k = 0; k < n; k++) (lengths.push(nameLength(spans[k]!)), order.push(k));
  if (n <= 16) longestFirst(order, lengths);
  else order.sort((a, b) => lengths[b]! - lengths[a]! || a - b);
  // Buffers shared by all texts (a typed array per text cost more than the marking): grown when
  // a text is longer, and left all zero again before returning.
  if (covered.length < textLength) covered = new Uint8Array(Math.max(textLength, covered.length * 2));
  if (keep.length < n) keep = new Uint8Array(Math.max(n, keep.length * 2));
  let dropped = 0;
  for (let m = 0; m < n; m++) {
    const s = spans[order[m]!]!;
    let free = true;
    for (let c = s.start; c < s.end && free; c++) free = covered[c] === 0;
    if (!free) {
      dropped++;
      continue;
    }
    covered.fill(1, s.start, s.end);
    keep[order[m]!] = 1;
  }
  const kept: Span[] = dropped ? [] : spans;
  for (let k = 0; k < n; k++) {
    if (!keep[k]) continue;
    keep[k] = 0;
    const s = spans[k]!;
    covered.fill(0, s.start, s.end);
    if (dropped) kept.push(s);
  }
  return kept;
}

/** Characters of the span without a last word that says what kind of place it is ("Ain City");
 *  none for a kind word alone ("State" does not beat "Chin State"). */
function nameLength(s: Span): number {
  const cut = s.key.lastIndexOf(' ');
  if (KINDS_AFTER.has(s.key.slice(cut + 1))) return cut > 0 ? s.end - s.start - (s.key.length - cut) : 0;
  return s.end - s.start;
}

/** Insertion sort of a text's few positions by length, longer first, then earlier (stable). */
function longestFirst(order: number[], lengths: number[]): void {
  for (let m = 1; m < order.length; m++) {
    const k = order[m]!;
    let at = m;
    while (at > 0 && lengths[order[at - 1]!]! < lengths[k]!) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = k;
  }
}

let covered = new Uint8Array(4096);
let keep = new Uint8Array(64);
