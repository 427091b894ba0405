// Countries by ISO code or name, spelled as ACLED spells them ("Democratic Republic of Congo",
// "Palestine", "Russia"), and country names/demonyms found in text. Names and codes come from
// i18n-iso-countries; ACLED's spellings, extra aliases and demonyms from data/countries.json.

import { createRequire } from 'node:module';
import { normName } from './normalize.ts';
import { tokenize, type Token } from './tokens.ts';
import { newspaperName } from './press.ts';
import { markAttackers } from './attacker.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
const extra = require('./data/countries.json') as {
  iso3: Record<string, string>;
  acledIso3: Record<string, string>;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
};

export interface Country {
  iso2: string;
  iso3: string;
  /** ACLED's spelling. */
  name: string;
  /** Other names (official, short, common) and demonyms, without `name`. */
  aliases: string[];
}

export interface CountryMention {
  start: number;
  end: number;
  text: string;
  iso3: string;
  /** "name" for "Libya", "demonym" for "Libyan". */
  kind: 'name' | 'demonym';
  /** Followed by a word for armed or official people ("US forces", "Turkish drones", "Saudi
   *  aircraft"): names who acts, often abroad, rather than where. */
  actor?: boolean;
  /** After a word of relation ("against Pakistan", "returned from Peru", "integration with
   *  Russia"): another country the text relates to, weaker evidence of where things happen. */
  relation?: boolean;
  /** Named as a neighbour or a home ("bordering Afghanistan", "the border with Mali", "from
   *  neighbouring Somalia", "a Kenya-based charity", "villagers from Sokh enclave of Uzbekistan"):
   *  the event is next to it, not in it. */
  neighbour?: boolean;
  /** "near the border with Mali": the event is beside it, on the other side; no vote for it. */
  outside?: boolean;
  /** People of the country by demonym: its plural ("Palestinians") or the demonym before a word
   *  for people ("Syrian civilians", "Cameroonian fishermen"); not "a Turkish-made drone". */
  people?: boolean;
  /** "Pakistan's Bajaur region", "Nigeria's northeast": names the country a place lies in. */
  possessive?: boolean;
}

const byIso2 = new Map<string, Country>();
const byIso3 = new Map<string, Country>();
const byName = new Map<string, { country: Country; kind: 'name' | 'demonym' }>();
/** Every name key and its word prefixes ("united", "united arab"): the text scan stops extending
 *  an n-gram as soon as no name starts so, instead of trying maxTokens words at every capital. */
const namePrefixes = new Set<string>();
let maxTokens = 1;

/** Word by word, as text is matched: a leading article stays ("El Salvador" is not "Salvador",
 *  the Brazilian city), which normName of the whole name would drop. */
function countryKey(s: string): string {
  if (s.indexOf(' ') < 0) return normName(s);
  // A loop, not split/map/filter: one array kind (H2's deopt hint 3).
  let key = '';
  for (const w of s.split(/\s+/)) {
    const n = normName(w);
    if (n) key = key ? `${key} ${n}` : n;
  }
  return key;
}

function addName(key: string, country: Country, kind: 'name' | 'demonym'): void {
  const k = countryKey(key);
  if (!k || byName.has(k)) return; // first claim wins: a country's own names before others' aliases
  byName.set(k, { country, kind });
  namePrefixes.add(k);
  for (let end = k.indexOf(' '); end > 0; end = k.indexOf(' ', end + 1)) namePrefixes.add(k.slice(0, end));
  maxTokens = Math.max(maxTokens, k.split(' ').length);
}

