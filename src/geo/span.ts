// A span of text that names a gazetteer place, with what the words around it say: the cue
// before ("in", "near", "village of"), the kind of place after ("district", "province"), and
// signs that the name is part of something else (an actor's name, a longer capitalised name,
// "pro-X"). scan.ts finds where spans are; this file reads their surroundings.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normName } from './normalize.ts';
import type { Token } from './tokens.ts';
import { gapIs, hasStop, isCommaGap, isHyphen } from './gaps.ts';
import type { Hits } from './memory-gazetteer.ts';
import { ADM2_WORDS } from './accept.ts';
import { bordered, coordinatedActor, ledBy, memberOf, peopleAfter, personName } from './span-parties.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
  key: string;
  /** foldKey(key), computed once. */
  foldedKey: string;
  ids: number[];
  /** alt[i]: ids[i] matched only through an alternate name (exonym, old name, short form). */
  alt: boolean[];
  /** Found only through the transliteration fold. */
  fold: boolean;
  cueBefore: string;
  /** "district", "province", "town", ... when the next word says what kind of place this is. */
  kindAfter: string;
  sentenceStart: boolean;
  commonWord: boolean;
  /** Right after another name and a comma, or in parentheses: "Santaluz, Bahia" - an admin slot. */
  adminSlot: boolean;
  /** Alone in a bracket right after a name: "San Lorenzo (Central)". A common word there is the
   *  writer's admin slot, not prose (see acceptSpan). */
  bracketSlot?: boolean;
  /** Next to a capitalised word that is not part of it ("Boko Haram", "Vila Acre", "Sultan Murad"):
   *  probably a piece of a longer name the gazetteer lacks, or a person's name. */
  inCapRun: boolean;
  /** Written "pro-X" / "anti-X": a side in a conflict, not a place; or "X-based": where a group
   *  or a source lives ("an Islamabad-based think tank"), not where the event happened; or the
   *  commander in "forces led by X". */
  partisan: boolean;
  /** Followed by a word for people ("Misrata forces", "Taliban fighters"), or after "members of":
   *  an actor's name. */
  actorAfter: boolean;
}

/** Words after a name that make it part of an actor's name rather than a place reference.
 *  ("front" is not among them: "on Tell Abiad front" is the battle front at the town.) */
export const PEOPLE_AFTER = new Set(['forces', 'force', 'fighters', 'militants', 'militia', 'militias', 'militiamen', 'group', 'members', 'supporters', 'soldiers', 'troops', 'police', 'army', 'rebels', 'insurgents', 'gunmen', 'movement', 'brigade', 'brigades', 'battalion', 'officials', 'authorities', 'government', 'tribe', 'tribesmen', 'clan', 'clans', 'family', 'families', 'community', 'herders', 'farmers', 'residents', 'protesters', 'workers', 'students', 'party', 'people', 'peoples', 'republic', 'division', 'regiment', 'council', 'coalition', 'cartel', 'cartels']);

const COMMON = new Set(
  readFileSync(fileURLToPath(new URL('./data/common-words.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => normName(l)),
);

/** A word that is a common noun or name part before it is a place ("Hotel", "Police"). */
export function isCommonWord(key: string): boolean {
  return COMMON.has(key);
}

/** Lower-case words allowed inside a multi-word name ("Qasr bin Ghashir", "Bir al Ghanam"). */
export const CONNECTORS = new Set(['and', '&', 'et', 'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ben', 'ibn', 'bou', 'bu', 'abu', 'wa', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'of', 'sur', 'am', 'im', 'y', 'e', 'i']);
/** Connectors that also join separate names in a list ("Ain Zara and Abu Salim"). */
export const LIST_WORDS = new Set(['and', '&', 'et', 'y', 'e', 'i']);
export const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh']);
/** Words right before a name that make it a place reference. */
const CUES_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'to', 'towards', 'toward', 'between', 'into', 'of', 'across', 'inside', 'through', 'via', 'and', 'en', 'dans', 'en', 'à']);
/** Words right after a name that say what kind of place it is. */
export const KINDS_AFTER = new Set(['town', 'city', 'village', 'district', 'province', 'state', 'governorate', 'oblast', 'county', 'region', 'area', 'areas', 'camp', 'neighbourhood', 'neighborhood', 'favela', 'municipality', 'raion', 'lga', 'department', 'commune', 'countryside', 'airport', 'subdistrict', 'sub', 'front', 'prefecture', 'division', 'tehsil', 'township', 'localities', 'locality', 'suburb', 'outskirts', 'market', 'junction', 'checkpoint', 'crossing', 'base', 'airbase', 'settlement', 'valley', 'mountain', 'mountains', 'forest', 'hill', 'hills', 'island', 'port', 'barangay', 'rayon', 'hromada', 'uc', 'zone', 'circle', 'block', 'mandal', 'taluk', 'sector', 'chiefdom', 'territory', 'ward', 'quarter', 'colony', 'estate', 'bazaar', 'road', 'highway', 'bypass', 'oil', 'oilfield', 'terminal', 'mine', 'mines', 'bridge', 'gate', 'axis', 'square', 'roundabout', 'governor', 'governorship', 'mayor']);

function sentenceStartAt(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '\'') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';';
  }
  return true;
}

