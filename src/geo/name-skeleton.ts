// A name's consonant skeleton: the transliteration fold (normalize.ts) with its vowels dropped
// and a few consonants that romanisations swap merged (g/k/q, x/h, z/j). Reports and gazetteers
// write one name with different vowels and vowel lengths ("Ftireh" / "Fatirah", "Sfuhen" /
// "Sfuhun", "Tal Samn" / "Tall Samman", "Umerkote" / "Umarkot", "Suhodil" / "Sukhodol") far more
// often than with different consonants. Loose on purpose: read only for a capitalised name the
// scanner found nowhere, inside the document's country and the area it names (unfound-names.ts).

import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { decode } from './slots.ts';
import { editDistance } from './misspelt.ts';

/** Consonants merged (Somali x is h, Sudanese Goz is Qoz; the fold already wrote q as k; Arabic
 *  z and dh and English j for one letter in South Asian names: "Shahjadpur" / "Shahzadpur"). */
const MERGED: Record<string, string> = { g: 'k', x: 'h', z: 'j' };

/** The fold's vowels (it writes e, i, y as a and o, w as u). */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w', ' ']);

/** Fewer consonants than this meet too many unrelated names in a country (one fewer is indexed,
 *  for names inside a named area). */
export const MIN_SKELETON = 4;

/** The skeleton of a fold key: consonants only, merged, runs of one consonant squeezed (also
 *  across a dropped vowel: "Samman" and "Samn" meet). */
export function skeletonOf(fold: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < fold.length; i++) {
    const ch = fold[i]!;
    if (VOWELS.has(ch)) continue;
    const c = MERGED[ch] ?? ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per gazetteer: its fold keys by skeleton (a key, or a list of keys; the fold index gives
 *  their places). */
const indexes = new WeakMap<MemoryGazetteer, Map<string, string | string[]>>();

/** The skeleton index, built with the gazetteer's other indexes (build.ts) in one pass over the
 *  fold keys, or on first use for a gazetteer built otherwise. */
export function skeletonIndex(gz: MemoryGazetteer): Map<string, string | string[]> {
  let index = indexes.get(gz);
  if (index) return index;
  index = new Map();
  for (const fold of gz.snapshot().folded.keys()) {
    const key = skeletonOf(fold);
    if (key.length < MIN_SKELETON - 1) continue;
    const cur = index.get(key);
    if (cur === undefined) index.set(key, fold);
    else if (typeof cur === 'string') index.set(key, [cur, fold]);
    else cur.push(fold);
  }
  indexes.set(gz, index);
  listsVillages(gz, '');
  return index;
}

/** The country's populated places, admin areas and areas (feature classes P, A, L: a report
 *  locates events at those) whose folded name has the skeleton of `fold` and lies within
 *  `maxEdits` edits of it; empty when none, or when the skeleton is shorter than `min`. */
export function skeletonIds(gz: MemoryGazetteer, fold: string, iso3: string, min: number, maxEdits: number): number[] {
  const key = skeletonOf(fold);
  const out: number[] = [];
  if (key.length < Math.max(min, MIN_SKELETON - 1)) return out;
  const keys = skeletonIndex(gz).get(key);
  if (keys === undefined) return out;
  const folded = gz.snapshot().folded;
  for (const k of typeof keys === 'string' ? [keys] : keys) {
    // No swapped letters: a swap moves a vowel across a consonant ("Kirni" / "Keran": two names).
    if (editDistance(fold, k, maxEdits, false) > maxEdits) continue;
    for (const id of decode(folded.get(k)).ids) {
      const p = gz.places[id]!;
      if (p.iso3 === iso3 && (p.feature_class === 'P' || p.feature_class === 'A' || p.feature_class === 'L') && !out.includes(id)) out.push(id);
    }
  }
  return out;
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
    for (const p of gz.places) if (p.feature_class === 'P' && p.population === 0) counts.set(p.iso3, (counts.get(p.iso3) ?? 0) + 1);
    lists = new Set();
    for (const [c, n] of counts) if (n >= VILLAGE_LIST) lists.add(c);
    villageLists.set(gz, lists);
  }
  return lists.has(iso3);
}
