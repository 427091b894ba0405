// Human tolls: a quantity tied to a toll cue in the same clause ("killing four workers",
// "10 civilians had died", "two Somali and four Kenyan citizens died", "dozens were wounded",
// "a man was shot dead"). Which cue a number belongs to is decided by position:
//   1. a cue verb right before it ("killing at least 5", "the killing of a person"),
//   2. else a cue after it in the same clause, passing over nouns and coordinated numbers,
//   3. else a cue verb further left across a coordination ("killing 3 soldiers and 2 civilians").
// "No fatalities", "neither fatalities nor injuries" give an explicit 0.

import { sentenceAt, type DocState, type Stage, type TollKind, type TollMention } from '../state.ts';
import { canStartQuantity, quantityAt, type Quantity } from './quantity.ts';
import { INCLUDES, anAge, joinBefore } from './lists.ts';
import { sentenceTokens, type Tokens } from './tokens.ts';
import { KIND_OF, UNITS, BREAKS, HOUSEHOLDS, LEFT_GAP, NEGATION, PARTITIVE, NOT_PERSONS, COLLECTIVES, KIN_OF, ALTERNATIVE, REPORTING, SINGULAR, PASSIVE_NEAR, LEFT_CUE, NOT_VERB, PASSIVE, TOLL_SCOPES, isPersonish, HOUSEHOLD_SIZE, cueAt } from './toll-words.ts';
import { datesOfSentence, inQuote } from '../by-sentence.ts';
import { bracketDepths, inCauseClause, isAgent, verbOpensAt } from './clauses.ts';
import { PRONOUNS, definiteVictim } from './definite.ts';
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts';

/** The word at k names no person: "two goats", not "a cattle herder" (a modifier of a person noun). */
function notPerson(w: string[], k: number): boolean {
  return k < w.length && NOT_PERSONS.has(w[k]) && !(k + 1 < w.length && isPersonish(w[k + 1]));
}

/** The colon at c closes a sentence's opening name, as a wire dateline's does ("OUAGADOUGOU: ..."). */
function openingName(t: Tokens, c: number): boolean {
  if (c === 0 || c > 3) return false;
  for (let k = 0; k < c; k++) if (t.caps[k] !== 1) return false;
  return true;
}

