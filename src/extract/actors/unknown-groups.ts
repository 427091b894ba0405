// Named groups the dictionary does not know ("the Nawasi Brigade", "Tiv militia") are kept as
// new actors with an inter code guessed from the group noun, instead of being dropped.

import { readFileSync } from 'node:fs';
import type { ActorMention } from '../types.ts';
import type { Token } from './tokens.ts';

interface GroupNoun {
  inter: number;
  /** Identity groups are named "<Name> <suffix> (<Country>)", as ACLED does. */
  suffix?: string;
  /** Only an actor when armed words stand shortly before the name. */
  armedContext?: boolean;
  /** Only a group's name when the noun itself is capitalised ("Front", not "the Tripoli front"). */
  capitalised?: boolean;
}
interface GroupNouns {
  nouns: Record<string, GroupNoun>;
  acronymNouns: Record<string, number>;
  armedContext: { words: string[]; window: number };
  identity: Record<string, string>;
  joiners: string[];
  notNames: string[];
}
const data = JSON.parse(readFileSync(new URL('./data/group-nouns.json', import.meta.url), 'utf8')) as GroupNouns;
// Every noun entry with the same properties in the same order (absent = undefined), so the
// scan sees one shape (speed: no deopt at noun.suffix).
const NOUNS = new Map(
  Object.entries(data.nouns).map(([k, n]): [string, GroupNoun] => [k, { inter: n.inter, suffix: n.suffix, armedContext: n.armedContext, capitalised: n.capitalised }]),
);
const IDENTITY = new Map(Object.entries(data.identity));
const ARMED_WORDS = new Set(data.armedContext.words);
const JOINERS = new Set(data.joiners);
const NOT_NAMES = new Set(data.notNames);
const ARTICLE_IN_NAME = new Set(['al', 'el']);
const ACRONYM_NOUNS = new Map(Object.entries(data.acronymNouns).filter(([k]) => k !== '_about'));
// "Patriotic and Integrationist Force of Congo (FPIC)": capitalised words, small joiners, an acronym.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const SMALL = String.raw`(?:of|for|the|and|de|du|des|la|le|el|al|ng|y|del|pour)`;
const SMALL_WORD = new RegExp(String.raw`^${SMALL}$`);
const ACRONYM_GROUP = new RegExp(String.raw`(${NAME_WORD}(?:\s+(?:${SMALL}\s+)*${NAME_WORD}){1,9})\s+\((\p{Lu}[\p{Lu}\d&/-]{1,9})\)`, 'gu');

