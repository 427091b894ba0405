// The in-memory gazetteer every source loads into: places in one array, two name indexes
// (exact normalised spelling, and the looser transliteration fold), and the token prefixes of
// multi-word names so the text scanner can stop extending an n-gram as soon as no name starts so.

import type { Gazetteer, Place } from './types.ts';
import { foldKey, foldKeyDirect, normName } from './normalize.ts';
import { NO_HITS, decode, push, type Hits, type Slot } from './slots.ts';
import { KeyTree, type KeyAnswer, type KeyNode } from './key-tree.ts';
import { remember } from './bounded-memo.ts';
import { KeyFilter } from './key-filter.ts';
import { areasByKey, type AreasByKey } from './area-keys.ts';
import { countryCode, forgetPlaceSizes, placeSizes } from './place-sizes.ts';
import { forgetSkeletons } from './name-skeleton.ts';
import { forgetRomanisations } from './romanisation.ts';
import { shareRepeatedStrings } from './shared-strings.ts';
import { POSTAL_CODE } from './postal-places.ts';

export type { Hits } from './slots.ts';
export type { KeyAnswer, KeyNode } from './key-tree.ts';

export interface GazetteerSnapshot {
  places: Place[];
  exact: Map<string, Slot>;
  folded: Map<string, Slot>;
  prefixes: Set<string>;
  maxTokens: number;
  /** The key filters' state (bits and counts), so a cached gazetteer need not hash every key again. */
  keyFilter: { bits: Int32Array; count: number };
  foldFilter: { bits: Int32Array; count: number };
}

/** Latin-script names only: the scanner's case and transliteration rules are built for them.
 *  Latin letters with their diacritics and the modifier apostrophes of romanised Arabic. */
function isLatinName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x24f || (c >= 0x2b0 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2018 && c <= 0x2019)) continue;
    return false;
  }
  return true;
}
const LATIN_KEY = /^[a-z0-9 ]+$/;
/** Airport and station codes in alternate names ("TIP", "HLLT") would match acronyms in text. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;

/** The answer for a key the filter rules out (most keys a text asks about), shared: never changed. */
const NO_ANSWER: KeyAnswer = { hits: NO_HITS, prefix: false };

export class MemoryGazetteer implements Gazetteer {
  readonly places: Place[] = [];
  private readonly exact = new Map<string, Slot>();
  private readonly folded = new Map<string, Slot>();
  /** Token prefixes ("qasr", "qasr bin") of indexed multi-token keys. */
  private readonly prefixes = new Set<string>();
  private readonly byGeonameId = new Map<number, number>();
  maxTokens = 1;
  /** Filters over the keys of exact and prefixes, and of folded (key-filter.ts). */
  private keyFilter = new KeyFilter();
  private foldFilter = new KeyFilter();
  /** The answers to this batch's lookups, by key (see remember). */
  private readonly keySeen = new Map<string, KeyAnswer>();
  private readonly foldSeen = new Map<string, Hits>();
  private readonly foldInSeen = new Map<string, number[]>();
  /** The keys reached by step(), from the empty key; reset with the tables above. */
  private readonly keys = new KeyTree((key) => this.answerOf(key));
  /** The places' admin areas by key (area-keys.ts), built on first use; forgotten with the tables above. */
  private areaKeys: AreasByKey | null = null;

  /** Everything lookups need, for the disk cache (the build-time geonameid map is left out). */
  snapshot(): GazetteerSnapshot {
    const { keyFilter: k, foldFilter: f } = this;
    return { places: this.places, exact: this.exact, folded: this.folded, prefixes: this.prefixes, maxTokens: this.maxTokens, keyFilter: { bits: k.bits, count: k.count }, foldFilter: { bits: f.bits, count: f.count } };
  }

  static fromSnapshot(s: GazetteerSnapshot): MemoryGazetteer {
    const gz = new MemoryGazetteer();
    const self = gz as unknown as { -readonly [K in keyof GazetteerSnapshot]: GazetteerSnapshot[K] };
    Object.assign(self, s);
    gz.keyFilter = new KeyFilter(s.keyFilter.bits, s.keyFilter.count);
    gz.foldFilter = new KeyFilter(s.foldFilter.bits, s.foldFilter.count);
    shareRepeatedStrings(gz.places);
    return gz;
  }

  size(): number {
    return this.places.length;
  }