/** Is the quantity at i a count of people rather than of units, times or years? */
function plausibleCount(t: Tokens, q: Quantity): boolean {
  const w = t.words;
  const next = q.to + 1 < w.length ? w[q.to + 1] : ''; // bounds checked: an out-of-range read deoptimises
  if ((UNITS.has(next) && !HOUSEHOLDS.has(next)) || notPerson(w, q.to + 1)) return false;
  // "two Iskander ballistic missiles": a name or a qualifier may stand between the figure and its unit.
  // Not past a person noun of its own ("14 people in villages of X").
  for (let k = q.to + 2; k <= q.to + 3 && k < w.length && !isPersonish(next); k++) {
    if (isPersonish(w[k]) || BREAKS.has(w[k]) || w[k] === ',' || KIND_OF.has(w[k])) break;
    if (w[k].length > 3 && UNITS.has(w[k]) && !HOUSEHOLDS.has(w[k]) && !isPersonish(w[k - 1])) return false;
  }
  // A figure after a colon is a clock time or a label's value, not a toll; but not after a wire
  // dateline in capitals ("OUAGADOUGOU: Nine people were killed ...").
  if (next === ':' || (w[q.from - 1] === ':' && !openingName(t, q.from - 1)) || next === '%') return false;
  if (w[q.from - 1] === 'of' && KIN_OF.has(w[q.from - 2] ?? '')) return false;
  // "a doctor said", "two officials told", "a Somali military official said": the people who report, not the toll.
  // A fourth word only as a speaker's verb ("were reported killed" is a toll), and not across a
  // comma ("killing 2 soldiers, police said" is one too).
  for (let k = q.to + 1; k <= q.to + 4 && k < w.length && w[k] !== ',' && !BREAKS.has(w[k]); k++) {
    if (REPORTING.has(w[k]) && !PASSIVE.has(w[k - 1]) && (k <= q.to + 3 || w[k] === 'said' || w[k] === 'told')) return false;
    if (w[k] === 'put' && w[k + 1] === 'the') return false; // "an officer put the number of dead at 15"
  }
  if (/^\d{4}$/.test(w[q.to]) && +w[q.to] >= 1900 && +w[q.to] <= 2100) return false; // years
  if (q.from === q.to && commaAge(t, q.from)) return false;
  if (NUMBERED.has(w[q.from - 1] ?? '') && /^\d/.test(w[q.from])) return false; // "battalion 377", "Route 5"
  // Not "a boy aged 12 and three soldiers": a figure with its own person noun counts people.
  if (anAge(w, q.from) && !isPersonish(w[q.to + 1] ?? '')) return false;
  if (PARTITIVE.has(next) && !KIND_OF.has(w[q.from - 1] ?? '') && w[q.from] !== 'dozens' && w[q.from] !== 'hundreds' && w[q.from] !== 'thousands' && !/^(tens|scores)$/.test(w[q.from])) {
    return w[q.from] !== 'one' || !/^(these|those|the|his|their|them)$/.test(w[q.to + 2] ?? '');
  }
  // "a"/"an" only count when they introduce a person ("a man was killed", "killing a civilian").
  if (SINGULAR.has(w[q.from])) {
    // "his two sons": the figure after the possessive is the count (not an age: "a 52-year-old man").
    if (q.to + 1 < w.length && canStartQuantity(w[q.to + 1]) && !AGE.test(w[q.to + 1]) && quantityAt(w, q.to + 1)) return false;
    // "a supporter of a UP member": the second person only qualifies the first.
    if (w[q.from - 1] === 'of' && isPersonish(w[q.from - 2] ?? '')) return false;
    // "a man", "his brother", "an inmate was stabbed", or any "a X" right after a kill verb.
    const article = w[q.from] === 'a' || w[q.from] === 'an';
    // "driving a motorcycle": the object of another verb is not a victim.
    const before = w[q.from - 1] ?? '';
    if (article && before.endsWith('ing') && !KIND_OF.has(before)) return false;
    if (notPerson(w, q.to + 1)) return false;
    // "a family of three": the figure after "of" is the count.
    if (COLLECTIVES.has(w[q.to + 1] ?? '') && w[q.to + 2] === 'of' && canStartQuantity(w[q.to + 3] ?? '')) return false;
    if (article && KIND_OF.has(w[q.from - 1] ?? '')) return true;
    // "the death of a bystander", "the killing of a journalist"
    if (article && w[q.from - 1] === 'of' && KIND_OF.has(w[q.from - 2] ?? '')) return true;
    for (let k = q.to + 1; k <= q.to + 5 && k < w.length; k++) {
      // "a village killed ten civilians": the person must come before the cue verb.
      if (KIND_OF.has(w[k]) && /(?:ed|ing)$/.test(w[k]) && !adjectival(t, k)) break;
      if (k <= q.to + 4 && isPersonish(w[k])) return !STRUCTURES.has(w[k + 1] ?? '');
      // "a former bodyguard who worked for ...": a relative "who" speaks of a person.
      if (article && w[k] === 'who') return true;
      if (article && k >= q.to + 2 && PASSIVE_NEAR.has(w[k])) return true;
    }
    return false;
  }
  return true;
}

const AGE = /-years?-old$/;
/** Nouns whose following number names one of them, not a count. */
const NUMBERED = new Set(['battalion', 'brigade', 'division', 'regiment', 'unit', 'route', 'highway', 'road', 'no', 'number', 'sector', 'block', 'zone', 'camp', 'flight', 'resolution', 'article', 'kilometre', 'kilometer', 'km', 'gate', 'phase', 'district', 'ward', 'pd']);
/** "a police post", "an army vehicle": a person word as the modifier of a thing. */
const STRUCTURES = new Set(['post', 'posts', 'station', 'checkpoint', 'vehicle', 'car', 'truck', 'convoy', 'base', 'camp', 'building', 'headquarters', 'compound', 'office', 'van', 'barracks', 'outpost', 'position', 'academy', 'school']);

