// Per-sentence indexes of the date, toll and quotation spans, so that stages look at the few
// spans of one sentence instead of every span of the document: extraction stays linear in
// the length of the text (a 20 MB document has hundreds of thousands of sentences).
// Each index follows the list it indexes as stages append to it, and is rebuilt when a
// refiner drops items.

import { sentenceAt, type DateMention, type DocState, type TollMention } from './state.ts';

interface Index<T> {
  size: number;
  buckets: T[][];
}

const dateIndexes = new WeakMap<DocState, Index<DateMention>>();
const tollIndexes = new WeakMap<DocState, Index<TollMention>>();
const quoteIndexes = new WeakMap<DocState, Index<[number, number]>>();

/** The answer for a sentence without spans: one shared empty array of the same internal kind as
 *  the filled buckets (an `[]` literal's kind differs until something is pushed), so callers see
 *  one array shape and V8 does not discard and recompile their optimised code when the other
 *  shape shows up. Read-only by type; never pushed to. */
const NONE: readonly never[] = (() => {
  const a: unknown[] = [null];
  a.length = 0;
  return a as never[];
})();

function build<T>(items: readonly T[], sentencesOf: (item: T) => [number, number]): Index<T> {
  const buckets: T[][] = [];
  for (const item of items) {
    const [first, last] = sentencesOf(item);
    for (let i = first; i <= last; i++) (buckets[i] ??= []).push(item);
  }
  return { size: items.length, buckets };
}

function lookup<T>(cache: WeakMap<DocState, Index<T>>, doc: DocState, items: readonly T[], sentencesOf: (item: T) => [number, number], i: number): readonly T[] {
  let index = cache.get(doc);
  if (!index || items.length < index.size) cache.set(doc, (index = build(items, sentencesOf)));
  // Lists only grow by appending (sorting keeps the same items), so index just the new ones.
  for (; index.size < items.length; index.size++) {
    const [first, last] = sentencesOf(items[index.size]);
    for (let k = first; k <= last; k++) (index.buckets[k] ??= []).push(items[index.size]);
  }
  return index.buckets[i] ?? NONE;
}

/** Record a date just appended to doc.dates (addDate calls this, so later sorting is harmless). */
export function noteDate(doc: DocState, d: DateMention): void {
  const index = dateIndexes.get(doc);
  if (!index || index.size !== doc.dates.length - 1) return; // no index yet, or stale: rebuilt on next use
  (index.buckets[d.sentence] ??= []).push(d);
  index.size++;
}

/** Dates that start in sentence i, in text order. */
export function datesOfSentence(doc: DocState, i: number): readonly DateMention[] {
  const bucket = lookup(dateIndexes, doc, doc.dates, (d) => [d.sentence, d.sentence], i) as DateMention[];
  // Parsers add dates in their own order; keep each small bucket in text order.
  for (let k = 1; k < bucket.length; k++) {
    if (bucket[k - 1].start > bucket[k].start) {
      bucket.sort((a, b) => a.start - b.start);
      break;
    }
  }
  return bucket;
}

/** Tolls stated in sentence i. */
export function tollsOfSentence(doc: DocState, i: number): readonly TollMention[] {
  return lookup(tollIndexes, doc, doc.tolls, (t) => [t.sentence, t.sentence], i);
}

/** Quotation spans that overlap sentence i. */
export function quotesOfSentence(doc: DocState, i: number): ReadonlyArray<[number, number]> {
  if (doc.quotes.length === 0) return NONE;
  return lookup(quoteIndexes, doc, doc.quotes, ([a, b]) => [sentenceAt(doc, a), sentenceAt(doc, Math.max(a, b - 1))], i);
}

/** Spans as {start, end} objects, in one array shape whatever the input (see NONE). */
export function spanObjects(pairs: ReadonlyArray<[number, number]>): ReadonlyArray<{ start: number; end: number }> {
  if (pairs.length === 0) return NONE;
  const out: Array<{ start: number; end: number }> = [];
  for (const [start, end] of pairs) out.push({ start, end });
  return out;
}

export function inQuote(doc: DocState, offset: number): boolean {
  if (doc.quotes.length === 0) return false;
  for (const [a, b] of quotesOfSentence(doc, sentenceAt(doc, offset))) if (offset >= a && offset < b) return true;
  return false;
}

/** The latest date before `offset` that `accept` allows, searching back at most `maxSentences`. */
export function previousDate(doc: DocState, offset: number, accept: (d: DateMention) => boolean, maxSentences = Infinity): DateMention | null {
  const from = sentenceAt(doc, Math.max(0, offset - 1));
  for (let i = from, n = 0; i >= 0 && n <= maxSentences; i--, n++) {
    let best: DateMention | null = null;
    for (const d of datesOfSentence(doc, i)) if (d.start < offset && accept(d) && (!best || d.start > best.start)) best = d;
    if (best) return best;
  }
  return null;
}