for (const [iso2, iso3raw] of Object.entries(iso.getAlpha2Codes())) {
  const iso3 = extra.iso3[iso2] ?? iso3raw;
  const official = en.countries[iso2];
  const names = Array.isArray(official) ? official : official ? [official] : [];
  const name = extra.names[iso2] ?? names[0] ?? iso2;
  const aliases = [...new Set([...names, ...(extra.aliases[iso2] ?? []), ...(extra.demonyms[iso2] ?? [])])].filter(
    (a) => a !== name,
  );
  const c: Country = { iso2, iso3, name, aliases };
  byIso2.set(iso2, c);
  byIso3.set(iso3, c);
}
// Official and ACLED names first, then aliases, then demonyms, so "Congo" means the DRC only
// if no country is officially just "Congo" (i18n lists it for both; ACLED's own usage decides).
for (const c of byIso2.values()) addName(c.name, c, 'name');
for (const c of byIso2.values()) for (const a of extra.aliases[c.iso2] ?? []) addName(a, c, 'name');
for (const c of byIso2.values()) {
  const official = en.countries[c.iso2];
  for (const a of Array.isArray(official) ? official : official ? [official] : []) addName(a, c, 'name');
}
for (const c of byIso2.values()) for (const d of extra.demonyms[c.iso2] ?? []) addName(d, c, 'demonym');
// The people by the plural of a demonym ending in -an or -i ("Palestinians", "Iraqis"), after every
// singular so that no plural takes a name another country claims.
for (const c of byIso2.values()) for (const d of extra.demonyms[c.iso2] ?? []) if (/(?:an|i)$/.test(d)) addName(`${d}s`, c, 'demonym');
for (const [code, iso2] of Object.entries(extra.acledIso3)) {
  const c = byIso2.get(iso2);
  if (c) byIso3.set(code, c);
}

export function countryByIso2(iso2: string | null | undefined): Country | null {
  return (iso2 && byIso2.get(iso2.toUpperCase())) || null;
}

export function countryByIso3(iso3: string | null | undefined): Country | null {
  return (iso3 && byIso3.get(iso3.toUpperCase())) || null;
}

/** A country by any of its names, aliases or demonyms ("Libyan" -> Libya); null when unknown. */
export function countryByName(name: string | null | undefined): Country | null {
  return (name && byName.get(countryKey(name))?.country) || null;
}

export function allCountries(): Country[] {
  return [...byIso2.values()];
}

/** Words after a country name or demonym that make it an actor ("US forces", "Turkish military column"). */
const ACTOR_AFTER = new Set(['forces', 'force', 'military', 'army', 'troops', 'soldiers', 'aircraft', 'aircrafts', 'warplanes', 'jets', 'planes', 'drone', 'drones', 'airstrike', 'airstrikes', 'navy', 'naval', 'government', 'officials', 'authorities', 'intelligence', 'column', 'convoy', 'patrol', 'patrols', 'reconnaissance', 'coalition', 'border', 'security', 'special', 'artillery', 'helicopters', 'helicopter', 'fighter', 'fighters', 'militia', 'militias', 'backed', 'allied']);

/** "Russia's army", "Israel's military": the country's own forces, after its possessive. Not the
 *  words of ACTOR_AFTER that are no force: "Russia's border" is a place, "Russia's government" or
 *  "officials" a speaker. */