/** "two injured soldiers died", "a displaced woman was killed": a cue participle that only
 *  describes the person noun right after it, when the clause's own cue follows that noun ("200
 *  displaced people returned" keeps its figure of displaced). */
function adjectival(t: Tokens, k: number): boolean {
  const w = t.words[k];
  if (!w.endsWith('ed') || !isPersonish(t.words[k + 1] ?? '') || PASSIVE.has(t.words[k - 1] ?? '') || (k > 0 && cueAt(t, k - 1))) return false;
  for (let j = k + 2; j <= k + 5 && j < t.words.length; j++) {
    if (BREAKS.has(t.words[j]) || t.words[j] === ',') return false;
    // Only a death after the describing word ("two injured soldiers were evacuated" stays injured).
    const cue = cueAt(t, j);
    if (cue) return cue === 'killed';
  }
  return false;
}

/** Stage of a figure that states the incident's whole death toll ("the death toll rose to 12"). */
export const TOTAL_STAGE = 'numbers/toll-total';

/** "the death toll rose to 12", "put the number of dead at 15". */
function statesTotal(t: Tokens, q: Quantity): boolean {
  const w = t.words;
  if (w[q.from - 1] !== 'to' && w[q.from - 1] !== 'at') return false;
  // Back to the clause's start (a comma or a break ends the look), at most 20 words: "the death
  // toll from Saturday's attack on a market in the northern town of X rose to 11".
  for (let k = q.from - 2; k >= 1 && k >= q.from - 20; k--) {
    if (BREAKS.has(w[k]) || w[k] === ',') return false;
    const toll = w[k] === 'toll' && (w[k - 1] === 'death' || w[k - 1] === 'casualty');
    const dead = (w[k] === 'dead' || w[k] === 'deaths' || w[k] === 'fatalities') && w[k - 1] === 'of' && w[k - 2] === 'number';
    if (toll || dead) return !otherScope(w, k - 1);
  }
  return false;
}

/** "the national COVID-19 death toll", "the flood death toll": a toll of something else. */
function otherScope(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (TOLL_SCOPES.has(w[j])) return true;
  return false;
}

function personFollows(t: Tokens, q: Quantity): boolean {
  // One word further after a partitive: "three of his family members".
  const reach = t.words[q.to + 1] === 'of' ? 4 : 3;
  for (let k = q.to + 1; k <= q.to + reach && k < t.words.length; k++) if (isPersonish(t.words[k])) return true;
  return q.to + 1 >= t.words.length || BREAKS.has(t.words[q.to + 1]) || t.words[q.to + 1] === ',';
}

/** "took/claimed/cost the lives of nine soldiers" is a toll; "saved the lives of 12 children" is not. */
const TAKES_LIVES = new Set(['took', 'taken', 'take', 'takes', 'taking', 'claimed', 'claim', 'claims', 'claiming', 'cost', 'costing']);
function livesTaken(t: Tokens, k: number): boolean {
  const w = t.words[k - 1] === 'the' ? t.words[k - 2] : t.words[k - 1];
  return w !== undefined && TAKES_LIVES.has(w);
}

const AND_HARM = new Set(['burned', 'burnt', 'beat', 'mutilated', 'tortured', 'dismembered', 'stoned', 'hacked', 'stabbed', 'dumped']);

