// Word tokens with document offsets, shared by the actor and cue matchers.
// Each token carries two keys: `norm` (lower-case, accents removed) for names, where
// "Hamas" must not match "Hama", and `stem` (light suffix stripping) for cue words,
// where "attacked", "attacks" and "attacking" are the same cue.

export interface Token {
  norm: string;
  stem: string;
  start: number;
  end: number;
  /** First letter is upper case in the text (names, sentence starts). */
  upper: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, strip accents and fold typographic apostrophes. */
export function normWord(w: string): string {
  let s = w.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  return s;
}

const KEEP_DOUBLE = new Set(['ll', 'ss', 'zz', 'ff']);

/** Cheap English suffix stripping: enough to fold inflections of cue verbs and nouns. */
export function stemWord(norm: string): string {
  let s = norm;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) return s.slice(0, -3) + 'y';
  if (/(sh|ch|x|ss)es$/.test(s)) return s.slice(0, -2);
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) return s.slice(0, -1);
  else return s;
  const last2 = s.slice(-2);
  if (last2[0] === last2[1] && !KEEP_DOUBLE.has(last2) && /[bcdfgklmnprtvz]/.test(last2[0])) s = s.slice(0, -1);
  return s;
}

const LETTER = /[\p{L}\p{N}]/u;
const isWordChar = (c: number, ch: string) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && LETTER.test(ch));

// Words repeat across notes, so their keys are memoised (bounded to keep memory flat).
const memo = new Map<string, [string, string]>();
function keysOf(word: string): [string, string] {
  let k = memo.get(word);
  if (!k) {
    const norm = normWord(word);
    k = [norm, stemWord(norm)];
    if (memo.size > 200_000) memo.clear();
    memo.set(word, k);
  }
  return k;
}

let last: { text: string; tokens: Token[] } | null = null;

/** Word tokens of text[from, to). A word may contain inner apostrophes ("People's"). The whole
 *  text's tokens are cached and sliced: the actor and cue stages read the same document. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (!last || last.text !== text) last = { text, tokens: scan(text) };
  const all = last.tokens;
  if (from === 0 && to >= text.length) return all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end].end <= to) end++;
  return all.slice(lo, end);
}

function scan(text: string): Token[] {
  const out: Token[] = [];
  const to = text.length;
  let i = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text[i])) { i++; continue; }
    const start = i;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isWordChar(d, text[i])) { i++; continue; }
      // Inner apostrophe followed by a letter stays in the word.
      if ((d === 39 || d === 0x2019) && i + 1 < to && isWordChar(text.charCodeAt(i + 1), text[i + 1]) && text.charCodeAt(i + 1) > 57) { i++; continue; }
      break;
    }
    const word = text.slice(start, i);
    const [norm, stem] = keysOf(word);
    const first = word[0];
    out.push({ norm, stem, start, end: i, upper: first !== first.toLowerCase() });
  }
  return out;
}

/** Tokens of a dictionary phrase, in the given key. */
export function phraseKeys(phrase: string, key: 'norm' | 'stem'): string[] {
  return tokenize(phrase).map((t) => t[key]);
}
