// Context cues (data/context-cues.json): words that place a report in a country or in its
// conflict areas when no country is named ("the OSCE SMM observed explosions near Lozove",
// "Houthi forces shelled ..."). One case-sensitive whole-word pattern, run once per text.

import { createRequire } from 'node:module';
import { countryByIso2 } from './countries.ts';
import { normName } from './normalize.ts';
import type { FrontLine } from './front-lines.ts';

const require = createRequire(import.meta.url);

interface CueEntry {
  words: string[];
  iso2?: string;
  admin1?: string[];
  areas?: Array<[string, string]>;
  /** `iso2`: the countries facing the line when they are not (only) the cue's own (Kashmir's
   *  Line of Control has a village on each side named in the same reports). */
  front?: { km: number; line: Array<[number, number]>; iso2?: string[]; from?: string; until?: string };
}

interface Cue {
  /** ISO3 the cue votes for, or null for groups active in several countries. */
  iso3: string | null;
  /** A group active in several countries votes for each by its areas there, relative to the
   *  country where it has most, and less than a one-country cue, once however many of its names
   *  the text uses (Boko Haram, ISWAP: 0.75 for Nigeria, a quarter for Cameroon, Niger and Chad):
   *  "the town of Baga" in a Boko Haram story is no namesake in Spain, and "Bosso (Bosso, Diffa)"
   *  stays in Niger. */
  shares: Array<[string, number]>;
  /** Normalised admin1 names the cue implies (as if the text had named them). */
  areas: string[];
  /** The front line of the cue's conflict and period, one per country facing it (none if the
   *  data gives no line). */
  fronts: FrontLine[];
}

/** A several-country cue's vote for its main country, against 1 for a one-country cue's word. */
const SHARED_CUE = 0.75;

const entries = (require('./data/context-cues.json') as { cues: CueEntry[] }).cues;
const byWord = new Map<string, Cue>();
for (const e of entries) {
  const iso3 = e.iso2 ? countryByIso2(e.iso2)?.iso3 : null;
  if (e.iso2 && !iso3) throw new Error(`context cues: unknown country ${e.iso2}`);
  const areas = [...(e.admin1 ?? []), ...(e.areas ?? []).map(([, a]) => a)].map(normName);
  const sides = e.front?.iso2 ?? (e.front && e.iso2 ? [e.iso2] : []);
  if (e.front && !sides.length) throw new Error('context cues: a front line needs a country');
  const fronts = sides.map((c) => {
    const side = countryByIso2(c)?.iso3;
    if (!side) throw new Error(`context cues: unknown country ${c}`);
    return { iso3: side, points: e.front!.line, km: e.front!.km, from: e.front!.from ?? null, until: e.front!.until ?? null };
  });
  const shares = new Map<string, number>();
  if (!iso3) {
    for (const [c] of e.areas ?? []) {
      const other = countryByIso2(c)?.iso3;
      if (!other) throw new Error(`context cues: unknown country ${c}`);
      shares.set(other, (shares.get(other) ?? 0) + 1);
    }
    const most = Math.max(...shares.values());
    for (const [c, n] of shares) shares.set(c, (SHARED_CUE * n) / most);
  }
  const byShare = [...shares];
  for (const w of e.words) byWord.set(w, { iso3: iso3 ?? null, shares: byShare, areas, fronts });
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest words first so "OSCE SMM" wins over "SMM"; letters or digits may not touch either end.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...byWord.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export interface ContextHints {
  /** Votes per ISO3 (one per distinct cue word; a share of one for a group of several countries). */
  countries: Map<string, number>;
  /** Normalised admin1 names implied by the cues. */
  areas: Set<string>;
  /** Where the cue words are: actors and monitors, never places ("Houthi" is no village). */
  spans: Array<[number, number]>;
  /** Front lines of the cues found (each once). */
  fronts: FrontLine[];
}

/** The hints of a text without cue words (most texts): one shared object, which callers only read. */
const NO_CUES: ContextHints = { countries: new Map(), areas: new Set(), spans: [], fronts: [] };

/** A line holds from its first day to its last (ISO dates); a text of unknown date takes it. A cue
 *  word outlives its line ("DPR" in 2024 still names Donetsk, but the 2015-2022 contact line is no
 *  longer where the fighting is). */
function lineHolds(f: FrontLine, date: string | null): boolean {
  return !date || ((!f.from || date >= f.from) && (!f.until || date <= f.until));
}

/** The cues of a text; `date` (YYYY-MM-DD, the text's publication date) keeps only the front lines
 *  of that day. */
export function findContextCues(text: string, date: string | null = null): ContextHints {
  PATTERN.lastIndex = 0;
  let m = PATTERN.exec(text);
  if (!m) return NO_CUES;
  const countries = new Map<string, number>();
  const areas = new Set<string>();
  const seen = new Set<string>();
  const spans: Array<[number, number]> = [];
  const fronts: FrontLine[] = [];
  const sharesSeen = new Set<Cue['shares']>();
  for (; m; m = PATTERN.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const cue = byWord.get(m[0])!;
    if (cue.iso3) countries.set(cue.iso3, (countries.get(cue.iso3) ?? 0) + 1);
    if (!sharesSeen.has(cue.shares)) for (const [c, share] of cue.shares) countries.set(c, (countries.get(c) ?? 0) + share);
    sharesSeen.add(cue.shares);
    for (const a of cue.areas) areas.add(a);
    for (const f of cue.fronts) if (!fronts.includes(f) && lineHolds(f, date)) fronts.push(f);
  }
  return { countries, areas, spans, fronts };
}
