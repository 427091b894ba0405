// Which words a country uses for its administrative areas, by level (data/admin-terms.json).
// "Punjab state" is India's Punjab, for Pakistan's is a province; "Ouest department" is Haiti's,
// for Cameroon's Ouest is a region. A country's area called by a word the country does not use for
// that level is a weaker match than one called by its own word.

import { createRequire } from 'node:module';
import { ADM1_WORDS, ADM2_WORDS } from './accept.ts';
import type { Span } from './scan.ts';
import type { Place } from './types.ts';
import { adminKeys } from './resolve.ts';

const require = createRequire(import.meta.url);
/** Per country: the words of its first-level areas, its second-level areas, and lower ones. */
const TERMS = new Map<string, ReadonlyArray<ReadonlySet<string>>>(
  Object.entries((require('./data/admin-terms.json') as { terms: Record<string, string[][]> }).terms).map(([iso3, levels]) => [iso3, levels.map((l) => new Set(l))]),
);
/** Every word the data lists for some country: only those judge a country. "the governor of X",
 *  "X prefecture" (an office, or a word no listed country uses) say nothing about which country
 *  calls its areas so, and must not halve the listed countries' namesakes beside unlisted ones. */
const LISTED_WORDS = new Set([...TERMS.values()].flatMap((levels) => levels.flatMap((l) => [...l])));
const LEVEL: Record<string, number> = { ADM1: 0, ADM2: 1 };
const SEAT_LEVEL: Record<string, number> = { PPLA: 0, PPLA2: 1 };

/** Whether the place's country calls areas of the place's level by this word (any level for a
 *  town or a lower area); null when the data does not list the country or the word. */
export function usesTerm(p: Place, word: string): boolean | null {
  const terms = TERMS.get(p.iso3);
  if (!terms || !LISTED_WORDS.has(word)) return null;
  const level = p.feature_class === 'A' ? LEVEL[p.feature_code] : undefined;
  return level !== undefined ? terms[level]!.has(word) : terms.some((t) => t.has(word));
}

/** Whether the place is the seat of an area of a level its country calls by this word, and the
 *  area is the one named (or the gazetteer has no name for it): "Zabol county" names Iran's
 *  county seat Zabol as much as the county; "Merida state" is no state of Mexico's Merida. */
export function seatCalledSo(p: Place, word: string, key: string): boolean {
  const level = SEAT_LEVEL[p.feature_code];
  if (level === undefined || !TERMS.get(p.iso3)?.[level]!.has(word)) return false;
  const area = level === 0 ? p.admin1 : p.admin2;
  return !area || seatOfItsName(p, key);
}

// A module constant: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const THE_KIND_OF = /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+of\s+$/iu;

/** The admin word the text calls a name by: after it ("Zabol county") or before "of" after "the"
 *  ("the state of Punjab", "the Mexican state of Sinaloa"; not "Lensk district of Yakutia", where the word is Lensk's); or ''. */
export function areaWord(span: Span, text: string): string {
  if (ADM1_WORDS.has(span.kindAfter) || ADM2_WORDS.has(span.kindAfter)) return span.kindAfter;
  if (!ADM1_WORDS.has(span.cueBefore) && !ADM2_WORDS.has(span.cueBefore)) return '';
  // Up to two words may describe the area ("the northwestern Mexican state of Sinaloa").
  const m = THE_KIND_OF.exec(text.slice(Math.max(0, span.start - 60), span.start));
  return m && m[1]!.toLowerCase() === span.cueBefore ? span.cueBefore : '';
}

/** The seat of an area of the same name, or that area itself. */
export function seatOfItsName(p: Place, key: string): boolean {
  if (p.feature_class === 'A') return true;
  if (p.feature_code === 'PPLA' || p.feature_code === 'PPLC' || p.feature_code === 'PPLG') return adminKeys(p.admin1).includes(key);
  if (p.feature_code === 'PPLA2') return adminKeys(p.admin2).includes(key);
  return false;
}
