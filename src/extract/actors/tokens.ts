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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const norm = normWord(m[0]);
    const first = m[0][0];
    out.push({ norm, stem: stemWord(norm), start: m.index, end: m.index + m[0].length, upper: first !== first.toLowerCase() });
  }
  return out;
}

/** Tokens of a dictionary phrase, in the given key. */
export function phraseKeys(phrase: string, key: 'norm' | 'stem'): string[] {
  return tokenize(phrase).map((t) => t[key]);
}
