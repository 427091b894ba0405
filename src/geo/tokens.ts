// Word tokens with their offsets. Hyphens and slashes separate tokens ("Tripoli-Ain Zara" is
// three tokens) so the scanner can find a place inside a "City-District" compound; apostrophes
// stay inside a token ("Ma'arrat", "Sana'a").

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter, or with a letter of a script that has no case (Arabic). */
  cap: boolean;
}

/** What a token is: a letter or digit, then letters, marks, digits and apostrophes. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
const STARTS = /^[\p{L}\p{N}]$/u;
const GOES_ON = /^[\p{L}\p{M}\p{N}'’]$/u;

/** A character's part in WORD: 1 starts (and continues) a word, 2 only continues one, 0 neither.
 *  ASCII by table; other code points classed by WORD's own classes once and remembered. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = STARTS.test(String.fromCharCode(c)) ? 1 : GOES_ON.test(String.fromCharCode(c)) ? 2 : 0;
const wideClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let k = wideClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = STARTS.test(ch) ? 1 : GOES_ON.test(ch) ? 2 : 0;
    wideClass.set(cp, k);
  }
  return k;
}

/** The tokens WORD matches, found by a scan over character codes: the regex allocated a match
 *  array per word (~24 MB per ACLED pass); tokenizeByRegex is the definition, and test/geo
 *  checks that the two agree. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const first = c < 128 ? ASCII_CLASS[c]! : classOf(text.codePointAt(i)!);
    if (first !== 1) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1; // a code point that starts a word is no lone surrogate
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (ASCII_CLASS[d] === 0) break;
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (classOf(cp) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
    pushWord(out, text, start, i);
  }
  return out;
}

/** The same tokens by WORD's matches (the definition the test compares tokenize with). */
export function tokenizeByRegex(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) pushWord(out, text, m.index, m.index + m[0].length);
  return out;
}

function pushWord(out: Token[], text: string, start: number, end: number): void {
  // A trailing possessive/quote is punctuation, not part of the name ("Sirte's").
  while (end - start > 1 && isApostrophe(text.charCodeAt(end - 1))) end--;
  if (end - start > 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
  const word = text.slice(start, end);
  out.push({ start, end, text: word, cap: startsCapital(word) });
}

function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** ' or ’ */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Letters, and lower-case letters: module constants, since under tsx (esbuild) a regex literal with
 *  a \p{...} escape inside a function is compiled to `new RegExp(...)`, built again on every call. */
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** The one-letter noun-class prefixes written onto a capital in Nguni names ("eThekwini",
 *  "iLembe", "uMgungundlovu", "oThongathi"), not any lower-case letter ("mRNA", "xRays"); "iPhone"
 *  still passes and is left to the gazetteer lookup, which has no such place. */
const BANTU_PREFIX = new Set([0x65, 0x69, 0x6f, 0x75]); // e i o u

/** A capital first letter, or a letter of a script without case. ASCII (most words) by code.
 *  Zulu and Xhosa names write a lower-case prefix onto the capital ("eThekwini", "iLembe"). */
function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (word.length > 3 && isAsciiCapital(word.charCodeAt(1)) && BANTU_PREFIX.has(code));
  const c = word[0]!;
  const upper = c.toUpperCase();
  return c === upper && (c !== c.toLowerCase() || LETTER.test(c) && !LOWER.test(c));
}
