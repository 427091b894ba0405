// Cue phrases (data/cues.json) compiled into one stemmed phrase index; finding the cues of
// an event is a single pass over its tokens.

import { readFileSync } from 'node:fs';
import { PhraseIndex } from '../actors/phrase-index.ts';
import { tokenize, type Token } from '../actors/tokens.ts';

export interface CueGroup {
  name: string;
  signal: string;
  phrases: string[];
  /** Signals this group's phrases override where they start ("exchange rate" is no exchange of fire). */
  cancels?: string[];
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
/** Signals of nouns (who, where, which weapon): a capitalised one-word hit of these still counts
 *  ("Police", "Grad Missiles"); of acts it is a name ("Tyre", "Battle Creek"). */
const NOUN_SIGNALS = new Set(['civilian', 'civilianPlace', 'armedTarget', 'shell', 'air', 'ied', 'blast', 'grenade', 'heavyMG', 'smallArms', 'chemical', 'suicide']);
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

/** Reads data/cues.json into the cue phrase index (once; later calls return it). */
export function loadCueIndex(): PhraseIndex<CueGroup[]> {
  return cueIndex();
}

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

/** A sentence end (. ! ? ;) in text[from, to). A character loop, not a regex on a slice: it runs
 *  for a few gaps between words before every cue hit (speed: no string and no regex call per gap). */
function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59) return true;
  }
  return false;
}

/** "a patrol ran over a landmine", "the truck drove over a mine": "over" after a verb of motion
 *  is where the vehicle went, not what a protest was over. */
const MOTION = new Set(['ran', 'run', 'drove', 'driv', 'driven', 'roll', 'pass']);

/** One of `words` within `window` tokens before token `first`, in the same sentence. */
function guardedBy(text: string, tokens: Token[], first: number, window: number, words: Set<string>): boolean {
  for (let k = first - 1; k >= Math.max(0, first - window); k--) {
    if (sentenceEndIn(text, tokens[k].end, tokens[k + 1].start)) return false;
    if (words.has(tokens[k].stem)) return !(tokens[k].norm === 'over' && k > 0 && MOTION.has(tokens[k - 1].stem));
  }
  return false;
}

function isNegated(text: string, tokens: Token[], first: number): boolean {
  return guardedBy(text, tokens, first, guard!.negationWindow, guard!.negationWords);
}

/** Extend `until` (signal -> last cancelled token) by the cancelling phrases among `all`: a phrase
 *  with `cancels` overrides those cues on every word it covers ("exchange rate", "warning shots").
 *  The map is made on the first cancelling phrase (most spans have none); returns it. */
function addCancels(all: Array<{ last: number; value: CueGroup[] }>, until: Map<string, number> | null): Map<string, number> | null {
  for (const hit of all) {
    for (const g of hit.value) if (g.cancels) for (const c of g.cancels) (until ??= new Map()).set(c, Math.max(until.get(c) ?? -1, hit.last));
  }
  return until;
}

function sentenceInitial(text: string, tokens: Token[], i: number): boolean {
  return i === 0 || /[.!?:;\n"“(\[]\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/** "IED", "IEDs", "UAV": two capitals or more. */
function isAcronym(text: string, t: Token): boolean {
  let caps = 0;
  for (let k = t.start; k < t.end && caps < 2; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) caps++;
  }
  return caps >= 2;
}

/** Move the hits of `signal` that `pred` picks to signal `to`, keeping first/count consistent. */
export function relabelHits(s: Signals, signal: string, to: string, pred: (h: CueHit) => boolean): void {
  // Most spans have no hit of the signal: then there is nothing to copy.
  let some = false;
  for (let i = 0; i < s.hits.length && !some; i++) some = s.hits[i].signal === signal;
  if (!some) return;
  // Index loops into `[]` arrays, not map() and filter(): their results differ in V8's internal
  // array kind from the arrays findSignals fills, and relabelHits' optimised code was thrown away
  // when the other kind reached it. The moved hit is written out as findSignals writes its hits
  // (a spread, { ...h, signal }, makes an object of another internal shape).
  let moved = false;
  const hits: Signals['hits'] = [];
  for (let i = 0; i < s.hits.length; i++) {
    const h = s.hits[i];
    if (h.signal === signal && pred(h)) {
      moved = true;
      hits.push({ group: h.group, start: h.start, end: h.end, text: h.text, signal: to });
    } else hits.push(h);
  }
  s.hits = hits;
  if (!moved) return;
  recount(s, signal);
  recount(s, to);
}

/** first/count of one signal, from the hits. */
function recount(s: Signals, signal: string): void {
  let first: CueHit | null = null;
  let n = 0;
  for (let i = 0; i < s.hits.length; i++) {
    if (s.hits[i].signal !== signal) continue;
    first ??= s.hits[i];
    n++;
  }
  if (first) s.first.set(signal, first);
  else s.first.delete(signal);
  s.count.set(signal, n);
}

/** Add the hits of `signals` found in `more` (later text of the same event) to `s`. */
export function mergeSignals(s: Signals, more: Signals, signals: ReadonlySet<string>): void {
  for (const h of more.hits) {
    if (!signals.has(h.signal)) continue;
    if (!s.first.has(h.signal)) s.first.set(h.signal, h);
    s.count.set(h.signal, (s.count.get(h.signal) ?? 0) + 1);
    s.hits.push(h);
  }
}

const OWNED_BY = /^-(?:controlled|held|run|backed|led|linked|affiliated|aligned|allied|owned|operated|supported|dominated|occupied)\b/i;

export function findSignals(text: string, span: { start: number; end: number }): Signals {
  const tokens = tokenize(text, span.start, span.end);
  const first = new Map<string, CueHit>();
  const count = new Map<string, number>();
  const hits: Signals['hits'] = [];
  let cancelUntil: Map<string, number> | null = null;
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
    // The groups counted at this position: a few at most, so a list (made when one is counted).
    let seen: CueGroup[] | null = null;
    cancelUntil = addCancels(all, cancelUntil);
    // "Tyre", "Battle Creek": a one-word act cue written with a capital inside a sentence is a name.
    const named = tokens[i].upper && !sentenceInitial(text, tokens, i) && !isAcronym(text, tokens[i]);
    for (const hit of all) {
      const start = tokens[hit.first].start;
      const end = tokens[hit.last].end;
      const oneWord = hit.first === hit.last;
      // "Rebel-controlled news agency", "army-backed militia": an armed word made an adjective
      // names whose the thing is, not who was targeted.
      // (end < text.length: a read past the end deoptimised findSignals when a cue ended a text.)
      const adjective = end < text.length && text.charCodeAt(end) === 45 && OWNED_BY.test(text.slice(end, end + 16));
      for (const g of hit.value) {
        // The signal compared first: it runs for every hit, so V8 has seen the comparison before
        // it optimises findSignals (the first adjective otherwise threw that code away).
        if (g.signal === 'armedTarget' && adjective) continue;
        if (seen?.includes(g) || (topic && guard!.signals.has(g.signal)) || (nominal && guard!.nominalSignals.has(g.signal))) continue;
        if ((cancelUntil?.get(g.signal) ?? -1) >= i || (named && oneWord && !NOUN_SIGNALS.has(g.signal))) continue;
        if (negated && !guard!.notNegated.has(g.signal)) continue;
        (seen ??= []).push(g);
        const cue = { group: g.name, start, end, text: text.slice(start, end), signal: g.signal };
        if (!first.has(g.signal)) first.set(g.signal, cue);
        count.set(g.signal, (count.get(g.signal) ?? 0) + 1);
        hits.push(cue);
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
