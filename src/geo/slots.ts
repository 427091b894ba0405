// How the name indexes store the places under one key: a Slot is one entry (a number) or a
// list of entries, each entry idx * 2 for a place's own name and idx * 2 + 1 for an alternate
// name (exonym, old name, short form). Most keys name one place, so most slots stay a number.

export type Slot = number | number[];

export function push(map: Map<string, Slot>, key: string, idx: number): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, idx);
  else if (typeof cur === 'number') {
    if (cur !== idx) map.set(key, [cur, idx]);
  } else if (cur[cur.length - 1] !== idx) cur.push(idx); // a place's names arrive together
}

export interface Hits {
  ids: number[];
  /** alt[i]: ids[i] matched only through an alternate name. */
  alt: boolean[];
}

export const NO_HITS: Hits = { ids: [], alt: [] };

/** Where decode put each place of a long slot in its ids, valid for the places whose stamp is
 *  the current decode's: one pair of arrays for every decode, where a Map per long slot was
 *  allocated and filled (a common name lists thousands of places in GeoNames). */
let posOf = new Int32Array(0);
let stampOf = new Int32Array(0);
let stamp = 0;

/** The places of a slot, each once; a place is alternate only if all its entries are. */
export function decode(s: Slot | undefined): Hits {
  if (s === undefined) return NO_HITS;
  if (typeof s === 'number') return { ids: [s >> 1], alt: [(s & 1) === 1] };
  const ids: number[] = [];
  const alt: boolean[] = [];
  // A place's entries under one key are mostly adjacent, but a place merged again later (a
  // GeoNames id in two sources) adds more further on: a long list finds them by the stamped
  // positions, a short one by searching back.
  const long = s.length > 32;
  if (long) nextStamp(s);
  for (let n = 0; n < s.length; n++) {
    const e = s[n]!;
    const idx = e >> 1;
    const k = long ? (stampOf[idx] === stamp ? posOf[idx]! : -1) : ids.lastIndexOf(idx);
    if (k < 0) {
      if (long) {
        stampOf[idx] = stamp;
        posOf[idx] = ids.length;
      }
      ids.push(idx);
      alt.push((e & 1) === 1);
    } else if ((e & 1) === 0) alt[k] = false;
  }
  return { ids, alt };
}

/** A new stamp for decoding `s`, with the arrays grown to its largest place index. */
function nextStamp(s: number[]): void {
  let max = 0;
  for (let n = 0; n < s.length; n++) max = Math.max(max, s[n]! >> 1);
  if (max >= posOf.length) {
    const size = Math.max(max + 1, posOf.length * 2);
    posOf = new Int32Array(size);
    stampOf = new Int32Array(size);
    stamp = 0;
  } else if (stamp === 0x7fffffff) {
    stampOf.fill(0);
    stamp = 0;
  }
  stamp++;
}
