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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing possessive/quote is punctuation, not part of the name ("Sirte's").
    while (word.length > 1 && (word.endsWith("'") || word.endsWith('’'))) word = word.slice(0, -1);
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 0x73 && isApostrophe(word.charCodeAt(word.length - 2))) word = word.slice(0, -2);
    out.push({ start: m.index, end: m.index + word.length, text: word, cap: startsCapital(word) });
  }
  return out;
}

/** ' or ’ */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** A capital first letter, or a letter of a script without case. ASCII (most words) by code. */
function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = word[0]!;
  const upper = c.toUpperCase();
  return c === upper && (c !== c.toLowerCase() || /\p{L}/u.test(c) && !/\p{Ll}/u.test(c));
}

