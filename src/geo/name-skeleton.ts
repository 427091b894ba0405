// A name's consonant skeleton: the transliteration fold (normalize.ts) with its vowels dropped
// and a few consonants that romanisations swap merged (g/k/q, x/h, z/j). Reports and gazetteers
// write one name with different vowels and vowel lengths ("Ftireh" / "Fatirah", "Sfuhen" /
// "Sfuhun", "Tal Samn" / "Tall Samman", "Umerkote" / "Umarkot", "Suhodil" / "Sukhodol") far more
// often than with different consonants. Loose on purpose: read only for a capitalised name the
// scanner found nowhere, inside the document's country and the area it names (unfound-names.ts).

import { POSTAL_CODE } from './postal-places.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { editDistance } from './misspelt.ts';
import { remember } from './bounded-memo.ts';
import { countryCode, placeSizes } from './place-sizes.ts';

/** Each ASCII code's consonant in a skeleton: 0 for the fold's vowels (it writes e, i, y as a and
 *  o, w as u) and spaces; merged consonants (Somali x is h, Sudanese Goz is Qoz: the fold already
 *  wrote q as k; Arabic z and dh and English j write one letter in South Asian names: "Shahjadpur"
 *  / "Shahzadpur"). Other codes stand for themselves. */
const CONSONANT = new Uint16Array(128);
for (let c = 0; c < 128; c++) CONSONANT[c] = c;
for (const v of 'aeiouyw ') CONSONANT[v.charCodeAt(0)] = 0;
for (const [from, to] of [['g', 'k'], ['x', 'h'], ['z', 'j']] as const) CONSONANT[from.charCodeAt(0)] = to.charCodeAt(0);

function consonant(code: number): number {
  return code < 128 ? CONSONANT[code]! : code;
}

/** Fewer consonants than this meet too many unrelated names in a country (one fewer is indexed,
 *  for names inside a named area). */
export const MIN_SKELETON = 4;

/** The skeleton of a fold key: consonants only, merged, runs of one consonant squeezed (also
 *  across a dropped vowel: "Samman" and "Samn" meet). */
