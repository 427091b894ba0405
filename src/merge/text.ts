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

/**
 * Overlap coefficient |A∩B| / min(|A|,|B|): a one-line headline fully contained in a long
 * article passage scores 1, which Jaccard would drown in the passage's length.
 */
export function overlap(a: Set<string>, b: Set<string>): number | null {
  // Fewer than three content words say too little to compare.
  if (a.size < 3 || b.size < 3) return null;
  let n = 0;
  for (const w of a.size <= b.size ? a : b) if ((a.size <= b.size ? b : a).has(w)) n++;
  return n / Math.min(a.size, b.size);
}