function leftCue(t: Tokens, q: Quantity, far: boolean, stated = false): TollKind | undefined {
  // Coordination only joins figures of people ("3 soldiers and 2 civilians", not "13 warehouses").
  if (far && (!personFollows(t, q) || (t.words[q.from - 1] !== 'and' && t.words[q.from - 1] !== ','))) return undefined;
  const limit = far ? 10 : 4;
  let passedNumber = false;
  for (let k = q.from - 1, steps = 0; k >= 0 && steps < limit; k--, steps++) {
    const kind = cueAt(t, k);
    // "Among the dead, 12 rebels and 11 children": a breakdown of a toll already stated.
    if (kind && t.words[k - 1] === 'the' && t.words[k - 2] === 'among') return undefined;
    if (kind) return LEFT_CUE.test(t.words[k]) && (!far || passedNumber) && (t.words[k] !== 'lives' || livesTaken(t, k)) ? kind : undefined;
    const w = t.words[k];
    if (BREAKS.has(w)) return undefined;
    // "the dead included a girl and four children": a breakdown of a toll already stated, not
    // more victims (with no toll before it, the list is the toll).
    if (stated && INCLUDES.has(w)) return undefined;
    // "lynched and burned 13 men": a second verb of harm joined to the cue takes the same victims.
    if (!far && AND_HARM.has(w) && t.words[k - 1] === 'and' && cueAt(t, k - 2) === 'killed') {
      k--;
      continue;
    }
    if (!far && !LEFT_GAP.has(w) && !INCLUDES.has(w)) return undefined;
    // Coordination ("killing 3 soldiers and 2 civilians") must join two figures.
    if (far && quantityAt(t.words, k) && plausibleCount(t, quantityAt(t.words, k)!)) passedNumber = true;
  }
  return undefined;
}

