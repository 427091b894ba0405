// The keys the scanner reached word by word ("qasr" -> "qasr bin" -> "qasr bin ghashir"), with
// the indexes' answers, remembered as a tree. The scanner steps from node to node by each word's
// normalised form instead of building the key string and looking it up: a fresh string must be
// hashed and compared in full, while a word is short and the node's key is the same string object
// every time it is reached.

import { NO_HITS, type Hits } from './slots.ts';
import { MAX_REMEMBERED } from './bounded-memo.ts';

/** What the indexes hold under one normalised key. */
export interface KeyAnswer {
  hits: Hits;
  /** Some longer indexed name starts with the key and a space. */
  prefix: boolean;
}

export interface KeyNode {
  /** `parent.key ? parent.key + ' ' + word : word`: the key the scanner would have built. */
  readonly key: string;
  readonly answer: KeyAnswer;
  next: Map<string, KeyNode> | null;
  /** foldHits(key), once asked. */
  fold: Hits | null;
  /** foldKey(key), once asked. */
  folded: string | null;
}


function emptyKeyNode(): KeyNode {
  return { key: '', answer: { hits: NO_HITS, prefix: true }, next: null, fold: null, folded: null };
}

export class KeyTree {
  /** The node of the empty key, where a name's first word steps from. */
  root: KeyNode = emptyKeyNode();
  private nodes = 0;

  /** `answerOf`: the indexes' answer for a key the tree has not reached yet. */
  constructor(private readonly answerOf: (key: string) => KeyAnswer) {}

  /** Forgets every node (the gazetteer gained names, or the tree reached its bound). */
  reset(): void {
    if (!this.nodes) return;
    this.root = emptyKeyNode();
    this.nodes = 0;
  }

  /** The node of the key `node.key` extended by one normalised word. Nodes are remembered
   *  (bounded like the other answers): the next text that names the place steps through them. */
  step(node: KeyNode, word: string): KeyNode {
    let child = node.next?.get(word);
    if (child === undefined) {
      // The caller's node may belong to the forgotten tree; this answer is still right, and the
      // caller's next step starts the new tree's branch again from its own key.
      if (this.nodes >= MAX_REMEMBERED) this.reset();
      const key = node.key ? `${node.key} ${word}` : word;
      child = { key, answer: this.answerOf(key), next: null, fold: null, folded: null };
      (node.next ??= new Map()).set(word, child);
      this.nodes++;
    }
    return child;
  }
}