const POSSESSIVE_WORD = /^['’]s\s+(\p{L}+)/u;
const NOT_FORCES = new Set(['border', 'government', 'officials', 'authorities']);
function ownForces(text: string, next: number): boolean {
  const w = POSSESSIVE_WORD.exec(text.slice(next, next + 24))?.[1]?.toLowerCase();
  return !!w && ACTOR_AFTER.has(w) && !NOT_FORCES.has(w);
}

/** A side of the country between the word of relation and its name ("rockets from southern Lebanon"). */
const SIDE_WORDS = new Set(['southern', 'northern', 'eastern', 'western', 'central', 'southeastern', 'southwestern', 'northeastern', 'northwestern']);

/** Words before a country name that relate to it rather than place the text in it ("protested
 *  against Pakistan", "accused France of ..."). Not "on": "Israel carried out strikes on Iran" names
 *  the scene. */
const RELATION_BEFORE = new Set(['against', 'with', 'from', 'to', 'towards', 'toward', 'by', 'accused', 'accusing', 'blamed', 'blaming']);

/** Weapons after a demonym or name ("Iranian missiles", "Israeli strike", "Russian shelling"): the
 *  country that fires them, an actor like "Israeli forces", not where they land. */
const WEAPON_AFTER = new Set(['missile', 'missiles', 'rocket', 'rockets', 'shelling', 'shells', 'bomb', 'bombs', 'bombing', 'bombardment', 'mortar', 'mortars', 'strike', 'strikes', 'raid', 'raids']);
/** Words that may stand between the country and its weapon ("Iranian ballistic missiles",
 *  "Israeli air strike", "Russian-made drones"). */
const WEAPON_KIND = new Set(['ballistic', 'cruise', 'guided', 'hypersonic', 'air', 'aerial', 'artillery', 'made', 'heavy', 'precision', 'kamikaze', 'suicide']);

/** A weapon right after the country, or after one word of its kind. */
function firesWeapon(after: string | undefined, text: string, next: number): boolean {
  if (!after) return false;
  if (WEAPON_AFTER.has(after)) return true;
  return WEAPON_KIND.has(after) && WEAPON_AFTER.has(WORD_AFTER_NEXT.exec(text.slice(next, next + 40))?.[1]?.toLowerCase() ?? '');
}

/** Words before a country name that make it a neighbour, and words for a border before "with". */
const NEIGHBOUR_BEFORE = new Set(['bordering', 'borders', 'neighbouring', 'neighboring', 'neighbour', 'neighbor']);
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'boundary']);
/** "villagers from Sokh enclave of Uzbekistan", "fled from Aleppo in Syria": the country closes a
 *  phrase of origin, the home of people who came to where the event is: a neighbour's weight. */
const FROM_PLACE_OF = /\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+\p{Ll}+)?\s+(?:of|in)\s+(?:the\s+)?$/u;
/** "near the border with", "close to the border with": the place is beside the country named next. */
const NEAR_BORDER = /\b(?:near|close to)\s+the\s+(?:\p{Ll}+\s+)?(?:border|frontier|boundary)\s+with\s+$/u;
/** After "X border": people who guard it ("Afghan border police") make X an actor; anything else
 *  ("near Afghanistan border", "the Syria border area") places the event beside X. */
const BORDER_PEOPLE = new Set(['police', 'policemen', 'guard', 'guards', 'officers', 'officials', 'agents', 'forces', 'force', 'troops', 'soldiers', 'patrol', 'patrols', 'security', 'post', 'posts', 'outpost', 'checkpoint']);
/** After "X's": a capitalised name or a direction ("Pakistan's Bajaur", "Nigeria's northeast"),
 *  not a word of armed or official people ("Pakistan's Army"). */
