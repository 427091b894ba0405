// The nationality of a crowd. ACLED names protesters and rioters after the country they are
// from when the report says so ("Israeli settlers attacked ..." in Jerusalem: Rioters (Israel);
// "Venezuelan refugees protested" in Colombia: Protesters (Venezuela)), and after the event's
// country otherwise.

import type { ActorMention } from '../types.ts';
import { allCountries, countryInfo } from './countries.ts';
import { entryOf } from './kinds.ts';

/** The country of the non-state groups the crowd belongs to, when the text writes their names
 *  with that country's demonym ("Israeli Settlers" for Settlers (Israel)) and all such groups
 *  agree; else null. A group's country taken from the event's country does not count. */
export function crowdNationality(groups: readonly ActorMention[]): string | null {
  let found: string | null = null;
  for (const m of groups) {
    // State forces are not the crowd: "Israeli forces dispersed the protesters" keeps them Palestinian.
    if (m.actor.inter === 1 || m.actor.inter === 8) continue;
    const iso3 = demonymCountry(m.text) ?? ownCountry(m);
    if (!iso3 || !namesCountry(m, iso3)) continue;
    if (found && found !== iso3) return null;
    found = iso3;
  }
  return found;
}

/** A group that belongs to one country whatever the event's ("settlers" are Settlers (Israel) in
 *  the West Bank too): its dictionary country, when its name is not filled from the event's. */
function ownCountry(m: ActorMention): string | null {
  const e = entryOf(m);
  const template = e?.name ?? e?.names?.[0][1] ?? '{';
  return e?.iso3 && !template.includes('{') ? e.iso3 : null;
}

/** The group's coded name is of that country: its country code, or "(Israel)" in its name. */
function namesCountry(m: ActorMention, iso3: string): boolean {
  return m.actor.iso3 === iso3 || m.actor.name.endsWith(`(${countryInfo(iso3)?.name ?? ''})`);
}

let byDemonym: Map<string, string> | null = null;

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const FIRST_WORD = /^[\p{L}-]+/u;

/** The country whose demonym is the mention's first word ("Israeli settlers" -> ISR), or null. */
function demonymCountry(text: string): string | null {
  if (!byDemonym) {
    byDemonym = new Map();
    for (const c of allCountries().values()) for (const d of c.demonyms) byDemonym.set(d.toLowerCase(), c.iso3);
  }
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  return (first && byDemonym.get(first)) || null;
}
