// "Russia fired two missiles at Kyiv", "Israel struck a house in Rafah": a country named as the
// subject of an attack verb stands for its armed forces (ACLED codes the state's military, never
// the state), though a bare country name is no actor anywhere else ("in Russia", "Russia said").

import type { ActorMention } from '../types.ts';
import type { Token } from './tokens.ts';
import { allCountries } from './countries.ts';
import { ATTACK_BETWEEN as BETWEEN, ATTACK_VERBS, WEAPON_REACH, verbAttacks } from '../../geo/attacker.ts';

/** Words before a country name that make it part of a longer name ("Islamic State of Iraq and Syria"). */
const INSIDE_NAME = new Set(['of', 'and', 'the']);

interface CountryName {
  words: string[];
  iso3: string;
}
let byLastWord: Map<string, CountryName[]> | null = null;

/** Country names (ACLED spelling) by their last word, lower-cased, longest first. */
function names(): Map<string, CountryName[]> {
  if (byLastWord) return byLastWord;
  byLastWord = new Map();
  for (const c of allCountries().values()) {
    const words = c.name.toLowerCase().split(/\s+/);
    const last = words[words.length - 1];
    const list = byLastWord.get(last);
    if (list) list.push({ words, iso3: c.iso3 });
    else byLastWord.set(last, [{ words, iso3: c.iso3 }]);
  }
  for (const list of byLastWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byLastWord;
}

/** Whether tokens[first..last] spell `words` (already lower case). */
function spells(tokens: Token[], last: number, words: string[]): boolean {
  const first = last - words.length + 1;
  if (first < 0 || !tokens[first].upper) return false;
  for (let k = 0; k < words.length; k++) if (tokens[first + k].norm !== words[k]) return false;
  return true;
}

/** Countries named as attackers: where they stand and which country (the caller names the force). */
export function countryAgents(text: string, tokens: Token[]): Array<{ start: number; end: number; iso3: string }> {
  const out: Array<{ start: number; end: number; iso3: string }> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!ATTACK_VERBS.has(tokens[i].norm)) continue;
    let j = i - 1;
    while (j > 0 && BETWEEN.has(tokens[j].norm)) j--;
    // Only spaces between the name and the verb (not "in Russia, drones hit ...").
    if (/[^\s]/.test(text.slice(tokens[j].end, tokens[j + 1].start))) continue;
    const found = names().get(tokens[j].norm)?.find((n) => spells(tokens, j, n.words));
    if (!found) continue;
    const first = j - found.words.length + 1;
    if (first > 0 && (INSIDE_NAME.has(tokens[first - 1].norm) || tokens[first - 1].upper)) continue;
    if (attacks(tokens, i)) out.push({ start: tokens[first].start, end: tokens[j].end, iso3: found.iso3 });
  }
  return out;
}

/** The verb at i attacks (geo/attacker.ts verbAttacks reads the words after it). */
function attacks(tokens: Token[], i: number): boolean {
  return verbAttacks(tokens[i].norm, tokens.slice(i + 1, i + 1 + WEAPON_REACH));
}
