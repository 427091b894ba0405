// Finds spans of text that name a gazetteer place: token n-grams (up to the longest indexed
// name) looked up in the exact index, extended only while some name starts that way, with the
// transliteration fold as a fallback for capitalised words. Context cues are kept with each
// span: the word before ("in", "near", "village of") and after ("district", "province").

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normName } from './normalize.ts';
import { countryByName } from './countries.ts';
import { newspaperName } from './press.ts';
import { tokenize, type Token } from './tokens.ts';
import { hasStop, isHyphen, onlySpaces, onlyWhitespace, spaces } from './gaps.ts';
import type { Hits, KeyNode, MemoryGazetteer } from './memory-gazetteer.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
  key: string;
  /** foldKey(key), computed once. */
  foldedKey: string;
  ids: number[];
  /** alt[i]: ids[i] matched only through an alternate name (exonym, old name, short form). */
  alt: boolean[];
  /** Found only through the transliteration fold. */
  fold: boolean;
  cueBefore: string;
  /** "district", "province", "town", ... when the next word says what kind of place this is. */
  kindAfter: string;
  sentenceStart: boolean;
  commonWord: boolean;
  /** Right after another name and a comma, or in parentheses: "Santaluz, Bahia" - an admin slot. */
  adminSlot: boolean;
  /** Next to a capitalised word that is not part of it ("Boko Haram", "Vila Acre", "Sultan Murad"):
   *  probably a piece of a longer name the gazetteer lacks, or a person's name. */
  inCapRun: boolean;
  /** Written "pro-X" / "anti-X": a side in a conflict, not a place; or "X-based": where a group
   *  or a source lives ("an Islamabad-based think tank"), not where the event happened. */
  partisan: boolean;
  /** Followed by a word for people ("Misrata forces", "Taliban fighters"): an actor's name. */
  actorAfter: boolean;
}

/** Words after a name that make it part of an actor's name rather than a place reference. */
/** ("front" is not among them: "on Tell Abiad front" is the battle front at the town.) */
const PEOPLE_AFTER = new Set(['forces', 'force', 'fighters', 'militants', 'militia', 'militias', 'militiamen', 'group', 'members', 'supporters', 'soldiers', 'troops', 'police', 'army', 'rebels', 'insurgents', 'gunmen', 'movement', 'brigade', 'brigades', 'battalion', 'officials', 'authorities', 'government', 'tribe', 'tribesmen', 'clan', 'clans', 'family', 'families', 'community', 'herders', 'farmers', 'residents', 'protesters', 'workers', 'students', 'party', 'people', 'peoples', 'republic', 'division', 'regiment', 'council', 'coalition']);

const COMMON = new Set(
  readFileSync(fileURLToPath(new URL('./data/common-words.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => normName(l)),
);

/** Lower-case words allowed inside a multi-word name ("Qasr bin Ghashir", "Bir al Ghanam"). */
const CONNECTORS = new Set(['and', '&', 'et', 'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ben', 'ibn', 'bou', 'bu', 'abu', 'wa', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'of', 'sur', 'am', 'im', 'y', 'e', 'i']);
/** Connectors that also join separate names in a list ("Ain Zara and Abu Salim"). */
const LIST_WORDS = new Set(['and', '&', 'et', 'y', 'e', 'i']);
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh']);
/** Words right before a name that make it a place reference. */
const CUES_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'to', 'towards', 'toward', 'between', 'into', 'of', 'across', 'inside', 'through', 'via', 'and', 'en', 'dans', 'en', 'à']);
/** Words right after a name that say what kind of place it is. */
export const KINDS_AFTER = new Set(['town', 'city', 'village', 'district', 'province', 'state', 'governorate', 'oblast', 'county', 'region', 'area', 'areas', 'camp', 'neighbourhood', 'neighborhood', 'municipality', 'raion', 'lga', 'department', 'commune', 'countryside', 'airport', 'subdistrict', 'sub', 'front', 'prefecture', 'division', 'tehsil', 'township', 'localities', 'locality', 'suburb', 'outskirts', 'market', 'junction', 'checkpoint', 'crossing', 'base', 'airbase', 'settlement', 'valley', 'mountain', 'mountains', 'island', 'port', 'barangay', 'rayon', 'hromada', 'uc', 'zone', 'circle', 'block', 'mandal', 'taluk', 'sector', 'chiefdom', 'territory', 'ward', 'quarter', 'colony', 'estate', 'bazaar', 'road', 'highway', 'oil', 'oilfield', 'terminal', 'mine', 'mines', 'bridge', 'gate', 'axis', 'square', 'roundabout', 'governor', 'governorship', 'mayor']);

function sentenceStartAt(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '\'') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';';
  }
  return true;
}

