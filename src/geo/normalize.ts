// Name normalisation shared by the gazetteer index and the text scanner. Two levels:
// `normName` is what a careful reader treats as "the same spelling" (case, diacritics,
// apostrophes, hyphens, the Arabic article), `foldName` additionally folds common
// transliteration variants so "Ouagadougou"/"Wagadugu" or "Qasr"/"Kasr" meet in one key.

const APOSTROPHES = /['’‘`´ʼʻʿʾ]/g;
const SEPARATORS = /[\s\-‐‑–—_.,/()]+/g;
// Arabic definite article and its assimilated forms written as a prefix: al-, el-, ad-, ash-, ...
const ARTICLE = /(^| )(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ul) (?=\S)/g;

/** Lower case, no diacritics, no apostrophes, single spaces, Arabic article removed. */
export function normName(s: string): string {
  let t = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  t = t.replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd');
  t = t.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
  // Run twice so "Bir al-Ghanam" and "al-Aziziya" both lose the article (overlapping matches).
  t = t.replace(ARTICLE, '$1').replace(ARTICLE, '$1');
  return t;
}

// Ordered folds; each turns a family of romanisations into one spelling. Applied to a normName.
const FOLDS: Array<[RegExp, string]> = [
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/dj/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/sh|sch|ch/g, 's'],
  [/th|dh/g, 't'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/ck|q|c(?=[aou ]|$)/g, 'k'],
  [/w/g, 'u'],
  [/y/g, 'i'],
  [/e/g, 'a'],
  [/o/g, 'u'],
  [/(.)\1+/g, '$1'],
  [/h(?= |$)/g, ''],
  [/ /g, ''],
];

/** A looser key: transliteration variants, doubled letters and word breaks folded away. */
export function foldName(s: string): string {
  let t = normName(s);
  for (const [re, to] of FOLDS) t = t.replace(re, to);
  return t;
}
