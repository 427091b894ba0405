// "forces of India and Pakistan", "Burundian and Rwandan soldiers": a state force named for one
// country with another country coordinated with it names that country's force too.

import type { ActorMention } from '../types.ts';
import type { ActorDictionary, DictEntry } from './dictionary.ts';
import { allCountries } from './countries.ts';
import { actorMatch, type FindActorsOptions } from './actor-match.ts';
import { actorMention } from './mention.ts';

let countryWords: Map<string, string> | null = null;
/** Country names and demonyms (lower case) -> ISO3. */
function countryOfWord(word: string): string | null {
  if (!countryWords) {
    countryWords = new Map();
    for (const c of allCountries().values()) for (const w of [c.name, ...c.demonyms]) countryWords.set(w.toLowerCase(), c.iso3);
  }
  return countryWords.get(word.toLowerCase()) ?? null;
}

const AND_COUNTRY = /^\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u;
const DEMONYM_AND = /(\p{Lu}[\p{L}-]*)\s+and\s+$/u;

/** The same force of another country, at [start, end). */
function addCoordinated(out: ActorMention[], text: string, m: ActorMention, entry: DictEntry, dict: ActorDictionary, opts: FindActorsOptions, start: number, end: number, iso3: string | null): void {
  if (!iso3 || iso3 === m.actor.iso3) return;
  const actor = actorMatch(dict, { entry, iso3, needsCapital: false, acronym: false }, opts);
  out.push(actorMention(start, end, text.slice(start, end), actor, m.confidence, `${m.rule}+coordinated`));
}

/** "forces of India and Pakistan", "Burundian and Rwandan soldiers": the other country shares
 *  the head noun, so it names that country's force too. */
export function coordinated(text: string, found: ActorMention[], dict: ActorDictionary, opts: FindActorsOptions): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of found) {
    const entry = dict.byId.get(m.actor.dictionary_id ?? '');
    if (!entry?.countryAliases || !m.actor.iso3) continue;
    const after = AND_COUNTRY.exec(text.slice(m.end, m.end + 60));
    if (after) {
      // Longest run of capitalised words that is a country ("United Arab Emirates").
      const words = after[1].split(/\s+/);
      for (let k = words.length; k > 0; k--) {
        const name = words.slice(0, k).join(' ');
        const iso3 = countryOfWord(name);
        if (iso3) {
          const start = m.end + after[0].length - after[1].length;
          addCoordinated(out, text, m, entry, dict, opts, start, start + name.length, iso3);
          break;
        }
      }
    }
    const before = DEMONYM_AND.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (before) addCoordinated(out, text, m, entry, dict, opts, m.start - before[0].length, m.start - before[0].length + before[1].length, countryOfWord(before[1]));
  }
  return out;
}
