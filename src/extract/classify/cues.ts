// Cue phrases (data/cues.json) compiled into one stemmed phrase index; finding the cues of
// an event is a single pass over its tokens.

import { readFileSync } from 'node:fs';
import { PhraseIndex } from '../actors/phrase-index.ts';
import { tokenize } from '../actors/tokens.ts';

export interface CueGroup {
  name: string;
  signal: string;
  phrases: string[];
}

export interface CueHit {
  group: string;
  start: number;
  end: number;
  text: string;
}

/** First hit of every signal found in a span, plus how many hits each signal had. */
export interface Signals {
  first: Map<string, CueHit>;
  count: Map<string, number>;
  /** Every hit in text order (for rules that look at word order). */
  hits: Array<CueHit & { signal: string }>;
}

let index: PhraseIndex<CueGroup[]> | null = null;

function cueIndex(): PhraseIndex<CueGroup[]> {
  if (index) return index;
  const url = new URL('./data/cues.json', import.meta.url);
  const groups = (JSON.parse(readFileSync(url, 'utf8')) as { groups: CueGroup[] }).groups;
  // Several groups may share a phrase ("shot dead" is both an attack and lethal force).
  const byPhrase = new Map<string, { phrase: string; list: CueGroup[] }>();
  for (const g of groups) {
    for (const phrase of g.phrases) {
      const key = tokenize(phrase).map((t) => t.stem).join(' ');
      const slot = byPhrase.get(key) ?? { phrase, list: [] };
      if (!slot.list.includes(g)) slot.list.push(g);
      byPhrase.set(key, slot);
    }
  }
  index = new PhraseIndex<CueGroup[]>('stem');
  for (const { phrase, list } of byPhrase.values()) index.add(phrase, list);
  return index;
}

export function findSignals(text: string, span: { start: number; end: number }): Signals {
  const tokens = tokenize(text, span.start, span.end);
  const first = new Map<string, CueHit>();
  const count = new Map<string, number>();
  const hits: Signals['hits'] = [];
  for (const hit of cueIndex().findAll(tokens)) {
    const start = tokens[hit.first].start;
    const end = tokens[hit.last].end;
    for (const g of hit.value) {
      const cue = { group: g.name, start, end, text: text.slice(start, end) };
      if (!first.has(g.signal)) first.set(g.signal, cue);
      count.set(g.signal, (count.get(g.signal) ?? 0) + 1);
      hits.push({ ...cue, signal: g.signal });
    }
  }
  return { first, count, hits };
}