const POSSESSIVE = /^['’]s\s+(\p{L}+)/u;
const DIRECTION = /^(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|far|restive|troubled)$/;
function possessivePlace(rest: string): boolean {
  const w = POSSESSIVE.exec(rest)?.[1];
  if (!w) return false;
  const lower = w.toLowerCase();
  return !ACTOR_AFTER.has(lower) && (w !== lower || DIRECTION.test(lower));
}

const NOT_LOCATING = new Set(['dollar', 'dollars', 'lira', 'liras', 'pound', 'pounds', 'rupee', 'rupees', 'riyal', 'rial', 'dinar', 'dinars', 'euro', 'peso', 'pesos', 'naira', 'shilling', 'led', 'backed', 'sponsored', 'funded', 'embassy', 'consulate']);

/** Words that open a firm's or a broadcaster's name ending in a country's ("Bank Saderat Iran",
 *  "Radio Free Asia"): the firm, not where things happen. */
const FIRM_HEADS = new Set(['bank', 'radio', 'air', 'airways', 'airlines', 'television', 'telecom', 'petroleum']);

/** The country name at token `i` closes a run of capitalised words (up to three, spaces only)
 *  that a firm's word opens. */
function firmNamed(text: string, toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (!toks[k]!.cap || text.slice(toks[k]!.end, toks[k + 1]!.start) !== ' ') return false;
    if (FIRM_HEADS.has(toks[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/** Words that join a country's name into a place's or a body's name in Romance languages
 *  ("Complexo de Israel", "Banco de Mexico"): after a capitalised word, the name is that thing's. */
const ROMANCE_OF = new Set(['de', 'do', 'da', 'del', 'di', 'des', 'du', 'dos', 'das']);
function romanceNamed(text: string, toks: Token[], i: number): boolean {
  return i >= 2 && ROMANCE_OF.has(toks[i - 1]!.text) && toks[i - 2]!.cap && text.slice(toks[i - 2]!.end, toks[i]!.start) === ` ${toks[i - 1]!.text} `;
}

/** Words that open a clause beside the event's ("... in Gaza City as Israel resumed its war"):
 *  the state that is its subject acts, it is not where the event is (a relation's weight). */
const SUBORDINATE = new Set(['as', 'after', 'when', 'while', 'since', 'because', 'until', 'before']);

/** A closing attribution (", Turkey's defence ministry said.", ", Israel said on Sunday."): the
 *  state that tells of the event is its source, not its scene. */
const TRAILING_SOURCE = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|reported|announced|claimed|stated)\b[^.;,]{0,30}(?:[.;]|$)/u;
const AFTER_COMMA = /,\s*$/;
function trailingSource(text: string, start: number, next: number): boolean {
  return AFTER_COMMA.test(text.slice(Math.max(0, start - 3), start)) && TRAILING_SOURCE.test(text.slice(next, next + 80));
}

function flag(holds: boolean): true | undefined {
  return holds ? true : undefined;
}

function lowerWord(toks: Token[], k: number): string {
  return k >= 0 ? toks[k]!.text.toLowerCase() : '';
}

// Module constants: under tsx (esbuild) a regex literal with a \p{...} escape inside a function
// becomes `new RegExp(...)`, built again on every call.
const NEXT_WORD = /^[\s-]+(\p{L}+)/u;
const WORD_AFTER_NEXT = /^\s*\p{L}+[\s-]+(\p{L}+)/u;

/** Country names and demonyms in text, longest match first, capitalised words only.
 *  `toks` and `norms` (normName of each token's text): when the caller has them already. */
export function findCountryMentions(text: string, toks: Token[] = tokenize(text), norms?: string[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap) continue;
    let key = '';
    let best: { end: number; key: string; hit: { country: Country; kind: 'name' | 'demonym' } } | null = null;
    for (let j = i; j < toks.length && j < i + maxTokens + 1; j++) {
      const norm = norms ? norms[j]! : normName(toks[j]!.text);
      key = key ? `${key} ${norm}` : norm;
      // Every name is among the prefixes too: a key no name starts with is none (most capitalised words).
      if (!namePrefixes.has(key)) break;
      const hit = byName.get(key);
      if (hit) best = { end: j, key, hit };
    }
    if (!best) continue;
    const raw = text.slice(toks[i]!.start, toks[best.end]!.end);
    // "US" only in capitals ("Us" starting a sentence is a pronoun). Names that are also first
    // names or other places ("Chad", "Georgia", "Jordan") are kept: callers weigh them.
    if (best.key === 'us' && raw !== 'US') continue;
    // "the Kenya Times reported": a newspaper, not where things happen.
    if (newspaperName(text, toks, i, best.end)) {
      i = best.end + 1;
      continue;
    }
    // "US dollar", "Turkish lira", "Saudi-led": an economy or a sponsor, not where things happen.
    // An abbreviation's own closing point is no sentence end: "U.S.-led", "U.S. military".
    const next = toks[best.end]!.end + (raw.includes('.') && text[toks[best.end]!.end] === '.' ? 1 : 0);
    const after = NEXT_WORD.exec(text.slice(next, next + 20))?.[1]?.toLowerCase();
    if ((after && NOT_LOCATING.has(after)) || firmNamed(text, toks, i) || romanceNamed(text, toks, i)) {
      i = best.end;
      continue;
    }
    const borderPeople = after && BORDER_WORDS.has(after) ? BORDER_PEOPLE.has(WORD_AFTER_NEXT.exec(text.slice(next, next + 40))?.[1]?.toLowerCase() ?? '') : null;
    const before = lowerWord(toks, i - 1);
    // "bordering X", "from neighbouring X", "the border with X", "X-based": beside or home, not the scene.
    const neighbour = NEIGHBOUR_BEFORE.has(before) || (before === 'the' && NEIGHBOUR_BEFORE.has(lowerWord(toks, i - 2))) || ((before === 'of' || before === 'in' || before === 'the') && FROM_PLACE_OF.test(text.slice(Math.max(0, toks[i]!.start - 60), toks[i]!.start))) || (before === 'with' && BORDER_WORDS.has(lowerWord(toks, i - 2))) || (after === 'based' && text[toks[best.end]!.end] === '-') || borderPeople === false;
    // Every flag present from creation (true, or undefined when it does not hold, as before): one
    // object shape for every reader (H2's deopt hint 3).
    out.push({
      start: toks[i]!.start,
      end: toks[best.end]!.end,
      text: raw,
      iso3: best.hit.country.iso3,
      // "its New Zealand pilot", "a Canada national": a name before a word for a person is used as
      // a demonym, the person's nationality, not where things happen.
      kind: best.hit.kind === 'name' && !!after && PERSON_AFTER_NAME.has(after) && text[toks[best.end]!.end] === ' ' ? 'demonym' : best.hit.kind,
      // Not a name before a verb of speech ("Israel said", "Ukraine said Russian shelling killed four
      // in the city"): the speaking state is as often the scene's as a party elsewhere (read as a
      // party, "Ukraine said ..." had gone to Moscow and "Niger said ... accused France" to France).
      actor: flag((!!after && ACTOR_AFTER.has(after) && borderPeople !== false) || ownForces(text, next) || firesWeapon(after, text, next)),
      relation: flag(RELATION_BEFORE.has(before) || ((before === 'the' || SIDE_WORDS.has(before)) && RELATION_BEFORE.has(lowerWord(toks, i - 2))) || (SUBORDINATE.has(before) && PAST_VERB.test(text.slice(next, next + 24))) || trailingSource(text, toks[i]!.start, next)),
      neighbour: flag(neighbour),
      outside: flag(before === 'with' && NEAR_BORDER.test(text.slice(Math.max(0, toks[i]!.start - 40), toks[i]!.start))),
      people: flag(best.hit.kind === 'demonym' && (pluralDemonym(best.key, best.hit.country) || (!!after && PEOPLE_NOUNS.has(after) && text[toks[best.end]!.end] === ' '))),
      possessive: flag(!neighbour && possessivePlace(text.slice(toks[best.end]!.end, toks[best.end]!.end + 24))),
    });
    i = best.end;
  }
  if (out.length) {
    statesActing(text, out);
    markAttackers(text, out);
    listedActors(text, out);
    outsideLists(text, out);
  }
  return out;
}

/** Words for a person (or a crew) that a country's name stands before as its nationality: mostly
 *  foreigners whose presence is the news ("a New Zealand pilot", "two Canada nationals"). */
const PERSON_AFTER_NAME = new Set([
  'pilot', 'pilots', 'tourist', 'tourists', 'national', 'nationals', 'citizen', 'citizens', 'journalist', 'journalists', 'reporter', 'reporters',
  'engineer', 'engineers', 'diplomat', 'diplomats', 'ambassador', 'envoy', 'missionary', 'missionaries', 'climber', 'climbers', 'mountaineer',
  'mountaineers', 'sailor', 'sailors', 'crew', 'expatriate', 'expatriates', 'contractor', 'contractors', 'hiker', 'hikers', 'backpacker', 'backpackers',
]);

/** Words for people after a demonym ("Syrian civilians"). */
const PEOPLE_NOUNS = new Set([
  'civilians', 'civilian', 'villagers', 'residents', 'nationals', 'citizens', 'refugees', 'migrants', 'hostages', 'fishermen',
  'farmers', 'herders', 'workers', 'pilgrims', 'students', 'traders', 'shepherds', 'people', 'men', 'women', 'children', 'family', 'families',
]);

/** "Palestinians": the plural of a demonym of the same country (addName's plurals). */
function pluralDemonym(key: string, country: Country): boolean {
  if (!key.endsWith('s')) return false;
  const singular = byName.get(key.slice(0, -1));
  return singular?.kind === 'demonym' && singular.country === country;
}

/** Between the countries of a list ("Turkey and Russia", "Iran, Iraq and Syria"). */
const LIST_JOIN = /^\s*(?:,|,?\s+and)\s+$/;
/** Where a clause starts: the text's start, a sentence or a clause break ("On 30 April 2020, "). */
const CLAUSE_START = /(?:^|[.;:,])\s*$/;
/** A comma right after a capitalised word: the name before it is qualified ("Valencia, Venezuela"). */
const AFTER_NAME = /\p{Lu}\p{L}*,\s*$/u;
/** A past-tense verb right after the subject ("conducted", "shelled"); not a participle that
 *  makes the name an attribute ("Turkey based", "Russia led"), which NOT_LOCATING reads. */
const PAST_VERB = /^\s+(\p{Ll}{3,}ed)\b/u;

/** "US and UK warplanes", "Russian and Syrian jets": the countries of a list before an actor's
 *  word are actors all (each of the same kind, names or demonyms: "in Syria and Turkish forces"
 *  is a place and an actor; not people: "Palestinians and Israeli forces" are two sides). */
function listedActors(text: string, out: CountryMention[]): void {
  for (let b = out.length - 1; b > 0; b--) {
    const a = b - 1;
    if (out[b]!.actor && !out[a]!.actor && !out[a]!.people && out[a]!.kind === out[b]!.kind && LIST_JOIN.test(text.slice(out[a]!.end, out[b]!.start))) out[a]!.actor = true;
  }
}

/** "near the border with Kenya and Somalia": every country of the list is beside the event. */
function outsideLists(text: string, out: CountryMention[]): void {
  for (let a = 0; a + 1 < out.length; a++) {
    if (out[a]!.outside && LIST_JOIN.test(text.slice(out[a]!.end, out[a + 1]!.start))) out[a + 1]!.outside = true;
  }
}

/** Two or more countries named together as the subject of a clause and followed by a past-tense
 *  verb ("On 30 April, Turkey and Russia conducted a joint patrol in Idleb") are states acting
 *  jointly, which is mostly abroad: actors, like "Turkish forces", not the place where the event
 *  is. One state alone ("Nigeria deployed troops to Baga") acts at home as often as not: it keeps
 *  its vote. The clause may not start at a comma after a name ("a bomb in Valencia, Venezuela and
 *  Colombia ..." names places). */
function statesActing(text: string, out: CountryMention[]): void {
  for (let a = 0; a < out.length; a++) {
    const first = out[a]!;
    if (first.kind !== 'name' || !CLAUSE_START.test(text.slice(Math.max(0, first.start - 3), first.start)) || AFTER_NAME.test(text.slice(Math.max(0, first.start - 40), first.start))) continue;
    let b = a;
    while (b + 1 < out.length && out[b + 1]!.kind === 'name' && LIST_JOIN.test(text.slice(out[b]!.end, out[b + 1]!.start))) b++;
    if (b === a) continue;
    const verb = PAST_VERB.exec(text.slice(out[b]!.end, out[b]!.end + 24))?.[1];
    if (verb && !NOT_LOCATING.has(verb)) for (let k = a; k <= b; k++) out[k]!.actor = true;
    a = b;
  }
}
