// A Bloom filter over the keys of a name index: it answers "certainly not indexed" for most keys
// a text asks about that no place has (people's names, organisations, capitalised words), without
// probing the index itself. Why: a probe of a Map of half a million names touches its bucket, the
// chain's entries and each candidate key string, all at random places in a heap of hundreds of
// megabytes; on a virtual machine every such touch can cost a page walk (~1-5 us). Measured on the
// ACLED pass (default gazetteer): the ~14,000 first lookups of new keys spent ~60 ms in the exact
// index's Map and ~20 ms in the prefix Set, ~70% of them for keys that are in neither. The filter
// is one small typed array: one word read per key. It never says no for a key it was given, so a
// lookup's answer is the index's answer either way.

/** Bits per key at full capacity: ~2% of absent keys still go on to the index. */
const BITS_PER_KEY = 16;

export class KeyFilter {
  /** `bits`: a power-of-two number of 32-bit words; `count`: keys added (with repeats). */
  constructor(
    readonly bits: Int32Array = new Int32Array(64),
    public count = 0,
  ) {}

  /** A filter of the keys of `sources`, sized for `expected` of them and room to grow. */
  static over(sources: Array<Iterable<string>>, expected: number): KeyFilter {
    let words = 64;
    while (words * 32 < expected * BITS_PER_KEY * 2) words *= 2;
    const f = new KeyFilter(new Int32Array(words));
    for (const keys of sources) for (const k of keys) f.add(k);
    return f;
  }

  /** More keys than the filter was sized for. */
  full(): boolean {
    return this.count * BITS_PER_KEY > this.bits.length * 32;
  }

  /** This filter with `key` added, or, once that makes it full, the larger one `rebuild` makes of every key. */
  with(key: string, rebuild: () => KeyFilter): KeyFilter {
    this.add(key);
    return this.full() ? rebuild() : this;
  }

  add(key: string): void {
    const h = hashKey(key);
    this.bits[h & (this.bits.length - 1)]! |= bitsOf(h);
    this.count++;
  }

  /** False only when `key` was never added. */
  mayHave(key: string): boolean {
    const h = hashKey(key);
    const want = bitsOf(h);
    return (this.bits[h & (this.bits.length - 1)]! & want) === want;
  }
}

/** FNV-1a over the key's UTF-16 code units. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** Two bits of one 32-bit word, chosen by a remix of the hash (its low bits chose the word). */
function bitsOf(h: number): number {
  let m = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  m ^= m >>> 13;
  return (1 << (m & 31)) | (1 << ((m >>> 5) & 31));
}