function rightCue(t: Tokens, q: Quantity, depth: Int8Array): TollKind | 'casualties' | undefined {
  const base = depth[q.from];
  let passive = false;
  for (let k = q.to + 1, steps = 0; k < t.words.length && steps < 10 && k <= q.to + 24; k++) {
    if (depth[k] > base || t.words[k] === ')' || t.words[k] === ']') continue; // skip breakdowns
    // Words of a name ("Communist Party of India-Maoist cadres") are one noun phrase: they don't count.
    if (!t.caps[k] && t.words[k] !== '-') steps++;
    const cue = cueAt(t, k);
    const kind = cue && !adjectival(t, k) ? cue : undefined;
    if (kind) return isAgent(t, q.to, k) ? undefined : kind === 'killed' && mixedWithInjured(t, k) ? 'casualties' : (kind === 'abducted' || kind === 'arrested') && killedAfter(t, k) ? 'killed' : kind;
    const w = t.words[k];
    // "A resident also said that ten people were killed": the figure is the speaker.
    if (REPORTING.has(w) && !PASSIVE.has(t.words[k - 1])) return undefined;
    if ((w === 'who' || w === 'that') && isPersonish(t.words[k - 1] ?? '')) {
      const verb = restrictiveVerb(t, k);
      if (verb > 0) {
        k = verb - 1;
        continue;
      }
    }
    if (w === ',' && (RELATIVE.has(t.words[k + 1]) || t.words[k + 1] === 'including')) {
      const close = relativeAside(t, k);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (w === ',' && listGoesOn(t, k)) {
      steps = 0; // each item of the list has its own few words
      continue;
    }
    if (BREAKS.has(w) || (w === ',' && steps > 3 && !closesFigureList(t, q, k))) return undefined;
    // "arrested 3 others over the killing of a herder": the cause of another act.
    if (CAUSE_STOP.has(w)) return undefined;
    // "as" ends the clause ("... as a resident died"), except in "as well as".
    if (w === 'as' && t.words[k + 1] !== 'well' && t.words[k - 1] !== 'well') return undefined;
    // Another main verb in between ("a family and attacked them ... killing") ends the phrase;
    // not a participle of the figure's own passive verb ("a man was stoned and stabbed to death")
    // nor one that describes the figure's noun ("a man accused of witchcraft was lynched").
    if (PASSIVE.has(w)) passive = true;
    else if (w.length > 4 && w.endsWith('ed') && !NOT_VERB.has(w) && !PASSIVE.has(t.words[k - 1]) && !(passive && (t.words[k - 1] === 'and' || t.words[k - 1] === 'found')) && t.words[k + 1] !== 'of') return undefined;
  }
  return undefined;
}

const RELATIVE = new Set(['who', 'which', 'whom']);
/** Words that open the cause of the figure's own act ("arrested 3 over the killing of ..."). */
const CAUSE_STOP = new Set(['over', 'against', 'demanding', 'protesting', 'condemning', 'denouncing', 'because']);
/** How far a relative aside may run, in tokens (bounded: a linear scan). */
const ASIDE_REACH = 14;

/** "Two soldiers, who were on patrol, were killed", "six members of a family, including four
 *  children, were killed": the closing comma of a relative or "including" aside that
 *  holds no toll cue of its own and is followed by the passive verb, else -1. The figure's cue
 *  is after the aside. */
function relativeAside(t: Tokens, comma: number): number {
  for (let j = comma + 2; j < t.words.length && j <= comma + ASIDE_REACH; j++) {
    const w = t.words[j];
    if (cueAt(t, j) || BREAKS.has(w)) return -1;
    if (w === ',') return verbOpensAt(t.words, j + 1) ? j : -1;
  }
  return -1;
}

/** "a former bodyguard who worked for a local politician was shot dead": a relative clause with
 *  no comma between the victim and the clause's passive verb. The index of the passive marker
 *  ("was") whose next words hold the toll cue, else -1. Not when the relative clause holds a cue
 *  of its own ("a man who was wounded in the raid later died" is left to the other rules). */
function restrictiveVerb(t: Tokens, rel: number): number {
  for (let j = rel + 2; j < t.words.length && j <= rel + ASIDE_REACH; j++) {
    const w = t.words[j];
    if (cueAt(t, j) || BREAKS.has(w) || w === ',') return -1;
    if (!PASSIVE.has(w)) continue;
    for (let c = j + 1; c <= j + 3 && c < t.words.length; c++) {
      if (cueAt(t, c)) return j;
      if (!ADVERBS.has(t.words[c]) && t.words[c] !== 'shot' && t.words[c] !== 'stabbed' && t.words[c] !== 'beaten') break;
    }
  }
  return -1;
}
const ADVERBS = new Set(['reportedly', 'allegedly', 'later', 'then', 'subsequently', 'also', 'eventually', 'fatally', 'brutally']);

/** "was abducted by gunmen and stabbed to death", "were kidnapped and killed", "was detained and
 *  later found dead": the abducted or detained are dead too, and ACLED counts them as fatalities.
 *  A killed cue joined by "and" later in the clause (before any comma or break). */
function killedAfter(t: Tokens, k: number): boolean {
  let joined = false;
  for (let j = k + 1; j <= k + 8 && j < t.words.length; j++) {
    const w = t.words[j];
    if (BREAKS.has(w) || w === ',') return false;
    if (!joined) {
      joined = w === 'and';
      continue;
    }
    const cue = cueAt(t, j);
    if (cue) return cue === 'killed';
    // Only the verb's own words: with an object ("detained and tortured a villager to death")
    // the victim is another.
    if (!THEN_KILLED.has(w)) return false;
  }
  return false;
}
const THEN_KILLED = new Set(['later', 'then', 'subsequently', 'eventually', 'reportedly', 'allegedly', 'found', 'shot', 'stabbed', 'beaten', 'hacked', 'burnt', 'burned', 'tortured', 'to', 'were', 'was']);

/** "arrested three suspects in the killing of a pastor", "sentenced five men to death": a death
 *  that an arrest, charge or sentence is about (or one a court orders), not this event's toll. */
function judicialToll(t: Tokens, q: Quantity): boolean {
  const w = t.words;
  let judicial = '';
  for (let k = q.from - 1; k >= 0 && k >= q.from - 14; k--) {
    if (BREAKS.has(w[k]) || w[k] === ';') break;
    if (JUDICIAL.has(w[k])) {
      judicial = w[k];
      break;
    }
  }
  if (!judicial) return false;
  if (w[q.from - 1] === 'of' && NOMINAL_KILL.has(w[q.from - 2] ?? '')) return true;
  // Only a court sends to death: "detained and tortured a villager to death" is the act itself.
  if (judicial !== 'sentenced') return false;
  for (let k = q.to + 1; k <= q.to + 4 && k + 1 < w.length; k++) if (w[k] === 'to' && w[k + 1] === 'death') return true;
  return false;
}
const JUDICIAL = new Set(['arrested', 'detained', 'charged', 'convicted', 'sentenced', 'indicted', 'prosecuted', 'jailed', 'remanded', 'apprehended', 'suspects', 'suspected']);
const NOMINAL_KILL = new Set(['killing', 'slaying', 'murder', 'death', 'assassination', 'lynching']);

/** "Four soldiers, two policemen and three civilians, were killed": a comma after a list of
 *  figures joined by commas and "and", right before the passive verb, closes the list; it is no
 *  clause break (the list's first figure is as dead as its last). Only figures, their nouns,
 *  commas and "and" between the first figure and the comma. */
function closesFigureList(t: Tokens, q: Quantity, comma: number): boolean {
  if (!verbOpensAt(t.words, comma + 1)) return false;
  let figures = 1;
  let joined = false;
  for (let j = q.to + 1; j < comma; j++) {
    const w = t.words[j];
    if (w === 'and') joined = true;
    else if (w === ',') continue;
    else if (quantityAt(t.words, j)) figures++;
    else if (!isPersonish(w) && !t.caps[j] && !NOT_VERB.has(w)) return false;
  }
  return joined && figures >= 2;
}

/** "3 policemen, 2 militia members, and 1 soldier were killed": a comma followed by another
 *  figure (or "and" and a figure) continues a list of victims toward its verb. */
function listGoesOn(t: Tokens, comma: number): boolean {
  const at = t.words[comma + 1] === 'and' ? comma + 2 : comma + 1;
  return at < t.words.length && canStartQuantity(t.words[at]) && !SINGULAR.has(t.words[at]) && quantityAt(t.words, at) !== null && !commaAge(t, at);
}

/** "Ahmed Musa, 34,", "a farmer, 45, and his son, 12": a bare figure between commas (or before
 *  the end) right after a name or a person is an age. */
function commaAge(t: Tokens, k: number): boolean {
  const w = t.words;
  if (w[k - 1] !== ',' || !/^\d{1,2}$/.test(w[k])) return false;
  const next = w[k + 1] ?? '.';
  if (next !== ',' && next !== '.' && next !== ';' && next !== ')') return false;
  return t.caps[k - 2] === 1 || isPersonish(w[k - 2] ?? '');
}

/** "killing a woman and her son", "the owner and his two sons", "an elder along with four
 *  relatives": a figure joined to the previous toll's phrase. */
function coordinated(t: Tokens, q: Quantity, lastKind: TollKind | null, lastTo: number): TollKind | undefined {
  if (!lastKind) return undefined;
  const join = joinBefore(t.words, q.from);
  if (join < 0 || join - lastTo > 4) return undefined;
  for (let k = lastTo + 1; k < join; k++) if (cueAt(t, k) || BREAKS.has(t.words[k])) return undefined;
  return personFollows(t, q) ? lastKind : undefined;
}

/** "Six people were killed in Kharkiv, another six in Chuhuiv and three in Zolochiv": a figure
 *  joined to the list with its own place and no verb takes the kind of the figure the list began
 *  with, when only that kind's cue stands between them. */
function placeEllipsis(t: Tokens, q: Quantity, lastKind: TollKind | null, lastTo: number): TollKind | undefined {
  const w = t.words;
  if (!lastKind || q.from - lastTo > ELLIPSIS_REACH || !placedAfter(t, lastTo, q.from)) return undefined;
  const before = w[q.from - 1] === 'another' ? q.from - 2 : q.from - 1;
  if (w[before] !== ',' && w[before] !== 'and') return undefined;
  const at = w[q.to + 1] === 'in' || w[q.to + 1] === 'at' ? q.to + 2 : -1;
  if (at < 0 || at >= w.length || !(t.caps[at] === 1 || (w[at] === 'the' && t.caps[at + 1] === 1))) return undefined;
  // The place closes the item ("... and 30 in Zangon hid in the bush" has a verb of its own).
  let end = w[at] === 'the' ? at + 1 : at;
  while (end + 1 < w.length && t.caps[end + 1] === 1) end++;
  if (end + 1 < w.length && !ITEM_ENDS.has(w[end + 1])) return undefined;
  for (let k = lastTo + 1; k < before; k++) {
    if (BREAKS.has(w[k])) return undefined;
    const cue = cueAt(t, k);
    if (cue && cue !== lastKind) return undefined;
  }
  return lastKind;
}
const ELLIPSIS_REACH = 24;
/** The list's first figure has a place of its own too ("six people were killed in the city of
 *  Kharkiv, ..."; not "killed 12 people in three raids on Tuesday, five in X and four in Y",
 *  whose parts segment/summary.ts splits). */
function placedAfter(t: Tokens, from: number, to: number): boolean {
  const w = t.words;
  for (let k = from + 1; k < to - 1; k++) {
    if (w[k] !== 'in' && w[k] !== 'at') continue;
    let at = k + 1;
    if (w[at] === 'the' && AREA_WORDS.has(w[at + 1]) && w[at + 2] === 'of') at += 3;
    return t.caps[at] === 1 && !CALENDAR.has(w[at]);
  }
  return false;
}
const AREA_WORDS = new Set(['city', 'town', 'village', 'district', 'province', 'region', 'state', 'county']);
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
const ITEM_ENDS = new Set([',', 'and', '.', '(', ')', ';']);

/** "killing him and three of his relatives": a figure joined right after the victim ending at k. */
function figureJoinedAfter(t: Tokens, k: number): boolean {
  for (let j = k + 2; j <= k + 5 && j < t.words.length; j++) {
    const q = quantityAt(t.words, j);
    if (q) return joinBefore(t.words, j) > k && plausibleCount(t, q);
  }
  return false;
}

/** "killed, injured or captured", "killed and wounded": a figure that does not say who died. */
function mixedWithInjured(t: Tokens, k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < t.words.length; j++) {
    const w = t.words[j];
    if (cueAt(t, j) === 'injured') return true;
    if (w !== ',' && w !== 'and' && w !== 'or' && w !== '/') return false;
  }
  return false;
}