  /** Adds a place under its names; a GeoNames id seen before only gains the new names.
   *  The first `primaryNames` of `names` count as its own names, the rest as alternate names
   *  (exonyms, old names, short forms), which weigh less when a text is matched. */
  add(place: Place, names: string[], geonameid?: number, primaryNames = names.length, codes = false): number {
    let idx = geonameid !== undefined ? this.byGeonameId.get(geonameid) : undefined;
    if (idx === undefined) {
      idx = this.places.length;
      this.places.push(place);
      if (geonameid !== undefined) this.byGeonameId.set(geonameid, idx);
    } else {
      const old = this.places[idx]!;
      if (!old.admin1 && place.admin1) old.admin1 = place.admin1;
      if (!old.admin2 && place.admin2) old.admin2 = place.admin2;
      if (place.population > old.population) old.population = place.population;
      if ((place.alternates ?? 0) > (old.alternates ?? 0)) old.alternates = place.alternates;
    }
    this.indexNames(idx, [place.name, ...names], 1 + primaryNames, codes);
    return idx;
  }

  /** Index entries are idx * 2 + 1 for an alternate name, idx * 2 for a primary one. `codes`:
   *  keep short all-capital names (curated abbreviations such as "UP", "KP"), which dumps use
   *  for airport and station codes and are otherwise dropped. */
  indexNames(idx: number, names: string[], primary = names.length, codes = false): void {
    this.forgetLookups();
    const main = this.places[idx]!.name;
    // Names and keys are tracked apart, so a primary name already written as its key is indexed.
    // An alternate written as its own key (all lower case: cities500's "dbayeh" for Dubai, "banh"
    // for Baneh) is a search stub, not a name writers use: indexing them cost 5 default-gazetteer
    // ACLED rows their country and changed none with GeoNames, so they stay out.
    const seenNames = new Set<string>();
    const seenKeys = new Set<string>();
    // A post office's village (load-postal.ts) only by its name as written: its spellings are
    // rough, and another spelling of a name is how a capitalised word becomes a place.
    const folds = this.places[idx]!.feature_code !== POSTAL_CODE;
    for (const [k, n] of names.entries()) {
      if (!n || seenNames.has(n) || (n !== main && !codes && CODE_LIKE.test(n)) || !isLatinName(n)) continue;
      seenNames.add(n);
      const key = normName(n);
      if (key.length < 2 || !LATIN_KEY.test(key) || seenKeys.has(key) || (k >= primary && key === n)) continue;
      seenKeys.add(key);
      const entry = idx * 2 + (k < primary ? 0 : 1);
      push(this.exact, key, entry);
      this.filterKey(key);
      const fold = foldKeyDirect(key);
      if (folds && fold.length >= 3) {
        push(this.folded, fold, entry);
        this.foldFilter = this.foldFilter.with(fold, () => KeyFilter.over([this.folded.keys()], this.folded.size));
      }
      const parts = key.split(' ');
      if (parts.length > 1) {
        this.maxTokens = Math.max(this.maxTokens, parts.length);
        let end = key.indexOf(' ');
        while (end > 0) {
          const prefix = key.slice(0, end);
          this.prefixes.add(prefix);
          this.filterKey(prefix);
          end = key.indexOf(' ', end + 1);
        }
      }
    }
  }

  private filterKey(key: string): void {
    this.keyFilter = this.keyFilter.with(key, () => KeyFilter.over([this.exact.keys(), this.prefixes], this.exact.size + this.prefixes.size));
  }

  // A batch's texts look up the same few thousand keys over and over (ACLED pass: 150,000
  // lookups of 30,000 distinct keys), and a lookup in the indexes of a million names misses the
  // CPU caches at every step; so does decoding a shared name's list of places. The answers are
  // remembered in small tables, forgotten when the gazetteer gains names, and bounded.
  private forgetLookups(): void {
    if (this.keySeen.size) this.keySeen.clear();
    if (this.foldSeen.size) this.foldSeen.clear();
    if (this.foldInSeen.size) this.foldInSeen.clear();
    this.keys.reset();
    this.areaKeys = null;
    forgetPlaceSizes(this.places);
    forgetSkeletons(this);
    forgetRomanisations(this);
  }

  /** Every admin1/admin2 string of the places by each of its keys (NamedKeys reads it). */
  adminAreasByKey(): AreasByKey {
    return (this.areaKeys ??= areasByKey(this.places));
  }

