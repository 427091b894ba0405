// The ACLED-style actor a dictionary reading stands for in one event's context (country, date):
// its name (dated names, government periods, "(COUNTRY)"), inter code (dated codes; a state's
// forces abroad are external, 8) and country. Shared by findActors and the role assignment.

import type { ActorMatch } from '../types.ts';
import { dateEpoch, entryInter, entryName, namingEpoch, type AliasReading, type ActorDictionary, type DictEntry } from './dictionary.ts';

export interface FindActorsOptions {
  /** Country of the event (ISO3): fills "(COUNTRY)" and decides which local names apply. */
  iso3?: string | null;
  /** Event date (YYYY-MM-DD): chooses the government period and dated names. */
  date?: string | null;
}

// Names depend only on the entry, the country the phrase names, the event country and the date:
// memoised per (event country, date stretch) context and keyed by the entry object, so a repeated
// match costs two identity-keyed lookups and no string building. A stretch (dateEpoch) spans
// every day between two dated names or government periods, so the notes of a month share one.
type ContextMemo = Map<DictEntry, Map<string | null, ActorMatch>>;
const contexts = new Map<string, ContextMemo>();
let last: { iso3: string | null | undefined; date: string | null | undefined; naming: number; memo: ContextMemo } | null = null;

function contextMemo(dict: ActorDictionary, opts: FindActorsOptions): ContextMemo {
  const naming = namingEpoch();
  if (last && last.iso3 === opts.iso3 && last.date === opts.date && last.naming === naming) return last.memo;
  const key = `${opts.iso3 ?? ''}|${dateEpoch(dict, opts.date ?? null)}|${naming}`;
  let memo = contexts.get(key);
  if (!memo) {
    if (contexts.size > 20_000) contexts.clear();
    contexts.set(key, (memo = new Map()));
  }
  last = { iso3: opts.iso3, date: opts.date, naming, memo };
  return memo;
}

export function actorMatch(dict: ActorDictionary, r: AliasReading, opts: FindActorsOptions): ActorMatch {
  const memo = contextMemo(dict, opts);
  let byCountry = memo.get(r.entry);
  if (!byCountry) memo.set(r.entry, (byCountry = new Map()));
  let m = byCountry.get(r.iso3);
  if (!m) byCountry.set(r.iso3, (m = computeMatch(dict, r, opts)));
  return m;
}

function computeMatch(dict: ActorDictionary, r: AliasReading, opts: FindActorsOptions): ActorMatch {
  const eventIso3 = opts.iso3 ?? null;
  const template = r.entry.name ?? r.entry.names?.[0][1] ?? '';
  const local = /\{(country|forcesOf)\}/.test(template) ? ((eventIso3 && r.entry.heldBy?.[eventIso3]) || eventIso3) : null;
  const iso3 = r.iso3 ?? r.entry.iso3 ?? local;
  // ACLED codes a state's forces acting in another country as external forces (8).
  const inter = entryInter(r.entry, opts.date ?? null);
  const abroad = inter === 1 && iso3 && eventIso3 && iso3 !== eventIso3 && r.entry.id !== 'artsakh';
  return { name: entryName(dict, r.entry, iso3, opts.date ?? null), inter: abroad ? 8 : inter, iso3, dictionary_id: r.entry.id };
}
