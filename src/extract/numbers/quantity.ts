// Number phrases in words or digits, with ACLED's conservative best figure and a min/max:
// "12", "1,200", "twenty-three", "two or three", "5-10", "between 300 and 1000",
// "a dozen", "dozens" (12), "hundreds" (100), "more than 100" (100, min 101), "at least 5" (5),
// "about 20", "up to 30" (best 30, min 0). Vague words come from data/number-words.json.

import words from '../data/number-words.json' with { type: 'json' };

export interface Quantity {
  best: number;
  min: number;
  max: number;
  /** Token span [first, last] the phrase covers. */
  from: number;
  to: number;
}

// Maps, not objects indexed by arbitrary words: a word read as an object key is a different
// property name each time (V8 recompiled the callers for new names) and "constructor" would hit
// Object.prototype.
const UNITS = new Map<string, number>(Object.entries(words.units));
const SCALES = new Map<string, number>(Object.entries(words.scales));
const VAGUE: Record<string, number[]> = words.vague;
const LOWER = words.qualifiers.lower_bound.map((q) => q.split(' '));
const UPPER = words.qualifiers.upper_bound.map((q) => q.split(' '));
const APPROX = words.qualifiers.approximate.map((q) => q.split(' '));
const VAGUE_KEYS = Object.keys(VAGUE)
  .map((k) => k.split(' '))
  .sort((a, b) => b.length - a.length);

function matchWords(tokens: string[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}

/** Phrases grouped by their first word, longest first, so a token is tested only against its own. */
function byFirstWord<T>(entries: Array<[string[], T]>): Map<string, Array<[string[], T]>> {
  const map = new Map<string, Array<[string[], T]>>();
  for (const e of [...entries].sort((a, b) => b[0].length - a[0].length)) {
    const list = map.get(e[0][0]) ?? [];
    list.push(e);
    map.set(e[0][0], list);
  }
  return map;
}

type Bound = 'lower' | 'upper' | 'approx';
const QUALIFIERS = byFirstWord<Bound>([
  ...LOWER.map((q): [string[], Bound] => [q, 'lower']),
  ...UPPER.map((q): [string[], Bound] => [q, 'upper']),
  ...APPROX.map((q): [string[], Bound] => [q, 'approx']),
]);
const VAGUE_BY_FIRST = byFirstWord<string>(VAGUE_KEYS.map((k) => [k, k.join(' ')]));

function phraseAt<T>(map: Map<string, Array<[string[], T]>>, tokens: string[], i: number): [string[], T] | undefined {
  const list = map.get(tokens[i]);
  return list?.find(([p]) => matchWords(tokens, i, p));
}

/** A single number at token i (digits, or words like "twenty-three", "two hundred"): [value, next index]. */
function plainNumber(tokens: string[], i: number): [number, number] | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^\d{1,3}(,\d{3})+$|^\d+$/.test(t)) {
    let v = +t.replace(/,/g, '');
    let j = i + 1;
    const scale = SCALES.get(tokens[j]);
    if (scale) {
      v *= scale;
      j++;
    }
    return [v, j];
  }
  const parts = t.split('-');
  let v = 0;
  for (const p of parts) {
    const u = UNITS.get(p);
    if (u === undefined || (parts.length > 1 && u === 0)) return null;
    v += u;
  }
  if (parts.length === 1 && (t === 'a' || t === 'an' || t === 'no' || t === 'both' || t === 'couple' || t === 'pair' || t === 'single' || t === 'lone')) {
    return [v, i + 1]; // never combined with scales ("a hundred" is handled as 1 x hundred below)
  }
  let j = i + 1;
  for (let scale = SCALES.get(tokens[j]); scale; scale = SCALES.get(tokens[j])) {
    v *= scale;
    j++;
  }
  return [v, j];
}

/** Parse the quantity phrase starting at token i, or null. Tokens must be lower-case. */
export function quantityAt(tokens: string[], i: number): Quantity | null {
  let j = i;
  let bound: Bound | null = null;
  const qualifier = phraseAt(QUALIFIERS, tokens, j);
  if (qualifier) {
    bound = qualifier[1];
    j += qualifier[0].length;
  }
  const aScale = tokens[j] === 'a' ? SCALES.get(tokens[j + 1]) : undefined;
  if (aScale) return finish({ best: aScale, min: aScale, max: aScale, from: i, to: j + 1 }, bound);
  const vagueHit = phraseAt(VAGUE_BY_FIRST, tokens, j);
  if (vagueHit) {
    const [vague, key] = vagueHit;
    const [best, min, max] = VAGUE[key];
    let to = j + vague.length - 1;
    if (tokens[to + 1] === 'of' && tokens[to + 2] === 'thousands') to += 2;
    return finish({ best, min, max, from: i, to }, bound);
  }
  // "over a dispute", "about an hour": a qualifier before an article is not a figure.
  if (bound && (tokens[j] === 'a' || tokens[j] === 'an')) return null;
  const first = plainNumber(tokens, j);
  if (!first) return null;
  let [value, next] = first;
  // Ranges: "two or three", "5-10" (tokenised as 5 - 10), "300 to 1000", "between 300 and 1000".
  const joiner = next < tokens.length ? tokens[next] : ''; // bounds checked: an out-of-range read deoptimises
  if (joiner === 'or' || joiner === 'to' || joiner === '-' || joiner === '–' || (joiner === 'and' && tokens[i - 1] === 'between')) {
    const second = plainNumber(tokens, next + 1);
    if (second && second[0] > value && (tokens[next + 1] !== 'a' && tokens[next + 1] !== 'an')) {
      // ACLED codes the lower figure of a range.
      return finish({ best: value, min: value, max: second[0], from: i, to: second[1] - 1 }, bound);
    }
  }
  return finish({ best: value, min: value, max: value, from: i, to: next - 1 }, bound);
}

function finish(q: Quantity, bound: Bound | null): Quantity {
  if (bound === 'lower') return { ...q, max: Math.max(q.max, q.best * 2) };
  if (bound === 'upper') return { ...q, min: 0 };
  return q;
}

const STARTERS = new Set<string>([
  ...UNITS.keys(),
  ...SCALES.keys(),
  ...VAGUE_KEYS.map((k) => k[0]),
  ...[...LOWER, ...UPPER, ...APPROX].map((q) => q[0]),
]);

/** Cheap test: can a quantity phrase start with this (lower-case) token? */
export function canStartQuantity(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (STARTERS.has(token)) return true;
  const dash = token.indexOf('-');
  return dash > 0 && STARTERS.has(token.slice(0, dash));
}