function inParensAfterName(text: string, pos: number): boolean {
  // Only the 80 characters before: a bounded look keeps long texts linear. The nearer of '(' and
  // ')' decides (read in place: a slice per span allocated).
  for (let k = pos - 1, from = Math.max(0, pos - 80); k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x28) return true;
    if (c === 0x29) return false;
  }
  return false;
}

/** `words` and `norms` (normName of each word's text): when the caller has them already
 *  (neither is changed). */
/** normName of each word, built by a loop so every caller hands scanPlaces one array kind
 *  (H4's speed hint 3: a map() result here and a loop-built array there deoptimised the scan). */
export function normsOf(words: Token[]): string[] {
  const out: string[] = [];
  for (const t of words) out.push(normName(t.text));
  return out;
}

export function scanPlaces(text: string, gz: MemoryGazetteer, words: Token[] = tokenize(text), norms: string[] = normsOf(words)): Span[] {
  // A text written all in lower case ("clashes in southern tripoli") gives no capitals to go by.
  const toks = /\p{Lu}/u.test(text) ? words : words.map((t) => ({ start: t.start, end: t.end, text: t.text, cap: true }));
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
      const joined = ahead !== null && isHyphen(text, toks[j - 1]!.end, t.start) && ahead.prefix;
      if (j > i && !t.cap && !CONNECTORS.has(part) && !generic && !known && !joined) break;
      if (j > i && hasStop(text, toks[j - 1]!.end, t.start)) break;
      // The index drops Arabic articles, so "al Aziziya" is looked up as "aziziya".
      if (ARTICLES.has(part) && j + 1 < toks.length) continue;
      node = gz.step(node, part);
      const answer = node.answer;
      if ((t.cap || (j > i && (generic || known))) && answer.hits.ids.length) best = { j, node };
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

/** Transliteration-fold lookup of up to three capitalised words (articles skipped), longest first. */
function foldLookup(text: string, toks: Token[], norms: string[], i: number, gz: MemoryGazetteer): { j: number; node: KeyNode } | null {
  const parts: Array<{ j: number; node: KeyNode }> = [];
  let node = gz.rootKey();
  for (let j = i; j < toks.length && parts.length < 3; j++) {
    if (ARTICLES.has(norms[j]!)) continue;
    if (!toks[j]!.cap || (j > i && !onlyWhitespace(text, toks[j - 1]!.end, toks[j]!.start))) break;
    node = gz.step(node, norms[j]!);
    parts.push({ j, node });
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    const key = p.node.key;
    if (key.length - spaces(key) < 5) break;
    // A country name or demonym ("Saudi" in "Saudi-led") is a known word: never fold it into a village.
    if (isCountryWord(key)) continue;
    if (gz.foldHitsAt(p.node).ids.length) return p;
  }
  return null;
}

// countryByName of the keys foldLookup tries, remembered (bounded): a multi-word key is split and
// normalised again on every call, and the same capitalised words come back text after text.
const countryWords = new Map<string, boolean>();
function isCountryWord(key: string): boolean {
  let known = countryWords.get(key);
  if (known === undefined) {
    if (countryWords.size >= 50_000) countryWords.clear();
    known = countryByName(key) !== null;
    countryWords.set(key, known);
  }
  return known;
}

function makeSpan(text: string, toks: Token[], norms: string[], i: number, j: number, key: string, foldedKey: string, hits: Hits, fold: boolean): Span {
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  // "in central Van", "in the northern countryside of X": look past direction words for the cue.
  let b = i - 1;
  while (b > 0 && DIRECTIONS.has(norms[b]!)) b--;
  let cueBefore = b >= 0 ? norms[b]! : '';
  // "village of X", "outskirts of X": the cue is the kind word before "of".
  if (cueBefore === 'of' && b > 0 && KINDS_AFTER.has(norms[b - 1]!)) cueBefore = norms[b - 1]!;
  // The next word describes this name only when no punctuation separates them ("Chiapas, workers" does not).
  const next = j + 1 < toks.length && !hasStop(text, end, toks[j + 1]!.start) ? norms[j + 1]! : '';
  const commonWord = COMMON.has(key) || CONNECTORS.has(key);
  // "City Hall", "Town Hall": a capitalised kind word written onto a common word makes one name,
  // a landmark, not "the city of Hall" ("District Swat" keeps its cue: Swat is no common word).
  const landmark = commonWord && i > 0 && toks[i - 1]!.cap && KINDS_AFTER.has(norms[i - 1]!) && text.slice(toks[i - 1]!.end, start) === ' ';
  return {
    start,
    end,
    text: text.slice(start, end),
    key,
    foldedKey,
    ids: hits.ids,
    alt: hits.alt,
    fold,
    cueBefore: !landmark && (CUES_BEFORE.has(cueBefore) || KINDS_AFTER.has(cueBefore)) ? cueBefore : '',
    // "the Rashayya-Masnaa road": the first end of a route is as much on the road as the second.
    kindAfter: KINDS_AFTER.has(next) ? next : routeBetween(text, toks, norms, j),
    sentenceStart: sentenceStartAt(text, start),
    commonWord,
    adminSlot: inParensAfterName(text, start) || (i > 0 && toks[i - 1]!.cap && /^\s*,\s*$/.test(text.slice(toks[i - 1]!.end, start))),
    actorAfter: PEOPLE_AFTER.has(next) || coordinatedActor(toks, norms, j + 1, text),
    partisan: (i > 0 && (norms[i - 1] === 'pro' || norms[i - 1] === 'anti') && text.slice(toks[i - 1]!.end, start) === '-') ||
      (next === 'based' && text[end] === '-'),
    inCapRun: landmark || (capNeighbour(text, toks, norms, i - 1, start, true) && !routeBetween(text, toks, norms, i - 1)) ||
      (capNeighbour(text, toks, norms, j + 1, end, false) && !routeBetween(text, toks, norms, j)),
  };
}

/** A copy of a span with other candidates (an in-country variant), built with makeSpan's
 *  property order so every span has one object shape (a spread copy is another hidden class). */
export function spanWith(s: Span, ids: number[], alt: boolean[], fold: boolean, kindAfter: string): Span {
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    key: s.key,
    foldedKey: s.foldedKey,
    ids,
    alt,
    fold,
    cueBefore: s.cueBefore,
    kindAfter,
    sentenceStart: s.sentenceStart,
    commonWord: s.commonWord,
    adminSlot: s.adminSlot,
    actorAfter: s.actorAfter,
    partisan: s.partisan,
    inCapRun: s.inCapRun,
  };
}

