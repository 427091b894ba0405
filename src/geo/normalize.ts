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
  let t = s.toLowerCase();
  // Plain ASCII (most names) needs no Unicode decomposition, the costliest step.
  if (!/^[\x20-\x7e]*$/.test(t)) {
    t = t.normalize('NFD').replace(/\p{M}+/gu, '');
    t = t.replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd');
  }
  t = t.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
  // Twice, so both articles in "al-Qasr al-Akhdar" go (the matches would overlap).
  if (ARTICLE_HINT.test(t)) t = t.replace(ARTICLE, '$1').replace(ARTICLE, '$1');
  return t;
}

const ARTICLE_HINT = /(?:^| )(?:a[dlnrstz]|ash|ath|adh|el|ul) /;

// Transliteration families folded to one spelling, leftmost alternative first ("ou" before "o").
const FOLD_PAIRS: Record<string, string> = {
  ou: 'u', oo: 'u', ee: 'i', dj: 'j', kh: 'h', gh: 'g', sch: 's', sh: 's', ch: 's', th: 't', dh: 't',
  zh: 'j', ph: 'f', ck: 'k', q: 'k', c: 'k', w: 'u', y: 'i', e: 'a', o: 'u', ' ben ': ' bin ',
};
const FOLD_RE = / ben |sch|ou|oo|ee|dj|kh|gh|sh|ch|th|dh|zh|ph|ck|q|c(?=[aou ]|$)|w|y|e|o/g;

/** A looser key over a normName key: transliteration variants, doubled letters, trailing h and
 *  word breaks folded away, so "Qasr Ben Ghashir" and "Kasr bin Gashir" meet. */
export function foldKey(norm: string): string {
  return norm
    .replace(FOLD_RE, (m) => FOLD_PAIRS[m]!)
    .replace(/(.)\1+/g, '$1')
    .replace(/h(?= |$)/g, '')
    .replace(/ /g, '');
}

export function foldName(s: string): string {
  return foldKey(normName(s));
}
