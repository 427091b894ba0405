// Binary searches over spans kept in text order (tokens, mentions, scanned names): a long text
// holds thousands of them, and a linear scan per lookup made its extraction quadratic.

/** Index of the first item (sorted by start) starting at or after `at`. */
export function firstStartingFrom(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item ending after `offset`, for items whose ends rise with their order
 *  (non-overlapping spans such as tokens). */
export function firstEndingAfter(sorted: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** Sorts spans by start in place, exactly as list.sort((a, b) => a.start - b.start) does (a stable
 *  sort), but returns at once when they are already in order, as most lists of mentions are (each
 *  sort call allocated a work copy of the list). */
export function sortByStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return list.sort(byStart);
  return list;
}
