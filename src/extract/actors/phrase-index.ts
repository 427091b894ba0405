// One precompiled index for many multi-word phrases (actor aliases, cue phrases):
// a Map from the first token to the phrases starting with it, longest first. Matching a
// text is one Map lookup per token, so thousands of aliases cost no more than a few.

import { phraseKeys, type Token } from './tokens.ts';

export interface PhraseHit<T> {
  /** Token index range [first, last] in the token array. */
  first: number;
  last: number;
  value: T;
}

interface Entry<T> {
  keys: string[];
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(private readonly key: 'norm' | 'stem') {}

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase, this.key);
    if (keys.length === 0) return;
    let list = this.byFirst.get(keys[0]);
    if (!list) this.byFirst.set(keys[0], (list = []));
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest phrase starting at token i, or null. A name in the possessive still names its
   *  bearer: "Haftar's positions" holds "Haftar", "Islamic State's fighters" "Islamic State". */
  matchAt(tokens: Token[], i: number): PhraseHit<T> | null {
    const word = tokens[i][this.key];
    const hit = this.longestIn(this.byFirst.get(word), tokens, i);
    const bare = this.key === 'norm' && word.endsWith("'s") ? this.longestIn(this.byFirst.get(word.slice(0, -2)), tokens, i) : null;
    return bare && (!hit || bare.last > hit.last) ? bare : hit;
  }

  private longestIn(list: Entry<T>[] | undefined, tokens: Token[], i: number): PhraseHit<T> | null {
    if (!list) return null;
    for (const e of list) {
      const last = i + e.keys.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 0; k < e.keys.length && ok; k++) {
        const t = tokens[i + k][this.key];
        ok = t === e.keys[k] || (this.key === 'norm' && i + k === last && t.endsWith("'s") && t.slice(0, -2) === e.keys[k]);
      }
      if (ok) return { first: i, last, value: e.value };
    }
    return null;
  }

  /** Every phrase starting at token i, longest first (for cues, where a short phrase of one
   *  group may sit inside a longer phrase of another: "clashed" in "clashed with police"). */
  matchesAt(tokens: Token[], i: number): PhraseHit<T>[] {
    const list = this.byFirst.get(tokens[i][this.key]);
    if (!list) return [];
    const out: PhraseHit<T>[] = [];
    for (const e of list) {
      if (i + e.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < e.keys.length && ok; k++) ok = tokens[i + k][this.key] === e.keys[k];
      if (ok) out.push({ first: i, last: i + e.keys.length - 1, value: e.value });
    }
    return out;
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.matchAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.last;
      }
    }
    return hits;
  }
}