function inParensAfterName(text: string, pos: number): boolean {
  // Only the 80 characters before: a bounded look keeps long texts linear. The nearer of '(' and
  // ')' decides (read in place: a slice per span allocated).
  for (let k = pos - 1, from = Math.max(0, pos - 80); k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x28) return true;
    if (c === 0x29) return false;
  }
  return false;
}

/** The word that may cue a name starting at token i: "in central Van", "in the northern
 *  countryside of X" look past direction words; "village of X", "outskirts of X" give the kind
 *  word before "of". */
function wordBefore(norms: string[], i: number): string {
  let b = i - 1;
  while (b > 0 && (DIRECTIONS.has(norms[b]!) || SETTLEMENT_BEFORE.has(norms[b]!))) b--;
  const w = b >= 0 ? norms[b]! : '';
  return w === 'of' && b > 0 && KINDS_AFTER.has(norms[b - 1]!) ? norms[b - 1]! : w;
}

function allAlternate(hits: Hits): boolean {
  for (let n = 0; n < hits.alt.length; n++) if (!hits.alt[n]) return false;
  return true;
}

/** Could a name starting at token i be cued by the word before it (a superset of makeSpan's cueBefore)? */
export function mayBeCued(norms: string[], i: number): boolean {
  const w = wordBefore(norms, i);
  return CUES_BEFORE.has(w) || KINDS_AFTER.has(w);
}

/** Plurals of settlements and of people that a common word before them describes ("the Arab
 *  cities", "Christian villagers"); not any word in -s, which is as often a verb ("a bomb in Unity
 *  kills three"). */
const QUALIFIED_PLURALS = new Set([
  'cities', 'towns', 'villages', 'areas', 'communities', 'neighbourhoods', 'neighborhoods', 'districts', 'regions', 'camps',
  'residents', 'villagers', 'citizens', 'people', 'families', 'tribes', 'farmers', 'herders', 'workers', 'students', 'traders',
]);

