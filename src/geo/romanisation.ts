// A second romanisation of a country's names: Ukraine's villages are written from Ukrainian in
// reports ("near Khutir Vilny", "Serhiivka") and sometimes only from Russian in the gazetteer
// ("Vol'nyy", "Sergeyevka"). The transliteration fold (normalize.ts) already merges most letters;
// romanisations.json lists the few correspondences left per country. Used only inside the
// document's country and only for a name with no exact candidate there (a fold-only match):
// the exact spelling keeps priority, and resolveSpans ranks the variants by the areas the text
// names and the front line like any other spelling variant.

import type { Place } from './types.ts';
import type { MemoryGazetteer } from './memory-gazetteer.ts';
import { decode } from './slots.ts';
import { foldKey } from './normalize.ts';
import { remember } from './bounded-memo.ts';
import { spanWith, type Span } from './span.ts';
import { createRequire } from 'node:module';

type Rules = { rewrite: Array<[string, string]> };
const RULES = createRequire(import.meta.url)('./data/romanisations.json') as Record<string, Rules | string>;

/** The country's rules, or null when it has a single romanisation. */
function rulesOf(iso3: string): Rules | null {
  const r = RULES[iso3];
  return r && typeof r === 'object' ? r : null;
}

/** A fold key with the country's rewrites applied and runs of one letter squeezed. */
export function romanKey(fold: string, rules: Rules): string {
  let k = fold;
  for (const [from, to] of rules.rewrite) k = k.split(from).join(to);
  return k.replace(/(.)\1+/g, '$1');
}

/** Shorter keys (after the rewrites) meet too many unrelated names. */
const MIN_KEY = 5;

/** Per gazetteer and country: the country's places by romanisation key, built from the gazetteer's
 *  fold index at load (romanisationIndexes) or on first use for a gazetteer built otherwise. */
const indexes = new WeakMap<MemoryGazetteer, Map<string, Map<string, number[]>>>();

function countryIndex(gz: MemoryGazetteer, iso3: string, rules: Rules): Map<string, number[]> {
  let byCountry = indexes.get(gz);
  if (!byCountry) indexes.set(gz, (byCountry = new Map()));
  let index = byCountry.get(iso3);
  if (index) return index;
  index = new Map();
  const places: Place[] = gz.places;
  for (const [fold, slot] of gz.snapshot().folded) {
    let ids: number[] | null = null;
    if (typeof slot === 'number') {
      if (places[slot >> 1]!.iso3 === iso3) ids = [slot >> 1];
    } else {
      for (const id of decode(slot).ids) if (places[id]!.iso3 === iso3) (ids ??= []).push(id);
    }
    if (!ids) continue;
    const key = romanKey(fold, rules);
    if (key.length < MIN_KEY) continue;
    const list = index.get(key);
    if (!list) index.set(key, ids);
    else for (const id of ids) if (!list.includes(id)) list.push(id);
  }
  byCountry.set(iso3, index);
  return index;
}

/** Builds the index of every country with a second romanisation (one pass over the fold keys per
 *  country: ~0.5 s with the GeoNames dumps), with the gazetteer's other indexes. */
export function romanisationIndexes(gz: MemoryGazetteer): void {
  for (const iso3 of Object.keys(RULES)) {
    const rules = rulesOf(iso3);
    if (rules) countryIndex(gz, iso3, rules);
  }
}

/** Drop the gazetteer's second-romanisation indexes: places were added since they were built. */
export function forgetRomanisations(gz: MemoryGazetteer): void {
  indexes.delete(gz);
}

/** The country's places whose name is the normalised key in its other romanisation (null: none,
 *  or the country has one romanisation). */
export function romanisedIds(key: string, gz: MemoryGazetteer, iso3: string): number[] | null {
  const rules = rulesOf(iso3);
  if (!rules) return null;
  const k = rememberedRomanKey(foldKey(key), rules);
  return k.length < MIN_KEY ? null : countryIndex(gz, iso3, rules).get(k) ?? null;
}

/** romanKey of a text's fold key, remembered per country's rules: the same names are asked for
 *  span after span (spelling variants, unfound names), and each answer splits the key per rule. */
const textKeys = new WeakMap<Rules, Map<string, string>>();
function rememberedRomanKey(fold: string, rules: Rules): string {
  let seen = textKeys.get(rules);
  if (!seen) textKeys.set(rules, (seen = new Map()));
  let k = seen.get(fold);
  if (k === undefined) {
    k = romanKey(fold, rules);
    remember(seen, fold, k);
  }
  return k;
}

/** The span with the country's places under its other romanisation added as spelling variants,
 *  when its only candidates in the country are fold matches; the span itself otherwise. */
export function otherRomanisation(s: Span, gz: MemoryGazetteer, iso3: string): Span {
  if (!s.fold) return s;
  const more = romanisedIds(s.key, gz, iso3);
  if (!more) return s;
  const ids: number[] = [];
  const alt: boolean[] = [];
  for (let n = 0; n < s.ids.length; n++) if (gz.places[s.ids[n]!]!.iso3 === iso3) (ids.push(s.ids[n]!), alt.push(s.alt[n]!));
  const before = ids.length;
  for (const id of more) if (!ids.includes(id)) (ids.push(id), alt.push(false));
  return ids.length === before ? s : spanWith(s, ids, alt, true, s.kindAfter);
}
