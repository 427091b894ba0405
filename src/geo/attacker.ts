// "Russia fired two missiles at Kharkiv", "Israel struck a house in Rafah": a country named as
// the subject of an attack verb is the attacker (its armed forces, as the actor finder reads it:
// src/extract/actors/country-agent.ts uses these same words), not where the attack happened; the
// target place names that. Shared here so the place side and the actor side read one notion.

import type { CountryMention } from './countries.ts';

/** Verbs whose subject is the attacker; a few words may stand between ("Russia has again hit"). */
export const ATTACK_VERBS = new Set(['fired', 'launched', 'struck', 'shelled', 'bombed', 'attacked', 'pounded', 'targeted', 'hit', 'bombarded', 'unleashed', 'killed']);
export const ATTACK_BETWEEN = new Set(['has', 'have', 'had', 'also', 'again', 'reportedly', 'overnight', 'then', 'later']);

/** Up to three words after a name, spaces only between (not "in Russia, drones hit ..."). */
const NEXT_WORDS = /^(?: +[A-Za-z]+){1,4}/;

/** Whether the country name ending at `end` is the subject of an attack verb. */
function attackerAt(text: string, end: number): boolean {
  const words = NEXT_WORDS.exec(text.slice(end, end + 48))?.[0].trim().split(/ +/);
  if (!words) return false;
  for (const w of words) {
    if (ATTACK_VERBS.has(w)) return true;
    if (!ATTACK_BETWEEN.has(w)) return false;
  }
  return false;
}

/** Marks country names ("Russia", not "Russian") that attack as actors, like "Russian forces". */
export function markAttackers(text: string, out: CountryMention[]): void {
  for (const m of out) if (m.kind === 'name' && !m.actor && attackerAt(text, m.end)) m.actor = true;
}