/** "the Al Salih and Al Tlais families", "Misrata and Zintan forces": a name joined by "and" or
 *  a comma to other capitalised names that a word for people closes is an actor's name too. Looks
 *  at most six words ahead (bounded). */
function coordinatedActor(toks: Token[], norms: string[], k: number, text: string): boolean {
  const link = toks[k];
  if (!link || !LIST_WORDS.has(norms[k]!) || /[.;:!?()]/.test(text.slice(toks[k - 1]!.end, link.start))) return false;
  let names = 0;
  for (let m = k + 1; m < toks.length && m <= k + 6; m++) {
    const t = toks[m]!;
    if (/[.;:!?()]/.test(text.slice(toks[m - 1]!.end, t.start))) return false;
    if (t.cap || (ARTICLES.has(norms[m]!) && m + 1 < toks.length && toks[m + 1]!.cap)) {
      if (t.cap) names++;
      continue;
    }
    return names > 0 && PEOPLE_AFTER.has(norms[m]!);
  }
  return false;
}

function capNeighbour(text: string, toks: Token[], norms: string[], k: number, edge: number, before: boolean): boolean {
  // "Jabal al Kirsh": a lower-case connector followed by a capitalised word continues the name.
  const link = toks[k];
  if (!before && link && !link.cap && CONNECTORS.has(norms[k]!) && !LIST_WORDS.has(norms[k]!) && text.slice(edge, link.start) === ' ') {
    return capNeighbour(text, toks, norms, k + 1, link.end, false);
  }
  const t = toks[k];
  if (!t || !t.cap || /^\d/.test(t.text)) return false;
  const gap = before ? text.slice(t.end, edge) : text.slice(edge, t.start);
  // "Jang/Geo Group": names joined by a slash are one compound name.
  if (gap !== ' ' && gap !== '-' && gap !== '/') return false;
  const w = norms[k]!;
  if (KINDS_AFTER.has(w) || CUES_BEFORE.has(w) || MONTHS.has(w)) return false;
  // "Wadi al Washka", "Jabal Yusuf": a valley or mountain named after the village the gazetteer has.
  if (before && TERRAIN_BEFORE.has(w)) return false;
  // A capitalised article before the name ("La Colonia Tovar", "El Mina") is not another name.
  if (before && (CONNECTORS.has(w) || w === 'los' || w === 'las' || w === 'les')) return false;
  return !(before && sentenceStartAt(text, t.start));
}

