// What lies between two tokens of a text, tested by character code: the scanner asks this at
// every step of every n-gram, and a regex test of a slice cut a new string out of the text for
// each (scan.ts used /[.,;:()!?]/.test(text.slice(a, b)) and the like).

/** The gap holds one of . , ; : ( ) ! ? (a name does not run across it). */
export function hasStop(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

/** The gap is exactly "-". */
export function isHyphen(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 0x2d;
}

/** The gap is one or more " ". */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** The gap is exactly `gap` (read in place: comparing a slice cut a new string per test). */
export function gapIs(text: string, from: number, to: number, gap: string): boolean {
  return to - from === gap.length && text.startsWith(gap, from);
}

const WHITESPACE = /\s/;

/** The character at k is whitespace (what /\s/ accepts). */
function isWhitespaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && WHITESPACE.test(text[k]!));
}

/** The gap is one or more whitespace characters (what /^\s+$/ accepts). */
export function onlyWhitespace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isWhitespaceAt(text, k)) return false;
  return true;
}

/** The gap is one comma with any whitespace around it (what /^\s*,\s*$/ accepts). */
export function isCommaGap(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 0x2c) commas++;
    else if (!isWhitespaceAt(text, k)) return false;
  }
  return commas === 1;
}

/** The number of " " in s. */
export function spaces(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 0x20) n++;
  return n;
}