export function makeSpan(text: string, toks: Token[], norms: string[], i: number, j: number, key: string, foldedKey: string, hits: Hits, fold: boolean): Span {
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  const cueBefore = wordBefore(norms, i);
  // The next word describes this name only when no punctuation separates them ("Chiapas, workers" does not).
  const next = j + 1 < toks.length && !hasStop(text, end, toks[j + 1]!.start) ? norms[j + 1]! : '';
  const commonWord = COMMON.has(key) || CONNECTORS.has(key);
  // "City Hall", "Town Hall": a capitalised kind word written onto a common word makes one name,
  // a landmark, not "the city of Hall" ("District Swat" keeps its cue: Swat is no common word).
  const compass = compassDistrict(text, toks, norms, i, j);
  // "Akre district of Ninewa": a name that ends in its kind word is contained by the name after
  // "of", not continued by it ("Jabal al Kirsh" is continued).
  const contained = j > i && KINDS_AFTER.has(norms[j]!) && j + 1 < toks.length && !toks[j + 1]!.cap;
  const landmark = commonWord && i > 0 && toks[i - 1]!.cap && KINDS_AFTER.has(norms[i - 1]!) && gapIs(text, toks[i - 1]!.end, start, ' ');
  // "in the Arab cities and villages": a common word before a plural noun qualifies the noun;
  // the cue before it is the noun's, and the word names no place.
  const adjective = commonWord && !!next && !toks[j + 1]!.cap && QUALIFIED_PLURALS.has(next) && !KINDS_AFTER.has(next);
  // "in the State", "at the Palace": a common word after the article names the polity or the
  // building the text speaks of; a place it would name only as another place's alternate name
  // ("State" for a Kashmiri village) or through the spelling fold (Italy's "Statte") is no
  // reading of it.
  const article = commonWord && i > 0 && norms[i - 1] === 'the' && (fold || allAlternate(hits));
  return {
    start,
    end,
    text: text.slice(start, end),
    key,
    foldedKey,
    ids: hits.ids,
    alt: hits.alt,
    fold,
    cueBefore: !landmark && !adjective && !article && (CUES_BEFORE.has(cueBefore) || KINDS_AFTER.has(cueBefore)) ? cueBefore : '',
    // "the Rashayya-Masnaa road": the first end of a route is as much on the road as the second.
    kindAfter: KINDS_AFTER.has(next) ? (SEAT_AFTER_AREA.has(norms[j + 2] ?? '') && ADM2_WORDS.has(next) ? 'town' : next) : localGovernment(norms, j + 1) ? 'lga' : compass || routeBetween(text, toks, norms, j) || (commonWord ? '' : listKind(text, toks, norms, i, j)),
    sentenceStart: sentenceStartAt(text, start),
    commonWord,
    adminSlot: inParensAfterName(text, start) || (i > 0 && toks[i - 1]!.cap && isCommaGap(text, toks[i - 1]!.end, start)),
    bracketSlot: i > 0 && toks[i - 1]!.cap && text[end] === ')' && /^\s*\($/.test(text.slice(toks[i - 1]!.end, start)),
    actorAfter: (!!next && peopleAfter(text, toks, norms, j)) || coordinatedActor(toks, norms, j + 1, text) || memberOf(norms, i),
    partisan: (i > 0 && (norms[i - 1] === 'pro' || norms[i - 1] === 'anti') && isHyphen(text, toks[i - 1]!.end, start)) ||
      (next === 'based' && text[end] === '-') || ledBy(toks, norms, i, j) || bordered(toks, norms, i) || personName(text, toks, norms, i, end),
    inCapRun: !compass && (landmark || ezafeAfter(text, toks, norms, i) || (capNeighbour(text, toks, norms, i - 1, start, true) && !routeBetween(text, toks, norms, i - 1)) ||
      (!contained && capNeighbour(text, toks, norms, j + 1, end, false) && !routeBetween(text, toks, norms, j))),
  };
}

/** "Mangu Local Government Area", "Bassa local government": Nigeria's LGA written out, in either
 *  case, is the kind of the name before it. */
function localGovernment(norms: string[], k: number): boolean {
  return norms[k] === 'local' && norms[k + 1] === 'government';
}

/** Persian and Dari link a name's words with the ezafe, written "-e" or "-ye" ("Maskan-e Mehr"
 *  housing, "Khor-e Bala"): a name right after one is the end of a longer name, no place of its
 *  own (its namesakes elsewhere are chance). */
function ezafeAfter(text: string, toks: Token[], norms: string[], i: number): boolean {
  if (i < 2 || (norms[i - 1] !== 'e' && norms[i - 1] !== 'ye')) return false;
  return toks[i - 2]!.cap && isHyphen(text, toks[i - 2]!.end, toks[i - 1]!.start) && gapIs(text, toks[i - 1]!.end, toks[i]!.start, ' ');
}

/** "Ghoryan district center", "Zari district headquarters": the district's seat, a town of the name. */
const SEAT_AFTER_AREA = new Set(['center', 'centre', 'headquarters', 'hq', 'capital']);

/** Plural kind words that close a list of names ("in Al Jawf, Ad Dali and Taizz governorates"). */
const PLURAL_KINDS = new Map([
  ['provinces', 'province'], ['governorates', 'governorate'], ['districts', 'district'], ['states', 'state'],
  ['counties', 'county'], ['regions', 'region'], ['departments', 'department'], ['lgas', 'lga'],
  ['municipalities', 'municipality'], ['villages', 'village'], ['towns', 'town'], ['cities', 'city'],
  ['camps', 'camp'], ['neighbourhoods', 'neighbourhood'], ['neighborhoods', 'neighborhood'],
]);

/** How far a list of names may run before its plural kind word, in tokens (bounded: linear scans). */
const LIST_REACH = 30;

/** "Kabul, Ghor, Laghman, and Balkh provinces": the plural kind word closing a list of capitalised
 *  names (joined by commas and "and") says what each of them is; its singular, else ''. A name
 *  alone before a plural ("Arab cities", "Leon de los Aldama municipalities") is no list, and a
 *  common word in one ("Police and Army camps") gets no kind from it (the caller skips those). */
function listKind(text: string, toks: Token[], norms: string[], i: number, j: number): string {
  let listed = i > 1 && toks[i - 2]!.cap && (norms[i - 1] === 'and' || gapIs(text, toks[i - 1]!.end, toks[i]!.start, ', '));
  for (let k = j + 1; k < toks.length && k <= j + LIST_REACH; k++) {
    const t = toks[k]!;
    const w = norms[k]!;
    const from = toks[k - 1]!.end;
    const space = gapIs(text, from, t.start, ' ');
    const plural = PLURAL_KINDS.get(w);
    if (plural) return listed && space && toks[k - 1]!.cap ? plural : '';
    // Inside a name a space or a hyphen; between names a comma or "and" (", and").
    const comma = gapIs(text, from, t.start, ', ');
    const between = t.cap ? comma : w === 'and' && (space || comma);
    if (between) listed = true;
    else if (t.cap ? !space && !isHyphen(text, from, t.start) : !(CONNECTORS.has(w) && !LIST_WORDS.has(w) && space)) return '';
  }
  return '';
}

/** Compass words that split a district from its town's name ("Tonj South", "Central Weda"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);

/** "Tonj South county", "Central Weda district", "Akure South LGA": a district named after its
 *  town with a compass word, when the gazetteer lacks the district, names the district around
 *  the town: the district's kind word, else ''. The name is then no piece of a longer one. */
function compassDistrict(text: string, toks: Token[], norms: string[], i: number, j: number): string {
  if (j + 2 < toks.length && toks[j + 1]!.cap && COMPASS_WORDS.has(norms[j + 1]!) && joined(text, toks, j, j + 1) && joined(text, toks, j + 1, j + 2) && ADM2_WORDS.has(norms[j + 2]!)) return norms[j + 2]!;
  if (i > 0 && toks[i - 1]!.cap && COMPASS_WORDS.has(norms[i - 1]!) && joined(text, toks, i - 1, i) && j + 1 < toks.length && joined(text, toks, j, j + 1) && ADM2_WORDS.has(norms[j + 1]!)) return norms[j + 1]!;
  return '';
}

/** Tokens a and b are separated by one space. A module function, not a closure in
 *  compassDistrict: tsx's keepNames wraps each named closure in a __name() call (a
 *  defineProperty through the runtime) every time it is made, ~50 ms and 30 MB per ACLED pass. */
function joined(text: string, toks: Token[], a: number, b: number): boolean {
  const end = toks[a]!.end;
  return toks[b]!.start === end + 1 && text.charCodeAt(end) === 32;
}

/** A copy of a span with other candidates (an in-country variant), built with makeSpan's
 *  property order so every span has one object shape (a spread copy is another hidden class). */
export function spanWith(s: Span, ids: number[], alt: boolean[], fold: boolean, kindAfter: string, inCapRun = s.inCapRun): Span {
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    key: s.key,
    foldedKey: s.foldedKey,
    ids,
    alt,
    fold,
    cueBefore: s.cueBefore,
    kindAfter,
    sentenceStart: s.sentenceStart,
    commonWord: s.commonWord,
    adminSlot: s.adminSlot,
    bracketSlot: s.bracketSlot,
    actorAfter: s.actorAfter,
    partisan: s.partisan,
    inCapRun,
  };
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const SINGLE_CAPITAL = /^\p{Lu}$/u;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function capNeighbour(text: string, toks: Token[], norms: string[], k: number, edge: number, before: boolean): boolean {
  // "Jabal al Kirsh": a lower-case connector followed by a capitalised word continues the name.
  const link = toks[k];
  if (!before && link && !link.cap && CONNECTORS.has(norms[k]!) && !LIST_WORDS.has(norms[k]!) && gapIs(text, edge, link.start, ' ')) {
    return capNeighbour(text, toks, norms, k + 1, link.end, false);
  }
  const t = toks[k];
  if (!t || !t.cap || isDigit(t.text.charCodeAt(0))) return false;
  const from = before ? t.end : edge;
  const to = before ? edge : t.start;
  // "Jang/Geo Group": names joined by a slash are one compound name; "Gustavo A. Madero": a
  // middle initial and its full stop too.
  if (!gapIs(text, from, to, ' ') && !isHyphen(text, from, to) && !gapIs(text, from, to, '/') && !(before && gapIs(text, from, to, '. ') && SINGLE_CAPITAL.test(t.text))) return false;
  const w = norms[k]!;
  if (KINDS_AFTER.has(w) || CUES_BEFORE.has(w) || MONTHS.has(w) || (!before && localGovernment(norms, k))) return false;
  // "Wadi al Washka", "Jabal Yusuf": a valley or mountain named after the village the gazetteer has.
  if (before && TERRAIN_BEFORE.has(w)) return false;
  // "near Khutir Stavky": a word for a hamlet written before its name is no other name.
  if (before && SETTLEMENT_BEFORE.has(w)) return false;
  // A capitalised article before the name ("La Colonia Tovar", "El Mina") is not another name.
  if (before && (CONNECTORS.has(w) || w === 'los' || w === 'las' || w === 'les')) return false;
  return !(before && sentenceStartAt(text, t.start));
}

/** Words after "X-Y" that make it a way between two places ("the Rashayya-Masnaa road"), and
 *  the words that may stand between ("the Agra-Mumbai national highway"). */
const ROUTE_AFTER = new Set(['road', 'highway']);
const ROUTE_ADJECTIVES = new Set(['national', 'federal', 'main', 'ring', 'coastal', 'international', 'state']);

/** The route word when tokens a and a + 1 are joined by a hyphen and the capitalised words from
 *  a + 1 on (at most four) are followed by one: two places, not one name; else ''. */
function routeBetween(text: string, toks: Token[], norms: string[], a: number): string {
  const x = toks[a];
  const y = toks[a + 1];
  if (!x || !y || !isHyphen(text, x.end, y.start)) return '';
  let m = a + 1;
  while (m < toks.length && m <= a + 4 && toks[m]!.cap && toks[m]!.start - toks[m - 1]!.end === 1) m++;
  const adjective = ROUTE_ADJECTIVES.has(norms[m] ?? '') && gapIs(text, toks[m]!.end, toks[m + 1]?.start ?? 0, ' ') ? 1 : 0;
  const w = norms[m + adjective] ?? '';
  return ROUTE_AFTER.has(w) && m > a + 1 && gapIs(text, toks[m - 1]!.end, toks[m]!.start, ' ') ? w : '';
}

/** Arabic terrain words written before a village's name for the valley, hill or mountain by it. */
const TERRAIN_BEFORE = new Set(['wadi', 'jabal', 'jebel', 'jabel', 'tall', 'tell', 'tal']);

/** Words for a settlement written before its name in Ukrainian and Russian transliteration
 *  ("Khutir Stavky", "Selo X", "Poselok X"): a hamlet of that name. */
const SETTLEMENT_BEFORE = new Set(['khutir', 'khutor', 'selo', 'selyshche', 'poselok', 'posyolok', 'smt']);

const DIRECTIONS = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'rural', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'greater', 'old', 'upper', 'lower']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

