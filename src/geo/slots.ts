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

/** The places of a slot, each once; a place is alternate only if all its entries are. */
export function decode(s: Slot | undefined): Hits {
  if (s === undefined) return NO_HITS;
  if (typeof s === 'number') return { ids: [s >> 1], alt: [(s & 1) === 1] };
  const ids: number[] = [];
  const alt: boolean[] = [];
  // A place's entries under one key are mostly adjacent, but a place merged again later (a
  // GeoNames id in two sources) adds more further on: a long list finds them by a Map (a common
  // name lists thousands of places in GeoNames), a short one by searching back.
  const at = s.length > 32 ? new Map<number, number>() : null;
  for (const e of s) {
    const idx = e >> 1;
    const k = at ? (at.get(idx) ?? -1) : ids.lastIndexOf(idx);
    if (k < 0) {
      at?.set(idx, ids.length);
      ids.push(idx);
      alt.push((e & 1) === 1);
    } else if ((e & 1) === 0) alt[k] = false;
  }
  return { ids, alt };
}
