// How a name is written in the text, against how each of its candidates spells it. The index
// matches loosely on purpose (the Arabic article dropped, transliterations folded), so "el Mina"
// meets Nigeria's Minna as readily as Lebanon's "El Mina", and "Miniyeh" only a Syrian village's
// alternate name while Lebanon's "El Minié" waits behind the fold. For the country vote a
// candidate whose own name is the name as written -- article and all, or only another
// transliteration of the same letters -- is better evidence than one reached by a looser match.

import type { Place } from './types.ts';
import { ARTICLE_WORDS, normName } from './normalize.ts';
import type { Span } from './scan.ts';
import type { Hits } from './memory-gazetteer.ts';
import { remember } from './bounded-memo.ts';

// Module constants: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const NOT_LETTERS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;

/** The articles of a name in order ("Ras el Ain" -> "el"), from its raw spelling. Remembered:
 *  the same names (the candidates' own, mostly) come back text after text, and each costs a
 *  Unicode normalisation and a split. */
export function articlesOf(raw: string): string {
  let out = articlesSeen.get(raw);
  if (out === undefined) {
    out = articlesDirect(raw);
    remember(articlesSeen, raw, out);
  }
  return out;
}

const articlesSeen = new Map<string, string>();

function articlesDirect(raw: string): string {
  let out = '';
  const words = asWritten(raw).split(NOT_LETTERS);
  // An article only before another word: "Tall Al" ends in no article.
  for (let i = 0; i + 1 < words.length; i++) if (ARTICLE_WORDS.has(words[i]!) && words[i + 1]) out += words[i] + ' ';
  return out;
}

/** Per candidate of a span that writes an article ("el Mina"): whether the candidate's country
 *  has no place whose own name carries those articles while another country has one (Nigeria's
 *  "Minna", Yemen's "Al Mina" beside Lebanon's "El Mina"); null when the text writes none or no
 *  candidate has them. By country: Syria's province "Raqqa" is no miss beside its "Ar Raqqah". */
export function articleMisses(span: Span, text: string, places: Place[]): boolean[] | null {
  const written = articlesOf(text.slice(span.start, span.end));
  if (!written) return null;
  let countries: Set<string> | null = null;
  for (let n = 0; n < span.ids.length; n++) {
    const p = places[span.ids[n]!]!;
    if (!span.alt[n] && articlesOf(p.name) === written) (countries ??= new Set()).add(p.iso3);
  }
  if (!countries) return null;
  const miss: boolean[] = [];
  for (let n = 0; n < span.ids.length; n++) miss.push(!countries.has(places[span.ids[n]!]!.iso3));
  return miss;
}

/** A spelling key finer than the transliteration fold: only the variants one name takes between
 *  English and French transliteration of Arabic -- doubled letters ("Jannine"/"Janine"), "ou"
 *  for "w" before a vowel and for "u" ("Beddaoui"/"Beddawi", "Joubb"/"Jubb"), the feminine and
 *  relative endings ("Miniyeh"/"Minieh"/"Minié", "Aabdeh"/"Aabdé"; not the Latin "-ia" of
 *  "Yakutia", which Turkish "Yakutiye" is no spelling of), a final "y" for "i" ("Tillabery"). Vowels otherwise stay, so
 *  "Beddawi" and "Badawi" differ, as the fold does not tell them apart. */
export function spellingKey(norm: string): string {
  let key = spellingKeys.get(norm);
  if (key === undefined) {
    key = spellingKeyDirect(norm);
    remember(spellingKeys, norm, key);
  }
  return key;
}

/** Names recur across a batch's texts (the same towns' alternate-name hits): keys are remembered. */
const spellingKeys = new Map<string, string>();

function spellingKeyDirect(norm: string): string {
  return norm
    .split(' ')
    .map((w) =>
      w
        .replace(/ou(?=[aeiy])/g, 'w')
        .replace(/ou|oo/g, 'u')
        .replace(/ee/g, 'i')
        .replace(/dj/g, 'j')
        .replace(/(.)\1+/g, '$1')
        .replace(/i(?:y[ae]h?|[ae]h|e)$/, 'iya')
        .replace(/([^i])[ae]h$/, '$1e')
        .replace(/([^aeiou])y$/, '$1i'),
    )
    .join(' ');
}

