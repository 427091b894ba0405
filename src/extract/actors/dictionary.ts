// The actor dictionary: data/*.json compiled once into a single phrase index. Entries are
// templates ("Protesters ({country})", "Military Forces of {forcesOf} ({period})") filled at
// match time with the event's country and date, so one entry serves every country and period.

import { readFileSync } from 'node:fs';
import { PhraseIndex } from './phrase-index.ts';
import { allCountries, countryInfo } from './countries.ts';

export interface DictEntry {
  id: string;
  name?: string;
  /** [first day, name] pairs: ACLED renames some actors over time. A third day marks a renaming
   *  ACLED applied to older events too: read as of a later day (setNamesAsOf), the name covers
   *  events from that day on ("(2017-) Houthi" for the Houthis of 2018 in a 2024 export). */
  names?: Array<[string, string] | [string, string, string]>;
  inter: number;
  /** [first day, inter] pairs: ACLED recodes some actors' kind over time (Sudan's RSF became a
   *  rebel group when its war with the army began). Latest pair on or before the event wins. */
  inters?: [string, number][];
  /** Country the actor belongs to (state forces, national groups). */
  iso3?: string;
  /** Only match in events located in these countries. */
  scope?: string[];
  /** The entry is an associated actor of this entry (e.g. a militia inside a coalition). */
  assocOf?: string;
  /** How the actor usually takes part: state, armed, protest, riot, victim, assoc. */
  role?: string;
  /** An organisation that mostly reports and comments (the UN): named by one of its offices that
   *  reports others' acts, it is the source, not a party (sources.ts officeReports). */
  observer?: boolean;
  aliases: string[];
  countryAliases?: string[];
  /** Words after which an alias is an adjective, not the actor ("military" in "a military source"). */
  notFollowedBy?: string[];
  /** An alias ending in one of these words matches only when one of its listed words follows
   *  ("Israeli strikes on ...", "Russian strikes killed ...", not "French strikes over pensions"). */
  needsNext?: Record<string, string[]>;
  /** Event country -> the state whose forces an unqualified alias names there: in territory held
   *  by another state's army ("soldiers" in the West Bank are Israel's), not the territory's own. */
  heldBy?: Record<string, string>;
  /** Aliases that name this actor only in some countries ("Russian forces" in Libya are Wagner). */
  localAliases?: { scope: string[]; aliases: string[] };
}

/** One way a phrase can be read: which entry, and which country the phrase itself names. */
export interface AliasReading {
  entry: DictEntry;
  /** Country named by the phrase itself ("Ukrainian troops"), else null. */
  iso3: string | null;
  /** Single capitalised word aliases ("Platform", "Hamas") only match capitalised text. */
  needsCapital: boolean;
  /** All-caps acronyms ("AA", "CV"), alone or leading the alias ("AS militants"), only match
   *  the same letters in upper case. */
  acronym: boolean;
  /** Acronyms in mixed case ("LeT", "JeM") match only text written so: "Let Yet Kone village" is no LeT. */
  caseAs?: string;
  /** Only in events located in these countries (the entry's scope, or a local alias's). */
  scope?: string[];
}

/** [first day, label] or [first day, label, recognised government]. */
type Period = [string, string] | [string, string, string];

export interface ActorDictionary {
  index: PhraseIndex<AliasReading[]>;
  byId: Map<string, DictEntry>;
  periods: Record<string, Period[]>;
  /** Every day a dated name or a government period starts, sorted, once each (see dateEpoch). */
  dateBounds: string[];
}

const readJson = (file: string) => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));

let cached: ActorDictionary | null = null;

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

export function loadActorDictionary(): ActorDictionary {
  if (cached) return cached;
  const entries: DictEntry[] = [...readJson('generic.json').entries, ...readJson('groups.json').entries];
  const periods = readJson('state-periods.json') as Record<string, Period[]>;
  delete (periods as Record<string, unknown>)._about;
  const phrases = new Map<string, { phrase: string; readings: AliasReading[] }>();
  const add = (phrase: string, reading: AliasReading) => {
    const key = phrase.toLowerCase();
    let slot = phrases.get(key);
    if (!slot) phrases.set(key, (slot = { phrase, readings: [] }));
    slot.readings.push(reading);
  };
  for (const entry of entries) {
    const local = entry.localAliases;
    const written = [...entry.aliases.map((a) => [a, entry.scope] as const), ...(local?.aliases ?? []).map((a) => [a, local!.scope] as const)];
    for (const [name, scope] of written) {
      // A leading article is not part of a name: "the military" must not hide "Military Police".
      const alias = name.replace(/^the\s+/i, '');
      const words = alias.split(/\s+/);
      // "AS militants", "IS fighters": an acronym leading a longer alias is written in capitals
      // too ("as militants fired" is no al-Shabaab).
      const acronym = /^[A-Z0-9/&-]{2,6}$/.test(words[0]!) && /[A-Z]/.test(words[0]!);
      const needsCapital = words.length === 1 && STARTS_UPPER.test(alias);
      const mixed = words.length === 1 && alias.length <= 6 && /[a-z]/.test(alias) && /[A-Z].*[A-Z]/.test(alias);
      add(alias, mixed ? { entry, iso3: null, needsCapital, acronym, scope, caseAs: alias } : { entry, iso3: null, needsCapital, acronym, scope });
    }
    for (const template of entry.countryAliases ?? []) {
      for (const c of allCountries().values()) {
        const fills = template.includes('{dem}') ? c.demonyms : [c.name];
        for (const fill of fills) {
          const phrase = template.replace('{dem}', fill).replace('{country}', fill);
          add(phrase, { entry, iso3: c.iso3, needsCapital: false, acronym: false });
        }
      }
    }
  }
  const index = new PhraseIndex<AliasReading[]>('norm');
  for (const { phrase, readings } of phrases.values()) index.add(phrase, readings);
  const bounds = new Set<string>();
  for (const list of Object.values(periods)) for (const p of list) bounds.add(p[0]);
  for (const e of entries) for (const [from, , since] of [...(e.names ?? []), ...(e.inters ?? [])]) {
    bounds.add(from);
    if (typeof since === 'string') bounds.add(since);
  }
  cached = { index, byId: new Map(entries.map((e) => [e.id, e])), periods, dateBounds: [...bounds].sort() };
  return cached;
}

