// Cue phrases (data/cues.json) compiled into one stemmed phrase index; finding the cues of
// an event is a single pass over its tokens.

import { readFileSync } from 'node:fs';
import { PhraseIndex } from '../actors/phrase-index.ts';
import { tokenize, type Token } from '../actors/tokens.ts';

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

interface CueData {
  groups: CueGroup[];
  labels: Record<string, string>;
  topicGuard: {
    signals: string[];
    window: number;
    words: string[];
    nominal: { signals: string[]; words: string[] };
    negation: { words: string[]; window: number; except: string[] };
  };
}

const MONTHS = new Set(['march', 'may']);
const SENTENCE_END = /[.!?;]/;
let index: PhraseIndex<CueGroup[]> | null = null;
interface Guard {
  signals: Set<string>;
  window: number;
  words: Set<string>;
  nominalSignals: Set<string>;
  nominalWords: Set<string>;
  negationWords: Set<string>;
  negationWindow: number;
  notNegated: Set<string>;
}
let guard: Guard | null = null;
let labels: Map<string, string> | null = null;

function cueIndex(): PhraseIndex<CueGroup[]> {
  if (index) return index;
  const url = new URL('./data/cues.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as CueData;
  const groups = data.groups;
  labels = new Map(Object.entries(data.labels).filter(([k]) => k !== '_about').map(([k, v]) => [k.toLowerCase(), v]));
  const g = data.topicGuard;
  const stems = (ws: string[]) => new Set(ws.map((w) => tokenize(w)[0].stem));
  guard = {
    signals: new Set(g.signals),
    window: g.window,
    words: stems(g.words),
    nominalSignals: new Set(g.nominal.signals),
    nominalWords: stems(g.nominal.words),
    negationWords: stems(g.negation.words),
    negationWindow: g.negation.window,
    notNegated: new Set(g.negation.except),
  };
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

/** "protested against the arrest of": the cue names what a protest is about, not an act. */
function isTopic(text: string, tokens: Token[], first: number): boolean {
  return guardedBy(text, tokens, first, guard!.window, guard!.words);
}

/** One of `words` within `window` tokens before token `first`, in the same sentence. */
function guardedBy(text: string, tokens: Token[], first: number, window: number, words: Set<string>): boolean {
  for (let k = first - 1; k >= Math.max(0, first - window); k--) {
    if (SENTENCE_END.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (words.has(tokens[k].stem)) return true;
  }
  return false;
}

function isNegated(text: string, tokens: Token[], first: number): boolean {
  return guardedBy(text, tokens, first, guard!.negationWindow, guard!.negationWords);
}

export function findSignals(text: string, span: { start: number; end: number }): Signals {
  const tokens = tokenize(text, span.start, span.end);
  const first = new Map<string, CueHit>();
  const count = new Map<string, number>();
  const hits: Signals['hits'] = [];
  const idx = cueIndex();
  // Every phrase at every position: groups overlap ("clashed" inside "clashed with police").
  for (let i = 0; i < tokens.length; i++) {
    // "March" and "May" are dates, not a march.
    if (tokens[i].upper && MONTHS.has(tokens[i].norm)) continue;
    const all = idx.matchesAt(tokens, i);
    if (all.length === 0) continue;
    const topic = isTopic(text, tokens, i);
    const nominal = i > 0 && guard!.nominalWords.has(tokens[i - 1].stem);
    const negated = isNegated(text, tokens, i);
    const seen = new Set<CueGroup>();
    for (const hit of all) {
      const start = tokens[hit.first].start;
      const end = tokens[hit.last].end;
      for (const g of hit.value) {
        if (seen.has(g) || (topic && guard!.signals.has(g.signal)) || (nominal && guard!.nominalSignals.has(g.signal))) continue;
        if (negated && !guard!.notNegated.has(g.signal)) continue;
        seen.add(g);
        const hit = { group: g.name, start, end, text: text.slice(start, end), signal: g.signal };
        if (!first.has(g.signal)) first.set(g.signal, hit);
        count.set(g.signal, (count.get(g.signal) ?? 0) + 1);
        hits.push(hit);
      }
    }
  }
  return { first, count, hits };
}

const LABEL = /^\s*([A-Za-z][A-Za-z /-]{2,40}):\s/;

/** The sub-event type named by a leading "Label:" of the span ("Arrests: On 3 May ..."). */
export function leadingLabel(text: string, span: { start: number; end: number }): { sub: string; start: number; end: number; text: string } | null {
  cueIndex();
  const m = LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 48)));
  const sub = m ? labels!.get(m[1].toLowerCase()) : undefined;
  if (!m || !sub) return null;
  const start = span.start + m.index + m[0].indexOf(m[1]);
  return { sub, start, end: start + m[1].length, text: m[1] };
}