function negatedCue(t: Tokens, i: number): TollKind | undefined {
  // "No fatalities", "neither fatalities nor injuries", "no one was killed", "without casualties".
  for (let k = i + 1; k < Math.min(t.words.length, i + 4); k++) {
    const kind = cueAt(t, k);
    if (kind === 'killed' || kind === 'injured') return kind;
    if (t.words[k] === 'casualties') return 'killed';
  }
  return undefined;
}

function push(doc: DocState, t: Tokens, from: number, to: number, kind: TollKind, q: { best: number; min: number; max: number }, rule: string, confidence: number): void {
  const start = t.starts[from];
  const end = t.ends[to];
  const m: TollMention = { kind: 'number', start, end, text: doc.text.slice(start, end), value: { kind, ...q }, confidence, stage: rule, sentence: sentenceAt(doc, start) };
  doc.tolls.push(m);
}

/** The figure as people: "200 families were displaced" counts households of HOUSEHOLD_SIZE. A
 *  function of its own: the household case is rare, and met inside findTolls' optimised code it
 *  made V8 compile findTolls again. */
function persons(kind: TollKind, w: readonly string[], q: { best: number; min: number; max: number; to: number }): { best: number; min: number; max: number } {
  const f = kind === 'displaced' && HOUSEHOLDS.has(w[q.to + 1] ?? '') ? HOUSEHOLD_SIZE : 1;
  return { best: q.best * f, min: q.min * f, max: q.max * f };
}