export function skeletonOf(fold: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < fold.length; i++) {
    const c = consonant(fold.charCodeAt(i));
    if (c === 0) continue;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** A hash of the skeleton (FNV-1a) without building it, or -1 when it has fewer than `min` consonants. */
function skeletonHash(fold: string, min: number): number {
  let h = 0x811c9dc5;
  let n = 0;
  let last = 0;
  for (let i = 0; i < fold.length; i++) {
    const c = consonant(fold.charCodeAt(i));
    if (c === 0 || c === last) continue;
    last = c;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return n < min ? -1 : (h >>> 0) & (BUCKETS - 1);
}

const BUCKETS = 1 << 20;

/** The fold keys chained by skeleton hash: heads[hash] is the first key's position + 1 (0: none),
 *  next[k] the next key's. Typed arrays over the fold index's own key strings: a Map of new
 *  skeleton strings cost ~0.9 s CPU to build over the GeoNames dumps' ~700,000 keys. */
interface SkeletonIndex {
  keys: string[];
  /** lengths[k]: keys[k].length, read without touching the string (a chain's keys lie all over
   *  a heap of a gigabyte: each first touch was a cache and TLB miss). */
  lengths: Uint16Array;
  heads: Int32Array;
  next: Int32Array;
}

const indexes = new WeakMap<MemoryGazetteer, SkeletonIndex>();

/** The skeleton index, built with the gazetteer's other indexes (build.ts) in one pass over the
 *  fold keys, or on first use for a gazetteer built otherwise. */
export function skeletonIndex(gz: MemoryGazetteer): SkeletonIndex {
  let index = indexes.get(gz);
  if (index) return index;
  const folded = gz.snapshot().folded;
  index = { keys: [], lengths: new Uint16Array(folded.size), heads: new Int32Array(BUCKETS), next: new Int32Array(folded.size + 1) };
  for (const fold of folded.keys()) {
    const h = skeletonHash(fold, MIN_SKELETON - 1);
    if (h < 0) continue;
    index.lengths[index.keys.length] = Math.min(fold.length, 0xffff);
    index.keys.push(fold);
    const k = index.keys.length;
    index.next[k] = index.heads[h]!;
    index.heads[h] = k;
  }
  indexes.set(gz, index);
  listsVillages(gz, '');
  return index;
}

/** Drop the gazetteer's skeleton index and village lists: places were added since they were built. */
export function forgetSkeletons(gz: MemoryGazetteer): void {
  indexes.delete(gz);
  villageLists.delete(gz);
  answers.delete(gz);
}

/** Per gazetteer: skeletonIds' answers by country, bounds and fold. A batch meets one unfound
 *  name in many texts (ACLED pass with GeoNames: 2,511 questions, 1,780 distinct), and each
 *  answer walks a skeleton's chain with an edit distance per key. */
const answers = new WeakMap<MemoryGazetteer, Map<string, number[]>>();

/** The country's populated places, admin areas and areas (feature classes P, A, L: a report
 *  locates events at those) whose folded name has the skeleton of `fold` and lies within
 *  `maxEdits` edits of it; empty when none, or when the skeleton is shorter than `min`. Remembered:
 *  the caller must not change the array. */
export function skeletonIds(gz: MemoryGazetteer, fold: string, iso3: string, min: number, maxEdits: number): number[] {
  let seen = answers.get(gz);
  if (!seen) answers.set(gz, (seen = new Map()));
  const key = `${iso3} ${min} ${maxEdits} ${fold}`;
  let out = seen.get(key);
  if (out === undefined) {
    out = skeletonIdsOf(gz, fold, iso3, min, maxEdits);
    remember(seen, key, out);
  }
  return out;
}

function skeletonIdsOf(gz: MemoryGazetteer, fold: string, iso3: string, min: number, maxEdits: number): number[] {
  const out: number[] = [];
  const h = skeletonHash(fold, Math.max(min, MIN_SKELETON - 1));
  if (h < 0) return out;
  const index = skeletonIndex(gz);
  const folded = gz.snapshot().folded;
  const skeleton = skeletonOf(fold);
  // Places' countries from the dense table (place-sizes.ts): a matching fold lists places
  // world-wide, and touching each Place to read its country cost most of the lookup.
  const sizes = placeSizes(gz.places);
  const country = countryCode(sizes, iso3);
  if (country < 0) return out;
  for (let k = index.heads[h]!; k > 0; k = index.next[k]!) {
    // Lengths first (a common skeleton chains hundreds of keys); no swapped letters: a swap moves
    // a vowel across a consonant ("Kirni" / "Keran": two names).
    if (Math.abs(index.lengths[k - 1]! - fold.length) > maxEdits) continue;
    const key = index.keys[k - 1]!;
    if (editDistance(fold, key, maxEdits, false) > maxEdits || skeletonOf(key) !== skeleton) continue;
    // The slot's entries read in place: decode() of a common name's slot (thousands of places
    // world-wide) cost more than the rest of the lookup.
    // (Places abroad skipped here, without a call each: a common fold's list runs to thousands.)
    const slot = folded.get(key);
    if (typeof slot === 'number') {
      if (sizes.country[slot >> 1] === country) addPlace(gz, slot >> 1, out);
    } else if (slot) {
      for (let n = 0; n < slot.length; n++) if (sizes.country[slot[n]! >> 1] === country) addPlace(gz, slot[n]! >> 1, out);
    }
  }
  return out;
}

/** The place (of the wanted country) added to `out` when it is a populated place, admin area or area. */
function addPlace(gz: MemoryGazetteer, id: number, out: number[]): void {
  const p = gz.places[id]!;
  if ((p.feature_class === 'P' || p.feature_class === 'A' || p.feature_class === 'L') && !out.includes(id)) out.push(id);
}

/** A gazetteer lists a country's villages when it has this many populated places of no known
 *  population (the full GeoNames dumps list tens of thousands; the default's town lists fewer). */
const VILLAGE_LIST = 2000;

/** Per gazetteer: the countries whose villages it lists. */
const villageLists = new WeakMap<MemoryGazetteer, Set<string>>();

/** Whether the gazetteer lists the country's villages (counted with the skeleton index). */
export function listsVillages(gz: MemoryGazetteer, iso3: string): boolean {
  let lists = villageLists.get(gz);
  if (!lists) {
    const counts = new Map<string, number>();
    // Not post offices' villages (load-postal.ts): they are not in the fold index skeletons come from.
    for (const p of gz.places) if (p.feature_class === 'P' && p.population === 0 && p.feature_code !== POSTAL_CODE) counts.set(p.iso3, (counts.get(p.iso3) ?? 0) + 1);
    lists = new Set();
    for (const [c, n] of counts) if (n >= VILLAGE_LIST) lists.add(c);
    villageLists.set(gz, lists);
  }
  return lists.has(iso3);
}