/** Words after "X-Y" that make it a way between two places ("the Rashayya-Masnaa road"). */
const ROUTE_AFTER = new Set(['road', 'highway']);

/** The route word when tokens a and a + 1 are joined by a hyphen and the capitalised words from
 *  a + 1 on (at most four) are followed by one: two places, not one name; else ''. */
function routeBetween(text: string, toks: Token[], norms: string[], a: number): string {
  const x = toks[a];
  const y = toks[a + 1];
  if (!x || !y || text.slice(x.end, y.start) !== '-') return '';
  let m = a + 1;
  while (m < toks.length && m <= a + 4 && toks[m]!.cap && text.slice(toks[m - 1]!.end, toks[m]!.start).length === 1) m++;
  const w = norms[m] ?? '';
  return ROUTE_AFTER.has(w) && m > a + 1 && text.slice(toks[m - 1]!.end, toks[m]!.start) === ' ' ? w : '';
}

/** Arabic terrain words written before a village's name for the valley, hill or mountain by it. */
const TERRAIN_BEFORE = new Set(['wadi', 'jabal', 'jebel', 'jabel', 'tall', 'tell', 'tal']);

const DIRECTIONS = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'rural', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'greater', 'old', 'upper', 'lower']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Longest spans win; among equals, the earlier one. Linear in the text: kept spans mark the
 *  characters they cover. */
function dropOverlaps(spans: Span[], textLength: number): Span[] {
  if (spans.length < 2) return spans;
  // Spans start at distinct tokens, so this order is total and any sort gives the same list; a
  // text's few spans are sorted by insertion (Array sort allocated a work array per text).
  const byLength = spans.length <= 16 ? insertionSorted(spans, longerFirst) : [...spans].sort(longerFirst);
  // One buffer for all texts (a typed array per text cost more than the marking): grown when a
  // text is longer, and left all zero again before returning.
  if (covered.length < textLength) covered = new Uint8Array(Math.max(textLength, covered.length * 2));
  const kept: Span[] = [];
  for (const s of byLength) {
    let free = true;
    for (let c = s.start; c < s.end && free; c++) free = covered[c] === 0;
    if (!free) continue;
    covered.fill(1, s.start, s.end);
    kept.push(s);
  }
  for (const s of kept) covered.fill(0, s.start, s.end);
  return kept.length <= 16 ? insertionSorted(kept, earlierFirst) : kept.sort(earlierFirst);
}

const longerFirst = (a: Span, b: Span): number => b.end - b.start - (a.end - a.start) || a.start - b.start;
const earlierFirst = (a: Span, b: Span): number => a.start - b.start;

/** A sorted copy of a short list (stable, like Array sort). */
function insertionSorted(list: Span[], order: (a: Span, b: Span) => number): Span[] {
  const out: Span[] = [];
  for (let n = 0; n < list.length; n++) {
    const s = list[n]!;
    let k = out.length;
    out.push(s);
    while (k > 0 && order(s, out[k - 1]!) < 0) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = s;
  }
  return out;
}
let covered = new Uint8Array(4096);