/** Whether a death toll was stated before `offset` (in this sentence or an earlier one). */
function tollBefore(doc: DocState, offset: number): boolean {
  for (const m of doc.tolls) if (m.start < offset && m.value.kind === 'killed' && m.value.best > 0) return true;
  return false;
}

export function findTolls(doc: DocState, sentence: number): void {
  const s = doc.sentences[sentence];
  // Another source's figure ("Some sources stated that 8-12 were killed") is not added to the toll.
  if (ALTERNATIVE.test(doc.text.slice(s.start, Math.min(s.end, s.start + 40)))) return;
  const t = sentenceTokens(doc, sentence);
  const w = t.words;
  // Most sentences name no toll at all: nothing to tie a figure to.
  if (!w.some((x) => KIND_OF.has(x) || x === 'casualties')) return;
  const depth = bracketDepths(t, (k) => KIND_OF.has(t.words[k]));
  // The previous toll's kind and last token, as two locals rather than an object: the rare branch
  // that sets them for a joined victim then has no property access of its own that V8's optimised
  // findTolls has not seen yet (it was thrown away and recompiled when one first ran).
  let lastKind: TollKind | null = null;
  let lastTo = -1;
  for (let i = 0; i < w.length; i++) {
    if (NEGATION.has(w[i])) {
      // "no one was killed": none, and its "one" is no figure of its own.
      const noOne = w[i] === 'no' && w[i + 1] === 'one';
      const kind = negatedCue(t, noOne ? i + 1 : i);
      if (kind && !(w[i] === 'no' && /^\d/.test(w[i + 1] ?? ''))) push(doc, t, i, i + 1, kind, { best: 0, min: 0, max: 0 }, 'numbers/none-reported', 0.8);
      if (kind) {
        if (noOne) i++;
        continue;
      }
    }
    const subject = w[i] === 'he' || w[i] === 'she';
    if (!canStartQuantity(w[i]) && w[i] !== 'the' && !PRONOUNS.has(w[i]) && !SINGULAR.has(w[i]) && !subject) continue;
    const definite = w[i] === 'the' || PRONOUNS.has(w[i]) || subject || w[i + 1] === 'death' ? definiteVictim(t, i) : null;
    if (definite && depth[i] === 0 && !inCauseClause(t, i)) {
      // Alone it may refer back to someone already counted; with a figure joined to it ("killing
      // him and three of his relatives", "killed himself and seven soldiers") it is one more victim.
      const victimKind = definite[0];
      const victimEnd = definite[1];
      const joined = figureJoinedAfter(t, victimEnd);
      push(doc, t, i, victimEnd, victimKind, { best: 1, min: 1, max: 1 }, joined ? 'numbers/toll' : 'numbers/definite-victim', 0.6);
      if (joined) {
        lastKind = victimKind;
        lastTo = victimEnd;
      }
      i = victimEnd;
      continue;
    }
    const q = quantityAt(w, i) ?? (SINGULAR.has(w[i]) ? { best: 1, min: 1, max: 1, from: i, to: i } : null);
    if (!q || !plausibleCount(t, q)) continue;
    const stated = tollBefore(doc, t.starts[q.from]);
    const skip = depth[i] > 0 || inCauseClause(t, i) || inQuote(doc, t.starts[i]) || datesOfSentence(doc, sentence).some((d) => t.starts[i] >= d.start && t.starts[i] < d.end);
    if (!skip && statesTotal(t, q)) {
      push(doc, t, q.from, q.to, 'killed', persons('killed', w, q), TOTAL_STAGE, 0.75);
      i = q.to;
      continue;
    }
    const kind: TollKind | 'casualties' | undefined = skip || judicialToll(t, q) ? undefined : (leftCue(t, q, false, stated) ?? coordinated(t, q, lastKind, lastTo) ?? rightCue(t, q, depth) ?? leftCue(t, q, true, stated) ?? placeEllipsis(t, q, lastKind, lastTo));
    if (kind === 'casualties') {
      // ACLED codes an undivided "killed and injured" figure as no known fatalities.
      push(doc, t, q.from, q.to, 'killed', { best: 0, min: 0, max: q.max }, 'numbers/killed-or-injured', 0.5);
    } else if (kind) {
      // "a total of 29 corpses were recovered": the incident's whole death toll.
      // Not the first figure of a list ("a total of 12 farmers and 9 herders"): the list adds up.
      const listed = (w[q.to + 1] === 'and' && !!quantityAt(w, q.to + 2)) || (w[q.to + 2] === 'and' && !!quantityAt(w, q.to + 3));
      const total = kind === 'killed' && w[q.from - 1] === 'of' && w[q.from - 2] === 'total' && !listed;
      push(doc, t, q.from, q.to, kind, persons(kind, w, q), total ? TOTAL_STAGE : 'numbers/toll', 0.75);
      lastKind = kind;
      lastTo = q.to;
    }
    i = q.to;
  }
}

export const tollStage: Stage = {
  name: 'numbers/tolls',
  run(doc) {
    for (let i = 0; i < doc.sentences.length; i++) findTolls(doc, i);
  },
};
