// Name normalisation shared by the gazetteer index and the text scanner. Two levels:
// `normName` is what a careful reader treats as "the same spelling" (case, diacritics,
// apostrophes, hyphens, the Arabic article), `foldName` additionally folds common
// transliteration variants so "Ouagadougou"/"Wagadugu" or "Qasr"/"Kasr" meet in one key.

import { remember } from './bounded-memo.ts';

// Arabic definite article and its assimilated forms written as a prefix: al-, el-, ad-, ash-, ...
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh', 'ul']);
const ARTICLE = new RegExp(`(^| )(?:${[...ARTICLE_WORDS].join('|')}) (?=\\S)`, 'g');

// One table lookup per character instead of Unicode decomposition per name (loading indexes
// about a million names): lower case, base letter without diacritics, '' for apostrophes and
// combining marks, ' ' for separators. Built once from the same NFD rule for Latin ranges.
const CHAR = new Map<number, string>();
const MARKS = /\p{M}+/gu;
function setRange(from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    CHAR.set(c, ch.toLowerCase().normalize('NFD').replace(MARKS, ''));
  }
}
setRange(0x41, 0x5a);
setRange(0xc0, 0x24f);
setRange(0x1e00, 0x1eff);
for (const [ch, to] of Object.entries({ ß: 'ss', ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', ħ: 'h', Ħ: 'h' })) CHAR.set(ch.charCodeAt(0), to);
for (const ch of "'’‘`´ʼʻʿʾ") CHAR.set(ch.charCodeAt(0), '');
for (let c = 0x300; c <= 0x36f; c++) CHAR.set(c, '');
for (const ch of '-‐‑–—_.,/()&') CHAR.set(ch.charCodeAt(0), ' ');
for (let c = 0; c < 0x3100; c++) if (/\s/.test(String.fromCharCode(c))) CHAR.set(c, ' ');
for (let c = 0x64b; c <= 0x65f; c++) CHAR.set(c, ''); // Arabic vowel marks

/** Lower case, no diacritics, no apostrophes, single spaces, Arabic article removed. */
export function normName(s: string): string {
  // Most calls get one word of ASCII letters and digits: its key is the word in lower case
  // (no separator, so no article either), without building it character by character.
  let upper = false;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else break;
  }
  if (i === s.length) return upper ? s.toLowerCase() : s;
  // The others (names of several words, with diacritics or punctuation) recur across a batch's
  // texts and the gazetteer's names the vote reads (ACLED pass with GeoNames: 34,919 calls,
  // 11,001 distinct): remembered, like folds, instead of rebuilt character by character.
  let key = byChar.get(s);
  if (key === undefined) {
    key = normNameByChar(s);
    remember(byChar, s, key);
  }
  return key;
}

const byChar = new Map<string, string>();

/** The general path (any script, separators, articles); exported for the test that checks the
 *  one-word path above against it. */
export function normNameByChar(s: string): string {
  let out = '';
  let space = true; // no leading space
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const mapped = c < 0x80 && (c >= 0x61 && c <= 0x7a || c >= 0x30 && c <= 0x39) ? null : CHAR.get(c);
    const piece = mapped === undefined ? s[i]!.toLowerCase() : mapped === null ? s[i]! : mapped;
    if (piece === ' ') {
      if (!space) out += ' ';
      space = true;
    } else if (piece) {
      out += piece;
      space = false;
    }
  }
  if (space && out.endsWith(' ')) out = out.slice(0, -1);
  // The hint needs a space after the article, so one word (most calls) skips it.
  // Twice, so both articles in "al-Qasr al-Akhdar" go (the matches would overlap).
  if (out.indexOf(' ') >= 0 && ARTICLE_HINT.test(out)) out = out.replace(ARTICLE, '$1').replace(ARTICLE, '$1');
  return out;
}

const ARTICLE_HINT = /(?:^| )(?:a[dlnrstz]|ash|ath|adh|el|ul) /;

// Transliteration families folded to one spelling. At each position the first rule that
// matches wins ("sch" before "sh", "ou" before "o"), and what a rule wrote is not read again.
// `next`: the characters that must follow (or the end of the key) for the rule to apply.
interface FoldRule {
  from: string;
  to: string;
  next?: string;
}
const FOLD_RULES: readonly FoldRule[] = [
  { from: ' ben ', to: ' bin ' },
  { from: 'sch', to: 's' },
  { from: 'ou', to: 'u' },
  // "Rajouri"/"Rajauri", "Naushera"/"Nowshera": au, ou and ow write one vowel.
  { from: 'au', to: 'u' },
  { from: 'oo', to: 'u' },
  { from: 'dj', to: 'j' },
  { from: 'kh', to: 'h' },
  { from: 'gh', to: 'g' },
  { from: 'sh', to: 's' },
  { from: 'ch', to: 's' },
  { from: 'th', to: 't' },
  { from: 'dh', to: 't' },
  { from: 'zh', to: 'j' },
  { from: 'ph', to: 'f' },
  { from: 'ck', to: 'k' },
  { from: 'q', to: 'k' },
  { from: 'c', to: 'k', next: 'aou ' },
  { from: 'w', to: 'u' },
  { from: 'y', to: 'a' },
  { from: 'e', to: 'a' },
  { from: 'i', to: 'a' },
  { from: 'o', to: 'u' },
];

/** The rules by the code of their first character (all ASCII), in rule order: a scan tries only those. */
const RULES_AT: Array<FoldRule[] | undefined> = new Array(128);
for (const r of FOLD_RULES) (RULES_AT[r.from.charCodeAt(0)] ??= []).push(r);

/** A looser key over a normName key: transliteration variants, doubled letters, trailing h,
 *  word breaks and then inner vowels folded away (a consonant skeleton), so "Qasr Ben Ghashir"
 *  and "Kasr bin Gashir", "Tal Tamer" and "Tall Tamr", "Misrata" and "Misurata" meet. Loose on
 *  purpose: callers use it only after an exact miss, for long names, inside the document's country. */
export function foldKey(norm: string): string {
  // Two scans instead of a chain of regex replaces (every span and fold lookup folds a key, and
  // the chain was a hot spot of extraction); foldKeyByRegex below is the chain, and test/geo
  // checks that the two agree. The names of a batch's texts recur (the same towns, the same
  // capitalised words), so folds are remembered: building a key character by character
  // allocated ~24 MB per ACLED pass.
  let folded = folds.get(norm);
  if (folded === undefined) {
    folded = foldKeyDirect(norm);
    remember(folds, norm, folded);
  }
  return folded;
}

/** foldKey without the memory, for keys folded once (building an index of a million names). */
export function foldKeyDirect(norm: string): string {
  return squeeze(foldPairs(norm));
}

const folds = new Map<string, string>();

/** FOLD_RULES applied left to right. */
function foldPairs(s: string): string {
  let out = '';
  const n = s.length;
  next: for (let i = 0; i < n; ) {
    // Only ASCII codes index the table: reading past its end deoptimised foldPairs on the first
    // non-ASCII key of a pass.
    const code = s.charCodeAt(i);
    const rules = code < 128 ? RULES_AT[code] : undefined;
    if (rules) {
      for (const r of rules) {
        const end = i + r.from.length;
        if ((r.from.length === 1 || s.startsWith(r.from, i)) && (!r.next || end === n || r.next.includes(s[end]!))) {
          out += r.to;
          i = end;
          continue next;
        }
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

/** Runs of one character to one (not line breaks, which `.` does not match), then "h" before a
 *  space or the end dropped, then spaces dropped. */
function squeeze(s: string): string {
  let out = '';
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let k = i + 1;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) while (k < n && s.charCodeAt(k) === c) k++;
    else {
      out += s[i];
      i++;
      continue;
    }
    // after collapsing, the next character is s[k]
    if (c === 0x20 || (c === 0x68 && (k === n || s.charCodeAt(k) === 0x20))) { i = k; continue; }
    out += s[i];
    i = k;
  }
  return out;
}

/** The same fold as a chain of regex replaces, built from FOLD_RULES: the test compares the two. */
const FOLD_RE = new RegExp(FOLD_RULES.map((r) => (r.next ? `${r.from}(?=[${r.next}]|$)` : r.from)).join('|'), 'g');
const FOLD_TO = new Map(FOLD_RULES.map((r) => [r.from, r.to]));

export function foldKeyByRegex(norm: string): string {
  return norm
    .replace(FOLD_RE, (m) => FOLD_TO.get(m)!)
    .replace(/(.)\1+/g, '$1')
    .replace(/h(?= |$)/g, '')
    .replace(/ /g, '');
}

export function foldName(s: string): string {
  return foldKey(normName(s));
}
