// Per-sentence indexes of the date, toll and quotation spans, so that stages look at the few
// spans of one sentence instead of every span of the document: extraction stays linear in
// the length of the text (a 20 MB document has hundreds of thousands of sentences).
// Each index follows the list it indexes as stages append to it, and is rebuilt when a
// refiner drops items.

import { sentenceAt, type DateMention, type DocState, type SentenceIndex, type TollMention } from './state.ts';

// The indexes live on the DocState (doc.dateIndex, ...), not in WeakMaps keyed by it: a property
// read instead of an ephemeron-table lookup per query, and no ephemerons for the GC to trace.

/** The answer for a sentence without spans: one shared empty array of the same internal kind as
 *  the filled buckets (an `[]` literal's kind differs until something is pushed), so callers see
 *  one array shape and V8 does not discard and recompile their optimised code when the other
 *  shape shows up. Read-only by type; never pushed to. */
const NONE: readonly never[] = (() => {
  const a: unknown[] = [null];
  a.length = 0;
  return a as never[];
})();

/** The first and last sentence an item lies in. */
type SentencesOf<T> = (doc: DocState, item: T) => [number, number];

const dateSentences: SentencesOf<DateMention> = (_doc, d) => [d.sentence, d.sentence];
const tollSentences: SentencesOf<TollMention> = (_doc, t) => [t.sentence, t.sentence];
const quoteSentences: SentencesOf<[number, number]> = (doc, [a, b]) => [sentenceAt(doc, a), sentenceAt(doc, Math.max(a, b - 1))];

function addItem<T>(doc: DocState, index: SentenceIndex<T>, item: T, sentencesOf: SentencesOf<T>): void {
  // Indexed, not destructured: destructuring walks the iterator protocol until the code is optimised.
  const span = sentencesOf(doc, item);
  for (let i = span[0]; i <= span[1]; i++) (index.buckets[i] ??= []).push(item);
}

/** `index` brought up to date with `items`, or a new one when there is none or it is stale. */
function current<T>(doc: DocState, index: SentenceIndex<T> | null, items: readonly T[], sentencesOf: SentencesOf<T>): SentenceIndex<T> {
  if (!index || items.length < index.size) {
    index = { size: 0, buckets: [] };
  }
  // Lists only grow by appending (sorting keeps the same items), so index just the new ones.
  for (; index.size < items.length; index.size++) addItem(doc, index, items[index.size], sentencesOf);
  return index;
}

/** Record a date just appended to doc.dates (addDate calls this, so later sorting is harmless). */
export function noteDate(doc: DocState, d: DateMention): void {
  const index = doc.dateIndex;
  if (!index || index.size !== doc.dates.length - 1) return; // no index yet, or stale: rebuilt on next use
  (index.buckets[d.sentence] ??= []).push(d);
  index.size++;
}

/** Dates that start in sentence i, in text order. */
export function datesOfSentence(doc: DocState, i: number): readonly DateMention[] {
  const index = (doc.dateIndex = current(doc, doc.dateIndex, doc.dates, dateSentences));
  const bucket = (index.buckets[i] ?? NONE) as DateMention[];
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
  return (doc.tollIndex = current(doc, doc.tollIndex, doc.tolls, tollSentences)).buckets[i] ?? NONE;
}

/** Quotation spans that overlap sentence i. */
export function quotesOfSentence(doc: DocState, i: number): ReadonlyArray<[number, number]> {
  if (doc.quotes.length === 0) return NONE;
  return (doc.quoteIndex = current(doc, doc.quoteIndex, doc.quotes, quoteSentences)).buckets[i] ?? NONE;
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
