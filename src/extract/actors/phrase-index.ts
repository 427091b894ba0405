// One precompiled index for many multi-word phrases (actor aliases, cue phrases): a trie of
// tokens. Matching at a position walks one Map per token of the phrase, so the cost does not
// grow with the number of phrases that share a first word ("military forces of {country}" for
// every country all start with "military").

import { phraseKeys, type Token, type WordKeys } from './tokens.ts';

export interface PhraseHit<T> {
  /** Token index range [first, last] in the token array. */
  first: number;
  last: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>> | null;
  /** Set when a phrase ends at this node. Every node is created with both properties, in this
   *  order, so that matchAt sees one node shape (speed: no deopt). */
  value: T | undefined;
}

const NONE: never[] = [];

/** Indexes made so far (each gets a slot in every word's `steps`), and phrases added to any of
 *  them (a word's remembered steps are void once this moves on). */
let indexes = 0;
let edits = 0;

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };
  private readonly slot = indexes++;

  constructor(private readonly key: 'norm' | 'stem') {}

  /** Add a phrase; when two phrases have the same keys, the first one added keeps the slot. */
  add(phrase: string, value: T): void {
    edits++;
    const keys = phraseKeys(phrase, this.key);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: null, value: undefined }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at token i, or null. A name in the possessive still names its
   *  bearer: "Haftar's positions" holds "Haftar", "Islamic State's fighters" "Islamic State"
   *  (the possessive may only stand on the phrase's last word). */
  matchAt(tokens: Token[], i: number): PhraseHit<T> | null {
    let best: PhraseHit<T> | null = null;
    const norm = this.key === 'norm';
    // The first word as in the loop below, its step read from the word's record.
    const first = tokens[i].norm;
    if (norm && first.endsWith("'s")) {
      const bare = this.root.next!.get(first.slice(0, -2));
      if (bare?.value !== undefined) best = { first: i, last: i, value: bare.value };
    }
    let node: Node<T> | undefined = this.firstStep(tokens[i]);
    if (node?.value !== undefined) best = { first: i, last: i, value: node.value };
    for (let j = i + 1; j < tokens.length && node?.next; j++) {
      const t = norm ? tokens[j].norm : tokens[j].stem; // named loads (see matchesAt)
      if (norm && t.endsWith("'s")) {
        const bare = node.next.get(t.slice(0, -2));
        if (bare?.value !== undefined) best = { first: i, last: j, value: bare.value };
      }
      node = node.next.get(t);
      if (node?.value !== undefined) best = { first: i, last: j, value: node.value };
    }
    return best;
  }

  /** Every phrase starting at token i, longest first (for cues, where a short phrase of one
   *  group may sit inside a longer phrase of another: "clashed" in "clashed with police"). */
  matchesAt(tokens: Token[], i: number): PhraseHit<T>[] {
    const norm = this.key === 'norm';
    // Named loads, written out: tokens[i][this.key] is a keyed load that sees both keys (the actor
    // index reads norm, the cue index stem), and a helper would be a real call per token in batch
    // mode (no TurboFan inlining).
    let node = this.firstStep(tokens[i]);
    if (!node) return NONE;
    const out: PhraseHit<T>[] = [];
    for (let j = i; node; ) {
      if (node.value !== undefined) out.push({ first: i, last: j, value: node.value });
      if (++j >= tokens.length || !node.next) break;
      node = node.next.get(norm ? tokens[j].norm : tokens[j].stem);
    }
    return out.reverse();
  }

  /** The root's child for a token's word (its key in this index), remembered on the word. */
  private firstStep(t: Token): Node<T> | undefined {
    const w: WordKeys = t.word;
    if (w.stepsOf !== edits) {
      w.steps = [];
      w.stepsOf = edits;
    }
    let step = w.steps[this.slot] as Node<T> | null | undefined;
    if (step === undefined) {
      step = this.root.next!.get(this.key === 'norm' ? w.norm : w.stem) ?? null;
      w.steps[this.slot] = step;
    }
    return step ?? undefined;
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
