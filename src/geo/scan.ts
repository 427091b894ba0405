// Finds spans of text that name a gazetteer place: token n-grams (up to the longest indexed
// name) looked up in the exact index, extended only while some name starts that way, with the
// transliteration fold as a fallback for capitalised words. Context cues are kept with each
// span: the word before ("in", "near", "village of") and after ("district", "province").

import { normName } from './normalize.ts';
import { countryByName } from './countries.ts';
import { newspaperName } from './press.ts';
import { tokenize, type Token } from './tokens.ts';
import { hasStop, isHyphen, onlySpaces, onlyWhitespace, spaces } from './gaps.ts';
import type { KeyNode, MemoryGazetteer } from './memory-gazetteer.ts';
import { ARTICLES, CONNECTORS, KINDS_AFTER, makeSpan, type Span } from './span.ts';
import { dropOverlaps } from './overlaps.ts';
import { remember } from './bounded-memo.ts';

// Spans and the context words are read in span.ts; these re-exports keep the scanner's one entry.
export { KINDS_AFTER, spanWith, type Span } from './span.ts';

/** normName of each word, built by a loop so every caller hands scanPlaces one array kind
 *  (H4's speed hint 3: a map() result here and a loop-built array there deoptimised the scan). */
export function normsOf(words: Token[]): string[] {
  const out: string[] = [];
  for (const t of words) out.push(normName(t.text));
  return out;
}

/** Any upper-case letter. A module constant, not a literal in scanPlaces: under tsx (esbuild) a
 *  regex literal with a \p{...} escape is compiled to `new RegExp(...)`, built again on every call. */
const UPPER = /\p{Lu}/u;

/** `words` and `norms` (normName of each word's text): when the caller has them already
 *  (neither is changed). */
export function scanPlaces(text: string, gz: MemoryGazetteer, words: Token[] = tokenize(text), norms: string[] = normsOf(words)): Span[] {
  // A text written all in lower case ("clashes in southern tripoli") gives no capitals to go by.
  const toks = UPPER.test(text) ? words : words.map((t) => ({ start: t.start, end: t.end, text: t.text, cap: true }));
  const found: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    // A lower-case article starts a name only when written onto it ("al-Bayda", "as-Sukhnah");
    // "at Dhaka" and "as Tripoli" are English.
    const isArticle = ARTICLES.has(norms[i]!) && (first.cap || norms[i] === 'al' || norms[i] === 'el' || text[first.end] === '-');
    if (!first.cap && !isArticle) continue;
    // The key so far, as a node of the gazetteer's key tree: each word steps one node further.
    let node = gz.rootKey();
    let best: { j: number; node: KeyNode } | null = null;
    for (let j = i; j < toks.length && j < i + gz.maxTokens + 3; j++) {
      const t = toks[j]!;
      const part = norms[j]!;
      // Lower-case words continue a name only as connectors ("Qasr bin Ghashir") or as its
      // generic last word when the gazetteer has such a name ("Mitiga airport").
      const generic = KINDS_AFTER.has(part);
      // The key with this word, asked only when a lower-case word might go on with the name
      // (after a skipped leading article the key is '' and ' word' names nothing).
      const ahead = j > i && !t.cap && (first.cap || isHyphen(text, toks[j - 1]!.end, t.start)) ? (node.key ? gz.step(node, part).answer : gz.lookupKey(` ${part}`)) : null;
      // A lower-case word may also finish a name the gazetteer knows whole ("Bani walid").
      const known = ahead !== null && first.cap && ahead.hits.ids.length > 0;
      // A lower-case piece hyphenated onto the name continues it ("Deir-ez-Zor", "Dar-es-Salaam"):
      // the prefix index stops it as soon as no name goes on that way.
      // So does one hyphenated onto the capital after it ("Deir ez-Zor", "Dar es-Salaam", "Tell
      // er-Rumeida"): a particle of the name, whatever its spelling.
      const joined = ahead !== null && ahead.prefix && (isHyphen(text, toks[j - 1]!.end, t.start) || hyphenCapital(text, toks, j));
      if (j > i && !t.cap && !CONNECTORS.has(part) && !generic && !known && !joined) break;
      if (j > i && hasStop(text, toks[j - 1]!.end, t.start)) break;
      // The index drops Arabic articles, so "al Aziziya" is looked up as "aziziya".
      if (ARTICLES.has(part) && j + 1 < toks.length) continue;
      node = j === i ? ownPossessive(text, gz, t, part) ?? gz.step(node, part) : gz.step(node, part);
      const answer = node.answer;
      if ((t.cap || (j > i && (generic || known))) && answer.hits.ids.length) best = { j, node };
      // "Petion-Ville" for the gazetteer's "Petionville": two capitals hyphenated that name
      // nothing as two words may name a place written as one.
      if (j === i && t.cap && hyphenCapital(text, toks, i) && !gz.step(node, norms[i + 1]!).answer.hits.ids.length) {
        const whole = gz.step(gz.rootKey(), part + norms[i + 1]!);
        if (whole.answer.hits.ids.length) best = { j: i + 1, node: whole };
      }
      if (!answer.prefix) break;
    }
    let fold = false;
    // No exact name, or an exact one that stops inside a run of capitalised words ("Ein" of "Ein
    // Issa", "Kafr" of "Kafr Noran"): a longer name through the transliteration fold wins.
    const runGoesOn = best !== null && best.j === i && best.j + 1 < toks.length && toks[best.j + 1]!.cap && onlySpaces(text, toks[best.j]!.end, toks[best.j + 1]!.start);
    if ((!best || runGoesOn) && first.cap) {
      const hit = foldLookup(text, toks, norms, i, gz);
      if (hit && (!best || hit.j > best.j)) {
        best = hit;
        fold = true;
      }
    }
    if (!best) continue;
    // "the San Francisco Chronicle reported": a source, not a place; its words are no places either.
    if (newspaperName(text, toks, i, best.j)) {
      i = best.j + 1;
      continue;
    }
    const hits = fold ? gz.foldHitsAt(best.node) : best.node.answer.hits;
    found.push(makeSpan(text, toks, norms, i, best.j, best.node.key, gz.foldedKeyAt(best.node), hits, fold));
  }
  return dropOverlaps(found, text.length);
}