/** The spelling key of a place's name as written (normalised first), remembered like spellingKey. */
function nameSpellingKey(name: string): string {
  let key = spellingKeysByName.get(name);
  if (key === undefined) {
    key = spellingKey(normName(name));
    remember(spellingKeysByName, name, key);
  }
  return key;
}

const spellingKeysByName = new Map<string, string>();

/** Places spelled like the span's name in another transliteration, by their own names: among
 *  the span's candidates when the scan met the name only through the fold, else among the fold
 *  hits when every exact candidate is only an alternate name ("Miniyeh" for a Syrian village
 *  beside Lebanon's "El Minié"). Names of six letters or more: short ones meet too many
 *  ("Taara", "Tarra"). */
export function closeSpellings(span: Span, places: Place[], spelled: (s: Span) => Hits): number[] {
  if (span.key.length < 6 || (!span.fold && !span.alt.every(Boolean))) return [];
  if (span.fold) return spelledAs(span, span.key, places);
  // The fold hits of a name are one remembered Hits per key (MemoryGazetteer.foldHits), and a
  // batch meets the same names again and again: their close spellings are remembered with them.
  const hits = spelled(span);
  let alike = alikeSeen.get(hits);
  if (alike?.key !== span.key) {
    alike = { key: span.key, ids: spelledAs(hits, span.key, places) };
    alikeSeen.set(hits, alike);
  }
  const out: number[] = [];
  for (let n = 0; n < alike.ids.length; n++) if (!span.ids.includes(alike.ids[n]!)) out.push(alike.ids[n]!);
  return out;
}

/** closeSpellings' answers by the fold hits they were read from. */
const alikeSeen = new WeakMap<Hits, { key: string; ids: number[] }>();

/** The hits (by their own names) whose names have the spelling key of `key`. */
function spelledAs(hits: Hits, key: string, places: Place[]): number[] {
  const want = spellingKey(key);
  const out: number[] = [];
  for (let n = 0; n < hits.ids.length; n++) {
    const id = hits.ids[n]!;
    if (!hits.alt[n] && nameSpellingKey(places[id]!.name) === want) out.push(id);
  }
  return out;
}

/** A name's letters as written: lower case, no diacritics, punctuation and spacing kept, so that
 *  "North East" and "North-East", "Ouest" and "West" differ. */
export function asWritten(raw: string): string {
  let out = writtenSeen.get(raw);
  if (out === undefined) {
    out = raw.normalize('NFD').replace(MARKS, '').toLowerCase();
    remember(writtenSeen, raw, out);
  }
  return out;
}

/** asWritten's answers: candidates' names recur across a batch's texts. */
const writtenSeen = new Map<string, string>();

/** Whether two countries weigh the same for a span: only then can writtenExactly's tie-break
 *  (a millionth of a vote) decide anything, so only then is it worth its per-candidate NFD. */
export function someCountriesTie(weights: ReadonlyMap<string, number>): boolean {
  if (weights.size < 2) return false;
  const seen = new Set<number>();
  for (const v of weights.values()) {
    if (seen.has(v)) return true;
    seen.add(v);
  }
  return false;
}

/** Countries with a candidate whose own name is the span's text letter for letter, when another
 *  country's candidate has the same name differently written ("North-East" for "North East");
 *  else null. Not against a name met through another name (a supplement's "Distrito Federal" for
 *  Brazil's "Federal District"): which of two such official names is meant is no spelling matter. */
export function writtenExactly(span: Span, text: string, places: Place[]): Set<string> | null {
  if (span.fold) return null;
  const written = asWritten(text.slice(span.start, span.end));
  let out: Set<string> | null = null;
  let other: Set<string> | null = null;
  for (let n = 0; n < span.ids.length; n++) {
    const p = places[span.ids[n]!]!;
    if (span.alt[n]) continue;
    if (asWritten(p.name) === written) (out ??= new Set()).add(p.iso3);
    else if (normName(p.name) === span.key) (other ??= new Set()).add(p.iso3);
  }
  if (!out || !other) return null;
  for (const iso3 of other) if (!out.has(iso3)) return out;
  return null;
}
