// Word-overlap similarity for short texts (headlines, notes, evidence sentences).

const STOP = new Set(
  'the a an and or of in on at to for from by with as is are was were be been has have had that this these those it its their his her he she they we i you not no but after before over under into near said says say according who which while during than more most some other also about against between'.split(' '),
);

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  // ASCII text (most notes) is split by one pass over its codes: for ASCII, NFKD changes nothing
  // and letters and digits are [a-z0-9], so the words are those of the general split below.
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c > 127) return unicodeWords(lower);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (i - start >= 3) addWord(out, lower.slice(start, i));
    start = i + 1;
  }
  return out;
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const NOT_LETTERS = /[^\p{L}\p{N}]+/u;

function unicodeWords(lower: string): Set<string> {
  const out = new Set<string>();
  for (const w of lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(NOT_LETTERS)) if (w.length >= 3) addWord(out, w);
  return out;
}

/** A word of three letters or more, unless a stop word; a plural 's' dropped from longer ones. */
function addWord(out: Set<string>, w: string): void {
  if (!STOP.has(w)) out.add(w.length > 5 && w.endsWith('s') ? w.slice(0, -1) : w);
}

/** How much a word says about a pair: `inPair` = in how many of the two compared texts it is. */
export type WordWeight = (word: string, inPair: number) => number;

/**
 * Word weights from the texts in play (one report and its candidate events): a word that the
 * OTHER nearby texts also use ("libya", "killed", front-line boilerplate) weighs little, a word
 * only the pair shares ("biscuit") much. Inverse document frequency over the local
 * neighbourhood, the compared pair left out, so with no other text every word weighs the same.
 * With `only`, the weights are right for the words of those texts alone (the ones to be compared).
 */
export function localWeights(texts: Array<Set<string>>, only?: Array<Set<string>>): WordWeight {
  const df = new Map<string, number>();
  if (only) {
    // Weights asked only for the words of `only` (the texts compared): the other words need no count.
    for (const t of only) for (const w of t) df.set(w, 0);
    for (const t of texts) {
      for (const w of t) {
        const n = df.get(w);
        if (n !== undefined) df.set(w, n + 1);
      }
    }
  } else for (const t of texts) for (const w of t) df.set(w, (df.get(w) ?? 0) + 1);
  const others = Math.max(0, texts.length - 2);
  return (w, inPair) => Math.log((others + 2) / (Math.max(0, (df.get(w) ?? 0) - inPair) + 1));
}

/**
 * Weighted overlap coefficient sum(A∩B) / min(sum A, sum B): a one-line headline fully
 * contained in a long article passage scores 1, which Jaccard would drown in the passage's length.
 */
export function overlap(a: Set<string>, b: Set<string>, weight: WordWeight = () => 1): number | null {
  // Fewer than three content words say too little to compare.
  if (a.size < 3 || b.size < 3) return null;
  let shared = 0;
  let sa = 0;
  let sb = 0;
  for (const w of a) {
    const inB = b.has(w);
    const x = weight(w, inB ? 2 : 1);
    sa += x;
    if (inB) shared += x;
  }
  for (const w of b) sb += weight(w, a.has(w) ? 2 : 1);
  const least = Math.min(sa, sb);
  return least > 0 ? shared / least : null;
}
