// "Russia fired two missiles at Kharkiv", "Israel struck a house in Rafah": a country named as
// the subject of an attack verb is the attacker (its armed forces, as the actor finder reads it:
// src/extract/actors/country-agent.ts uses these same words), not where the attack happened; the
// target place names that. Shared here so the place side and the actor side read one notion.

import type { CountryMention } from './countries.ts';

/** Verbs whose subject is the attacker; a few words may stand between ("Russia has again hit"). */
export const ATTACK_VERBS = new Set(['fired', 'launched', 'struck', 'shelled', 'bombed', 'attacked', 'pounded', 'targeted', 'hit', 'bombarded', 'unleashed', 'killed']);
export const ATTACK_BETWEEN = new Set(['has', 'have', 'had', 'also', 'again', 'reportedly', 'overnight', 'then', 'later']);
/** Verbs that name an attack whatever follows; the others also fire ambassadors, launch probes
 *  and strike deals, so they need a weapon or a named target right after them. */
const ALWAYS_ATTACK = new Set(['shelled', 'bombed', 'pounded', 'bombarded']);
/** Weapons a state "fires", "launches" or "hits with", within a few words of the verb. */
const WEAPONS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'shell', 'shells', 'artillery', 'mortar', 'mortars', 'airstrike', 'airstrikes', 'strike', 'strikes', 'bomb', 'bombs', 'barrage', 'salvo', 'munitions', 'warplanes', 'jets']);
/** Things attacked ("Israel has again struck the camp", "shelled residential buildings"). */
const TARGETS = new Set(['camp', 'camps', 'house', 'houses', 'home', 'homes', 'building', 'buildings', 'school', 'schools', 'hospital', 'hospitals', 'market', 'village', 'villages', 'town', 'city', 'positions', 'position', 'base', 'bases', 'convoy', 'checkpoint', 'area', 'neighbourhood', 'neighborhood', 'tent', 'tents', 'shelter', 'mosque', 'church', 'vehicle', 'car', 'port', 'airport', 'depot', 'infrastructure', 'targets', 'civilians', 'troops', 'soldiers']);
/** How many words after the verb a weapon or target may stand ("fired two ballistic missiles"). */
export const WEAPON_REACH = 4;

/** A word after the verb: lower-cased, and whether the text capitalises it. */
export interface WordAfter {
  norm: string;
  upper: boolean;
}

/** The verb attacks (its subject is the attacker): not passive ("Ukraine hit by a missile
 *  attack"), and either an attack verb on its own or followed by a weapon ("fired two missiles"),
 *  a thing attacked ("struck the camp") or straight by a named target ("Russia attacked
 *  Kharkiv"); "Iran fired its ambassador", "Nigeria launched a probe", "Ukraine struck a grain
 *  deal" are none. `after`: the words after it. */
export function verbAttacks(verb: string, after: readonly WordAfter[]): boolean {
  const next = after[0];
  if (!next || next.norm === 'by') return false;
  if (ALWAYS_ATTACK.has(verb) || next.upper) return true;
  for (let k = 0; k < after.length && k < WEAPON_REACH; k++) if (WEAPONS.has(after[k]!.norm) || TARGETS.has(after[k]!.norm)) return true;
  return false;
}

/** Up to four words after a name (the verb and the few that may stand before it), spaces only
 *  between (not "in Russia, drones hit ..."). */
const NEXT_WORDS = /^(?: +[A-Za-z]+){1,4}/;

/** The words right after offset `at`, up to WEAPON_REACH, across spaces only. */
const WORDS_AFTER = /^(?: +[\p{L}'’-]+){1,4}/u;

/** Whether the country name ending at `end` is the subject of an attack verb. */
function attackerAt(text: string, end: number): boolean {
  const words = NEXT_WORDS.exec(text.slice(end, end + 48))?.[0].trim().split(/ +/);
  if (!words) return false;
  let at = end;
  for (const w of words) {
    at = text.indexOf(w, at) + w.length;
    if (ATTACK_VERBS.has(w)) {
      const after = WORDS_AFTER.exec(text.slice(at, at + 80))?.[0].trim().split(/ +/) ?? [];
      return verbAttacks(w, after.map((a) => ({ norm: a.toLowerCase(), upper: a[0] !== a[0]!.toLowerCase() })));
    }
    if (!ATTACK_BETWEEN.has(w)) return false;
  }
  return false;
}

/** Marks country names ("Russia", not "Russian") that attack as actors, like "Russian forces". */
export function markAttackers(text: string, out: CountryMention[]): void {
  for (const m of out) if (m.kind === 'name' && !m.actor && attackerAt(text, m.end)) m.actor = true;
}
