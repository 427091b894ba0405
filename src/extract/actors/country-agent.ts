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

/** "Pakistan retaliated with drone strikes", "Iran responded with missiles": a verb of answering
 *  an attack, when "with" and a weapon follow, attacks as the verbs of attack do. */
const ANSWER_VERBS = new Set(['retaliated', 'responded', 'replied']);

/** Countries named as attackers: where they stand and which country (the caller names the force). */
export function countryAgents(text: string, tokens: Token[]): Array<{ start: number; end: number; iso3: string }> {
  const out: Array<{ start: number; end: number; iso3: string }> = designatedWeapons(text);
  for (let i = 1; i < tokens.length; i++) {
    // "Israel was blamed for the attack": named as the side blamed, the country stands for its forces.
    const blamed = tokens[i].norm === 'blamed' && i + 1 < tokens.length && tokens[i + 1].norm === 'for' && (tokens[i - 1].norm === 'was' || tokens[i - 1].norm === 'widely');
    if (blamed) {
      const c = countryBefore(text, tokens, tokens[i - 1].norm === 'widely' ? i - 2 : i - 1);
      if (c) out.push(c);
      continue;
    }
    const answer = ANSWER_VERBS.has(tokens[i].norm) && i + 1 < tokens.length && tokens[i + 1].norm === 'with';
    if (!answer && !ATTACK_VERBS.has(tokens[i].norm)) continue;
    if (!(answer ? attacks(tokens, i + 1) : attacks(tokens, i))) continue;
    const c = countryBefore(text, tokens, i);
    if (c) out.push(c);
  }
  return out;
}

/** The country name that ends right before token i (only BETWEEN words and spaces between), as
 *  a whole name (not the end of "Islamic State of Iraq and Syria"). */
function countryBefore(text: string, tokens: Token[], i: number): { start: number; end: number; iso3: string } | null {
  let j = i - 1;
  while (j > 0 && BETWEEN.has(tokens[j].norm)) j--;
  // Only spaces between the name and the verb (not "in Russia, drones hit ...").
  if (j < 0 || /[^\s]/.test(text.slice(tokens[j].end, tokens[j + 1].start))) return null;
  const found = names().get(tokens[j].norm)?.find((n) => spells(tokens, j, n.words));
  if (!found) return null;
  const first = j - found.words.length + 1;
  if (first > 0 && (INSIDE_NAME.has(tokens[first - 1].norm) || tokens[first - 1].upper)) return null;
  return { start: tokens[first].start, end: tokens[j].end, iso3: found.iso3 };
}

/** The verb at i attacks (geo/attacker.ts verbAttacks reads the words after it). */
function attacks(tokens: Token[], i: number): boolean {
  return verbAttacks(tokens[i].norm, tokens.slice(i + 1, i + 1 + WEAPON_REACH));
}

/** A model designation between a demonym and an aircraft or weapon noun: "Thai F-16 jets", "US
 *  B-2 bombers", "Russian Su-34 aircraft", "Turkish TB2 drones", "a Russian Tochka-U missile",
 *  "Russian Iskander missiles" (a few model names used only by the forces that own them; not
 *  "Patriot", "Shahed-136", "Bayraktar-TB2", HIMARS or ATACMS, named after their maker as often as
 *  their user: "Russian forces attacked Kyiv with Iranian Shahed-136 drones") name that state's forces as
 *  "Thai jets" does (generic.json lists the undesignated forms). */
const DESIGNATED = /\b([A-Z][A-Za-z.]+)\s+(?:[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Za-z]?|(?:Iskander|Kalibr|Kinzhal|Lancet|Tochka|Grad|Smerch|Uragan|Neptune|Onyx|Zircon)(?:-[A-Z\d]{1,3})?)s?\s+(?:fighter\s+|cruise\s+|ballistic\s+|rocket\s+|artillery\s+)?(?:jets?|bombers?|fighters?|aircraft|warplanes?|planes?|drones?|helicopters?|gunships?|missiles?|rockets?|tanks?)\b/g;
/** Cheap precheck: a designation has a digit right after a capital or a hyphen. */
const HAS_DESIGNATION = /[A-Z-]\d|Iskander|Kalibr|Kinzhal|Lancet|Tochka|Grad|Smerch|Uragan|Neptune|Onyx|Zircon/;
let byDemonym: Map<string, string> | null = null;

function designatedWeapons(text: string): Array<{ start: number; end: number; iso3: string }> {
  if (!HAS_DESIGNATION.test(text)) return [];
  if (!byDemonym) {
    byDemonym = new Map();
    for (const c of allCountries().values()) for (const d of c.demonyms) byDemonym.set(d, c.iso3);
  }
  const out: Array<{ start: number; end: number; iso3: string }> = [];
  for (const m of text.matchAll(DESIGNATED)) {
    const iso3 = byDemonym.get(m[1]);
    if (iso3) out.push({ start: m.index!, end: m.index! + m[0].length, iso3 });
  }
  return out;
}