/** Which stretch between the dictionary's dateBounds a date falls in (-1 for no date). A name
 *  reads its date only by comparing it with those days (entryName, periodAt), so two dates of one
 *  stretch give every entry the same name: matches are remembered per stretch, not per day. */
export function dateEpoch(dict: ActorDictionary, date: string | null): number {
  if (!date) return -1;
  let lo = 0;
  let hi = dict.dateBounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dict.dateBounds[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ACLED renames a period once it has ended: data exported after 2021 calls Israel's forces of 2020
// "(2009-2021)", while an export made in 2020 said "(2009-)". Names are read as of this day: null
// (the default) gives each event the names of its own time, as a snapshot exported then shows.
let namesAsOf: string | null = null;
let namingVersion = 0;

/** Read names as ACLED's data exported on this day writes them (null: as of each event's date). */
export function setNamesAsOf(day: string | null): void {
  if (day !== namesAsOf) namingVersion++;
  namesAsOf = day;
}

/** Changes whenever setNamesAsOf changes the naming day (memoised names key on it). */
export function namingEpoch(): number {
  return namingVersion;
}

function periodAt(dict: ActorDictionary, iso3: string | null, date: string | null): Period | null {
  const list = iso3 ? dict.periods[iso3] : undefined;
  if (!list || list.length === 0) return null;
  if (!date) return list[list.length - 1];
  let at = -1;
  for (let i = 0; i < list.length; i++) if (list[i][0] <= date) at = i;
  // Before every known period: the government then is unknown here, and a later period's label
  // ("Military Forces of the United States (2017-)" for 2009) would be wrong; name none.
  if (at < 0) return null;
  const found = list[at];
  const next = list[at + 1];
  if (!namesAsOf || !next || next[0] > namesAsOf || !found[1].endsWith('-')) return found;
  // Ended by the naming day: closed with the year the next period began ("2009-" -> "2009-2021").
  const closed = `${found[1]}${next[0].slice(0, 4)}`;
  return found.length === 3 ? [found[0], closed, found[2]] : [found[0], closed];
}

/** ACLED government-period label ("2019-") for a country at a date, or null when unknown. */
export function periodOf(dict: ActorDictionary, iso3: string | null, date: string | null): string | null {
  return periodAt(dict, iso3, date)?.[1] ?? null;
}

/** The entry's inter code at a date (its dated `inters`, else `inter`); with no date the latest,
 *  as entryName gives the latest name. */
export function entryInter(entry: DictEntry, date: string | null): number {
  let inter = entry.inter;
  if (entry.inters) for (const [from, i] of entry.inters) if (!date || from <= date) inter = i;
  return inter;
}

/** The ACLED-style name of an entry for a country and date. */
export function entryName(dict: ActorDictionary, entry: DictEntry, iso3: string | null, date: string | null): string {
  let template = entry.name ?? '';
  if (entry.names) {
    for (const [from, n, since] of entry.names) {
      const start = namesAsOf && since && from <= namesAsOf ? since : from;
      if (!date || start <= date) template = n;
    }
  }
  const c = countryInfo(iso3);
  const period = periodAt(dict, iso3, date);
  let name = template;
  name = c ? name.replace('{forcesOf}', c.forcesOf).replace('{country}', c.name) : name.replace(/ ?\(\{country\}\)| of \{forcesOf\}/g, '');
  // A split state's forces carry the recognised government's name after the period.
  if (period?.[2] && name.endsWith('({period})')) name += ` ${period[2]}`;
  name = period ? name.replace('{period}', period[1]) : name.replace(/ ?\(\{period\}\)/, '');
  return name.replace(/\s+/g, ' ').trim();
}