/** After a unit noun: "of the (Colombian) Army", "of the national police". */
const UNIT_OF_STATE = /^\s+of\s+the\s+(?:[\p{L}'’-]+\s+){0,2}?(?:army|armed\s+forces|military|navy|air\s+force|police|gendarmerie)\b/iu;

// The full pattern is only tried where an "(ACRONYM)" stands: most texts hold none.
const ACRONYM = /\((\p{Lu}[\p{Lu}\d&/-]{1,9})\)/gu;

function* acronymGroups(text: string): Generator<RegExpExecArray> {
  let from = 0;
  ACRONYM.lastIndex = 0;
  for (let a = ACRONYM.exec(text); a; a = ACRONYM.exec(text)) {
    ACRONYM_GROUP.lastIndex = from;
    const m = ACRONYM_GROUP.exec(text.slice(0, a.index + a[0].length));
    if (m && m.index + m[0].length === a.index + a[0].length) {
      from = a.index + a[0].length;
      yield m;
    }
  }
}

/** Groups introduced with their acronym, named "ACRONYM: Full Name" as ACLED does. */
export function findAcronymGroups(text: string, taken: (start: number, end: number) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of acronymGroups(text)) {
    const words = m[1].split(/\s+/);
    // Drop a leading article, and a sentence-initial word before "of the" ("Workers of the X").
    while (words.length > 2 && NOT_NAMES.has(words[0].toLowerCase())) words.shift();
    const sentenceStart = /(?:^|[.!?:]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (sentenceStart && words.length > 3 && /^(?:of|for)$/.test(words[1])) {
      words.shift();
      while (words.length > 2 && SMALL_WORD.test(words[0])) words.shift();
    }
    const full = words.join(' ');
    const inter = words.map((w) => ACRONYM_NOUNS.get(w.toLowerCase())).find((x) => x !== undefined);
    if (inter === undefined) continue;
    const start = m.index + m[0].indexOf(full);
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    const actor = { name: `${m[2]}: ${full}`, inter, iso3: null, dictionary_id: null };
    out.push({ start, end, text: text.slice(start, end), actor, confidence: 0.6, rule: 'actors/unknown-acronym-group' });
  }
  return out;
}

/** Capitalised name words ending right before token `end` (exclusive), allowing "al", "of". */
function nameStart(text: string, tokens: Token[], end: number): number {
  let i = end;
  while (i > 0 && end - i < 6) {
    const t = tokens[i - 1];
    // A name never spans punctuation ("Darfur. The Nawasi Brigade").
    if (/[^\s'’-]/.test(text.slice(t.end, tokens[i].start))) break;
    if (t.upper && !NOT_NAMES.has(t.norm)) i--;
    else if (JOINERS.has(t.norm) && i - 2 >= 0 && tokens[i - 2].upper && i < end) i--;
    else break;
  }
  // A leading article goes; a capitalised "Al"/"El" is part of the name ("Al Hayash tribesmen").
  while (i < end && JOINERS.has(tokens[i].norm) && !(tokens[i].upper && ARTICLE_IN_NAME.has(tokens[i].norm))) i++;
  return i;
}

function armedBefore(tokens: Token[], first: number): boolean {
  for (let k = Math.max(0, first - data.armedContext.window); k < first; k++) if (ARMED_WORDS.has(tokens[k].norm)) return true;
  return false;
}

function groupName(base: string, word: string, noun: GroupNoun, suffix: string | undefined, country: string | null): string {
  if (!suffix) return `${base} ${word[0].toUpperCase()}${word.slice(1)}`;
  return `${base} ${suffix}${country ? ` (${country})` : ''}`;
}

/** The group named by tokens[first, nameEnd) and its noun tokens[k], spanning tokens[first..spanEnd],
 *  unless that span is taken. A module function, not a closure in findUnknownGroups: tsx's
 *  keepNames wraps each named closure in a __name() call every time the enclosing function runs. */
function emitGroup(out: ActorMention[], text: string, tokens: Token[], taken: (start: number, end: number) => boolean, country: string | null, first: number, nameEnd: number, k: number, noun: GroupNoun, suffix: string | undefined, spanEnd: number): void {
  const start = tokens[first].start;
  const end = tokens[spanEnd].end;
  if (taken(start, end)) return;
  const base = text.slice(start, tokens[nameEnd - 1].end).replace(/\s+/g, ' ');
  const name = groupName(base, tokens[k].norm, noun, suffix, country);
  const actor = { name, inter: suffix ? 4 : noun.inter, iso3: null, dictionary_id: null };
  out.push({ start, end, text: text.slice(start, end), actor, confidence: 0.5, rule: `actors/unknown-group:${tokens[k].norm}` });
}

export function findUnknownGroups(
  text: string,
  tokens: Token[],
  taken: (start: number, end: number) => boolean,
  country: string | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = NOUNS.get(tokens[k].norm);
    if (noun === undefined || (noun.capitalised && !tokens[k].upper)) continue;
    // "Tiv ethnic militia": an identity word may sit between the name and the noun.
    const identity = IDENTITY.get(tokens[k - 1].norm);
    const suffix = identity && noun.suffix ? identity : noun.suffix;
    const nameEnd = identity ? k - 1 : k;
    const first = nameStart(text, tokens, nameEnd);
    if (first === nameEnd) continue;
    if (noun.armedContext && !armedBefore(tokens, first)) continue;
    // "the Eighth Division of the Colombian Army": a unit of a state force is that force.
    if (noun.inter === 3 && UNIT_OF_STATE.test(text.slice(tokens[k].end, tokens[k].end + 50))) continue;
    // "Fellata and Rizeigat communal militias" names two groups.
    if (first >= 2 && tokens[first - 1].norm === 'and' && tokens[first - 2].upper && !NOT_NAMES.has(tokens[first - 2].norm)) {
      // The first name may have several words too ("the Al Omar and Al Sayid families").
      emitGroup(out, text, tokens, taken, country, nameStart(text, tokens, first - 1), first - 1, k, noun, suffix, first - 2);
    }
    emitGroup(out, text, tokens, taken, country, first, nameEnd, k, noun, suffix, k);
  }
  return out;
}