  /** The node of the empty key, where a name's first word steps from. */
  rootKey(): KeyNode {
    return this.keys.root;
  }

  /** The node of the key `node.key` extended by one normalised word (see key-tree.ts). */
  step(node: KeyNode, word: string): KeyNode {
    return this.keys.step(node, word);
  }

  /** foldHits of a node's key, remembered on the node. */
  foldHitsAt(node: KeyNode): Hits {
    return (node.fold ??= this.foldHits(node.key));
  }

  /** Whether any place has the node's key under the fold: foldHitsAt(node).ids.length > 0 without
   *  listing the places (the scanner asks before it knows whether the fold match beats the exact
   *  one and survives the overlaps; a common fold lists thousands of places). */
  hasFoldAt(node: KeyNode): boolean {
    if (node.fold) return node.fold.ids.length > 0;
    const fold = this.foldedKeyAt(node);
    return this.foldFilter.mayHave(fold) && this.folded.has(fold);
  }

  /** foldKey of a node's key, remembered on the node. */
  foldedKeyAt(node: KeyNode): string {
    return (node.folded ??= foldKey(node.key));
  }

  /** The places under an exact normalised key and whether longer names start with it: the text
   *  scanner asks both of each n-gram, so one remembered answer serves both. */
  lookupKey(key: string): KeyAnswer {
    let answer = this.keySeen.get(key);
    if (answer === undefined) {
      answer = this.answerOf(key);
      remember(this.keySeen, key, answer);
    }
    return answer;
  }

  /** lookupKey's answer, not remembered: the key tree remembers its own (the scanner's steps are
   *  ~95% of all lookups, each of a key it reaches once; a second table of them only grew). */
  private answerOf(key: string): KeyAnswer {
    return this.keyFilter.mayHave(key) ? { hits: decode(this.exact.get(key)), prefix: this.prefixes.has(key) } : NO_ANSWER;
  }

  hasPrefix(key: string): boolean {
    return this.lookupKey(key).prefix;
  }

  /** Whether any place has this exact normalised key. */
  hasExact(key: string): boolean {
    return this.lookupKey(key).hits.ids.length > 0;
  }

  /** Places under the exact normalised key. */
  exactIds(key: string): number[] {
    return this.exactHits(key).ids;
  }

  /** Places under the exact key, and for each whether it matched only by an alternate name. */
  exactHits(key: string): Hits {
    return this.lookupKey(key).hits;
  }

  /** Places under the transliteration fold of a normalised key. */
  foldHits(key: string): Hits {
    let hits = this.foldSeen.get(key);
    if (hits === undefined) {
      const fold = foldKey(key);
      hits = this.foldFilter.mayHave(fold) ? decode(this.folded.get(fold)) : NO_HITS;
      remember(this.foldSeen, key, hits);
    }
    return hits;
  }

  /** The fold's places in one country, in foldHits order, remembered: the caller must not change
   *  the array. A batch asks for the same names in the same countries (ACLED pass with GeoNames:
   *  10,355 questions, 3,370 distinct), and a common fold lists thousands of places world-wide. */
  foldIdsIn(key: string, iso3: string): number[] {
    const k = `${iso3} ${key}`;
    let ids = this.foldInSeen.get(k);
    if (ids === undefined) {
      ids = [];
      const all = this.foldHits(key).ids;
      // Countries read from the dense table (place-sizes.ts), not from each Place.
      const sizes = placeSizes(this.places);
      const { country } = sizes;
      const wanted = countryCode(sizes, iso3);
      for (let n = 0; n < all.length; n++) if (country[all[n]!] === wanted) ids.push(all[n]!);
      remember(this.foldInSeen, k, ids);
    }
    return ids;
  }

  foldIds(key: string): number[] {
    return this.foldHits(key).ids;
  }

  lookup(name: string, opts: { iso3?: string } = {}): Place[] {
    const key = normName(name);
    let ids = this.exactIds(key);
    if (!ids.length) ids = this.foldIds(key);
    let out = ids.map((i) => this.places[i]!);
    if (opts.iso3) out = out.filter((p) => p.iso3 === opts.iso3);
    return out.sort((a, b) => b.population - a.population);
  }

  /** Places a merged gazetteer gets from this one (ids are per gazetteer). */
  findGeonameId(geonameid: number): Place | null {
    const idx = this.byGeonameId.get(geonameid);
    return idx === undefined ? null : this.places[idx]!;
  }
}
