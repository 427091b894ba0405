// Word tokens with document offsets, shared by the actor and cue matchers.
// Each token carries two keys: `norm` (lower-case, accents removed) for names, where
// "Hamas" must not match "Hama", and `stem` (light suffix stripping) for cue words,
// where "attacked", "attacks" and "attacking" are the same cue.

import { firstStartingFrom } from '../../core/sorted.ts';

export interface Token {
  norm: string;
  stem: string;
  start: number;
  end: number;
  /** First letter is upper case in the text (names, sentence starts). */
  upper: boolean;
  /** The word's shared record (every token of the same word has the same one). */
  word: WordKeys;
}

/** A word's keys, computed once per word (see keysAt). Phrase indexes also remember here where
 *  the word leads from their root (PhraseIndex.firstStep): one property read per token instead of
 *  a lookup in a Map of every phrase's first word. */
export interface WordKeys {
  /** The word as written. */
  text: string;
  norm: string;
  stem: string;
  /** Per phrase index (by its slot): the root's child for this word, null for none. */
  steps: unknown[];
  /** The phrase indexes' edit count when `steps` was filled (an added phrase voids it). */
  stepsOf: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const MARKS = /\p{M}/gu;

/** Lower-case, strip accents and fold typographic apostrophes. */
export function normWord(w: string): string {
  let s = w.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').replace(/’/g, "'");
  return s;
}

const KEEP_DOUBLE = new Set(['ll', 'ss', 'zz', 'ff']);
const NOT_INFLECTED = new Set(['according', 'during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything']);

/** Cheap English suffix stripping: enough to fold inflections of cue verbs and nouns. */
export function stemWord(norm: string): string {
  let s = norm;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) return s.slice(0, -3) + 'y';
  if (/(sh|ch|x|ss)es$/.test(s)) return s.slice(0, -2);
  if (s.endsWith('ing') && s.length > 5) {
    // "according" is no form of "accord" (an agreement cue), nor "during" of "dur".
    if (NOT_INFLECTED.has(s)) return s;
    s = s.slice(0, -3);
  }
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) return s.slice(0, -1);
  else return s;
  const last2 = s.slice(-2);
  if (last2[0] === last2[1] && !KEEP_DOUBLE.has(last2) && /[bcdfgklmnprtvz]/.test(last2[0])) s = s.slice(0, -1);
  return s;
}

const LETTER = /[\p{L}\p{N}]/u;
/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));
const isWordChar = (text: string, i: number, c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && LETTER.test(text[i]));

// Words repeat across notes, so their keys are memoised. The memo is an open-addressing table
// hashed on the word's characters as the scanner reads them: a known word is found by comparing
// it in place (text.startsWith at its offset), without cutting it out of the text first. A slot
// holds the word's record itself (its text inside) and, in a typed array, the word's full hash,
// so a probe reads one table entry and one record, and skips other words without reading them.
const BITS = 15;
const SIZE = 1 << BITS;
let table: Array<WordKeys | undefined> = new Array(SIZE);
let hashes = new Int32Array(SIZE);
let filled = 0;

function keysAt(text: string, start: number, end: number, hash: number): WordKeys {
  const len = end - start;
  for (let slot = hash & (SIZE - 1); ; slot = (slot + 1) & (SIZE - 1)) {
    const k = table[slot];
    if (k === undefined) break;
    if (hashes[slot] === hash && k.text.length === len && text.startsWith(k.text, start)) return k;
  }
  if (filled > SIZE / 2) {
    table = new Array(SIZE);
    hashes = new Int32Array(SIZE);
    filled = 0;
  }
  const word = text.slice(start, end);
  const norm = normWord(word);
  const k: WordKeys = { text: word, norm, stem: stemWord(norm), steps: [], stepsOf: -1 };
  let slot = hash & (SIZE - 1);
  while (table[slot] !== undefined) slot = (slot + 1) & (SIZE - 1);
  table[slot] = k;
  hashes[slot] = hash;
  filled++;
  return k;
}


let last: { text: string; tokens: Token[] } | null = null;
/** The text cached before `last`: classify reads the actor named after "against the" in a slice
 *  of the document between reads of the document itself, which would otherwise be scanned again. */
let previous: { text: string; tokens: Token[] } | null = null;

/** Word tokens of text[from, to). A word may contain inner apostrophes ("People's"). The whole
 *  text's tokens are cached and sliced: the actor and cue stages read the same document. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (!last || last.text !== text) {
    const cached = previous && previous.text === text ? previous : { text, tokens: scan(text) };
    previous = last;
    last = cached;
  }
  const all = last.tokens;
  if (from === 0 && to >= text.length) return all;
  const lo = firstStartingFrom(all, from);
  let end = lo;
  while (end < all.length && all[end].end <= to) end++;
  return all.slice(lo, end);
}

/** An apostrophe at i followed by a letter. A separate function: the rare branch stays out of
 *  scan's optimised code (speed hint: scan was recompiled when it first ran). */
function innerApostrophe(text: string, i: number, to: number): boolean {
  return i + 1 < to && isWordChar(text, i + 1, text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) > 57;
}

function scan(text: string): Token[] {
  const out: Token[] = [];
  const to = text.length;
  let i = 0;
  // The ASCII test is written out here rather than calling isWordChar: batch extraction runs
  // without TurboFan inlining (batch-tiering.ts), so a call per character is a real call.
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !LETTER.test(text[i])) { i++; continue; }
    const start = i;
    let hash = 0;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 128 ? ASCII_WORD[d] === 1 : LETTER.test(text[i])) { hash = (Math.imul(hash, 31) + d) | 0; i++; continue; }
      // Inner apostrophe followed by a letter stays in the word.
      if ((d === 39 || d === 0x2019) && innerApostrophe(text, i, to)) { hash = (Math.imul(hash, 31) + d) | 0; i++; continue; }
      break;
    }
    const word = keysAt(text, start, i, hash ^ (hash >>> BITS));
    // A capital first letter: ASCII by code, other scripts by case mapping.
    const upper = (c >= 65 && c <= 90) || (c > 127 && text[start] !== text[start].toLowerCase());
    out.push({ norm: word.norm, stem: word.stem, start, end: i, upper, word });
  }
  return out;
}

/** Tokens of a dictionary phrase, in the given key. */
export function phraseKeys(phrase: string, key: 'norm' | 'stem'): string[] {
  // One plain loop per key, not .map((t) => t[key]) (a computed read that deopts; speed hint).
  const keys: string[] = [];
  const tokens = tokenize(phrase);
  if (key === 'norm') for (let i = 0; i < tokens.length; i++) keys.push(tokens[i].norm);
  else for (let i = 0; i < tokens.length; i++) keys.push(tokens[i].stem);
  return keys;
}
