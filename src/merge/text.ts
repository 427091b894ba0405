// Word-overlap similarity for short texts (headlines, notes, evidence sentences).

const STOP = new Set(
  'the a an and or of in on at to for from by with as is are was were be been has have had that this these those it its their his her he she they we i you not no but after before over under into near said says say according who which while during than more most some other also about against between'.split(' '),
);

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 3 && !STOP.has(w)) out.add(w.length > 5 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return out;
}

/** How much a shared word says: words common to the texts being compared say little. */
export type WordWeight = (word: string) => number;

/**
 * Word weights from the texts in play (one report and its candidate events): a word in every
 * candidate ("libya", "killed", "capital") weighs little, a word in one ("biscuit") much. This
 * is inverse document frequency over the local neighbourhood, so it needs no corpus statistics.
 */
export function localWeights(texts: Array<Set<string>>): WordWeight {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of t) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return (w) => Math.log(1 + n / (df.get(w) ?? 1));
}

/**
 * Weighted overlap coefficient sum(A∩B) / min(sum A, sum B): a one-line headline fully
 * contained in a long article passage scores 1, which Jaccard would drown in the passage's length.
 */
export function overlap(a: Set<string>, b: Set<string>, weight: WordWeight = () => 1): number | null {
  // Fewer than three content words say too little to compare.
  if (a.size < 3 || b.size < 3) return null;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  let sa = 0;
  let sb = 0;
  for (const w of small) {
    const x = weight(w);
    sa += x;
    if (large.has(w)) shared += x;
  }
  for (const w of large) sb += weight(w);
  return shared / Math.min(sa, sb);
}