/** Token i is followed by a hyphen and a capitalised token. */
function hyphenCapital(text: string, toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  return !!next && next.cap && isHyphen(text, toks[i]!.end, next.start);
}

/** "Cox's Bazar": the tokenizer cuts a possessive off its word ("Sirte's"); a name the gazetteer
 *  knows with it goes on as written. The node of the word with its "s" when some name starts so
 *  and the text writes "'s " right after the word; else null. */
function ownPossessive(text: string, gz: MemoryGazetteer, t: Token, part: string): KeyNode | null {
  if (!t.cap || !isPossessive(text, t.end)) return null;
  const node = gz.step(gz.rootKey(), `${part}s`);
  return node.answer.prefix ? node : null;
}

function isPossessive(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(at + 1) === 0x73 && text.charCodeAt(at + 2) === 0x20;
}

/** Transliteration-fold lookup of up to three capitalised words (articles skipped), longest first. */
function foldLookup(text: string, toks: Token[], norms: string[], i: number, gz: MemoryGazetteer): { j: number; node: KeyNode } | null {
  const parts: Array<{ j: number; node: KeyNode }> = [];
  let node = gz.rootKey();
  for (let j = i; j < toks.length && parts.length < 3; j++) {
    if (ARTICLES.has(norms[j]!)) continue;
    // "Bassa LGA": a kind word in capitals ends the name; it is no part of a folded one ("Baselga").
    if (!toks[j]!.cap || (j > i && (!onlyWhitespace(text, toks[j - 1]!.end, toks[j]!.start) || KINDS_AFTER.has(norms[j]!)))) break;
    node = gz.step(node, norms[j]!);
    parts.push({ j, node });
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    const key = p.node.key;
    if (key.length - spaces(key) < 5) break;
    // A country name or demonym ("Saudi" in "Saudi-led") is a known word: never fold it into a
    // village (asked second: most keys have no fold match).
    if (gz.hasFoldAt(p.node) && !isCountryWord(key)) return p;
  }
  return null;
}

// countryByName of the keys foldLookup tries, remembered (bounded): a multi-word key is split and
// normalised again on every call, and the same capitalised words come back text after text.
const countryWords = new Map<string, boolean>();
export function isCountryWord(key: string): boolean {
  let known = countryWords.get(key);
  if (known === undefined) {
    known = countryByName(key) !== null;
    remember(countryWords, key, known);
  }
  return known;
}

