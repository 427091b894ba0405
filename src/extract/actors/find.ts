// findActors: every actor named or described in a text, normalised to ACLED's naming.
// One pass over the tokens with the precompiled alias index, then unknown named groups.

import type { ActorMatch, ActorMention } from '../types.ts';
import { loadActorDictionary, type AliasReading, type ActorDictionary, type DictEntry } from './dictionary.ts';
import { countryInfo } from './countries.ts';
import { actorMatch, type FindActorsOptions } from './actor-match.ts';
import { coordinated } from './coordinated.ts';
import { tokenize, type Token } from './tokens.ts';
import { firstStartingFrom, sortByStart } from '../../core/sorted.ts';
import { findAcronymGroups, findUnknownGroups } from './unknown-groups.ts';
import { referBack, RENAMED_RULE } from './refer-back.ts';
import { notAParty } from './sources.ts';
import { mayiMayiFactions } from './mayi-mayi.ts';
import { countryAgents } from './country-agent.ts';
import { actorMention } from './mention.ts';
import { FOREIGN_BEFORE, FOREIGN_RULE, UNNAMED_FOREIGN, resolveForeign } from './foreign.ts';

export type { FindActorsOptions } from './actor-match.ts';

const SUSPECTED = /^\s*[(,]?\s*(?:suspected|presumably|presumed|allegedly|believed to be)(?:\s+(?:to\s+be|of\s+being))?\s+(?:the\s+)?$/i;

function caseFits(r: AliasReading, text: string, tokens: Token[], first: number, last: number): boolean {
  if (r.caseAs) return text.slice(tokens[first].start, tokens[first].end).replace(/['’]s$/, '') === r.caseAs;
  if (r.acronym) {
    // The acronym's own letters, its first token ("AS" of "AS militants", "ULA" of "ULA/AA").
    const written = text.slice(tokens[first].start, tokens[first].end).replace(/['’]s$/, '');
    return written === written.toUpperCase();
  }
  return !r.needsCapital || tokens[first].upper;
}

/** Prefer a reading made for this country, then one naming it, then the generic one. */
function rank(r: AliasReading, iso3: string | null): number {
  if (r.scope) return 4;
  if (iso3 && (r.entry.iso3 === iso3 || r.iso3 === iso3)) return 3;
  if (!r.entry.iso3 && !r.iso3) return 2;
  return 1;
}

/** On equal rank a named group beats a generic reading ("Libyan National Army" is the LNA,
 *  not "{dem} national army"). */
function better(r: AliasReading, best: AliasReading, iso3: string | null): boolean {
  const [a, b] = [rank(r, iso3), rank(best, iso3)];
  return a > b || (a === b && r.entry.role === undefined && best.entry.role !== undefined);
}

function choose(readings: AliasReading[], iso3: string | null, fits: (r: AliasReading) => boolean): AliasReading | null {
  let best: AliasReading | null = null;
  for (const r of readings) {
    if (r.scope && !(iso3 && r.scope.includes(iso3))) continue;
    if (!fits(r)) continue;
    if (!best || better(r, best, iso3)) best = r;
  }
  return best;
}

/** "ISGS militants", "Houthi fighters", "LNA air force": a generic armed or state noun right
 *  after a named group describes that group; it is one mention, not a second actor. */
function absorbDescriptors(text: string, found: ActorMention[], dict: ActorDictionary): void {
  for (let i = found.length - 1; i > 0; i--) {
    const a = found[i - 1];
    const b = found[i];
    const aEntry = dict.byId.get(a.actor.dictionary_id ?? '');
    const bEntry = dict.byId.get(b.actor.dictionary_id ?? '');
    if (!aEntry || !bEntry || aEntry.role !== undefined || (bEntry.role !== 'armed' && bEntry.role !== 'state')) continue;
    if (!/^\s+$/.test(text.slice(a.end, b.start))) continue;
    found[i - 1] = actorMention(a.start, b.end, text.slice(a.start, b.end), a.actor, a.confidence, a.rule);
    found.splice(i, 1);
  }
}

// Module functions, not named closures inside the functions below: tsx compiles with esbuild's
// keepNames, which wraps each named local function in a __name() call (Object.defineProperty)
// every time the enclosing function runs.

/** A named group: no generic role, not protesters or rioters. */
function isNamedGroup(dict: ActorDictionary, m: ActorMention): boolean {
  return dict.byId.get(m.actor.dictionary_id ?? '')?.role === undefined && m.actor.inter !== 6 && m.actor.inter !== 7;
}

/** Either overlap test answers. */
function eitherTaken(a: (s: number, e: number) => boolean, b: (s: number, e: number) => boolean): (s: number, e: number) => boolean {
  return (s, e) => a(s, e) || b(s, e);
}

/** "JNIM or ISGS militants": an uncertain attribution is one actor, "X and/or Y" (ACLED's style). */
function joinAlternatives(text: string, found: ActorMention[], dict: ActorDictionary): void {
  for (let i = found.length - 1; i > 0; i--) {
    const [a, b] = [found[i - 1], found[i]];
    if (!isNamedGroup(dict, a) || !isNamedGroup(dict, b) || a.actor.name === b.actor.name || !/^\s*(?:or|and\/or|\/)\s*$/i.test(text.slice(a.end, b.start))) continue;
    // Built like every other actor object (same properties, same order; speed: one shape).
    const actor: ActorMatch = { name: `${a.actor.name} and/or ${b.actor.name}`, inter: a.actor.inter, iso3: a.actor.iso3, dictionary_id: a.actor.dictionary_id };
    found[i - 1] = actorMention(a.start, b.end, text.slice(a.start, b.end), actor, a.confidence, a.rule);
    found.splice(i, 1);
  }
}

/** A generic word for an armed or civilian party (not a named group, not a state force). */
function isGeneric(dict: ActorDictionary, m: ActorMention): boolean {
  const role = dict.byId.get(m.actor.dictionary_id ?? '')?.role;
  return role !== undefined && role !== 'state';
}

/** Where a mention stands in the text. */
interface TextRange {
  start: number;
  end: number;
}

function overlaps(m: TextRange, s: number, e: number): boolean {
  return m.start < e && s < m.end;
}

/** The few words the linking phrases span ("presumably", "belonging to the"): a wider gap
 *  cannot match, and bounding it keeps a long one-paragraph text linear. */
const NEAR = 60;

// Module functions, not per-call closures (speed hint: each closure is recompiled on its own).
const DESCRIBES_GAP = /^\s+(?:from|of|belonging to)\s+(?:the\s+)?$/i;

/** "militias from the Hawadle clan": the generic noun is the named group after it, not a second actor. */
function describesUnknown(text: string, dict: ActorDictionary, m: ActorMention, unknownByStart: ActorMention[]): boolean {
  if (!isGeneric(dict, m)) return false;
  for (const u of startingWithin(unknownByStart, m.end, m.end + NEAR)) if (DESCRIBES_GAP.test(text.slice(m.end, u.start))) return true;
  return false;
}

/** "militants (suspected TTP)", "gunmen presumably IS": the generic words are the group named after them. */
function namesSuspected(text: string, dict: ActorDictionary, m: ActorMention, found: ActorMention[]): boolean {
  if (!isGeneric(dict, m)) return false;
  for (const n of startingWithin(found, m.end, m.end + NEAR)) if (!isGeneric(dict, n) && SUSPECTED.test(text.slice(m.end, n.start))) return true;
  return false;
}

/** The mentions (sorted by start) that start within [from, to]. */
function startingWithin(sorted: ActorMention[], from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = firstStartingFrom(sorted, from); i < sorted.length && sorted[i].start <= to; i++) out.push(sorted[i]);
  return out;
}

/** Whether [s, e) overlaps one of the mentions: a binary search over them sorted by start, so a
 *  text with thousands of mentions is not scanned once per candidate. */
function overlapTest(mentions: readonly TextRange[]): (s: number, e: number) => boolean {
  const sorted = sortByStart([...mentions]);
  const longest = sorted.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  return (s, e) => {
    const lo = firstStartingFrom(sorted, e);
    // sorted[lo - 1] is the last mention starting before e; earlier ones can reach s only within `longest`.
    for (let i = lo - 1; i >= 0 && sorted[i].start >= s - longest; i--) if (overlaps(sorted[i], s, e)) return true;
    return false;
  };
}

const CODED_AS = /^\s*[,(]?\s*(?:which\s+(?:is|are)\s+|assumed\s+to\s+be\s+)?(?:coded|recoded)\s+as\s+(?:the\s+)?$/i;

/** "the fighters of ISWAP", "jihadists from X", "the insurgents, known as X": the generic armed
 *  words are the named group (one party, not two). */
const RENAMED = /^\s*(?:,\s*)?(?:(?:from|of|belonging\s+to|loyal\s+to|affiliated\s+(?:with|to))|(?:(?:locally|widely|better)\s+)?known\s+(?:locally\s+)?as|who\s+call\s+themselves|(?:who\s+)?(?:are|were|was|is)(?:\s+(?:members\s+of|from))?|members\s+of)\s+(?:the\s+)?$/i;

function renames(dict: ActorDictionary, generic: ActorMention, named: ActorMention): boolean {
  const g = dict.byId.get(generic.actor.dictionary_id ?? '');
  const n = dict.byId.get(named.actor.dictionary_id ?? '');
  return g?.role === 'armed' && !!n && n.role === undefined && !n.id.startsWith('unidentified') && named.actor.inter !== 1;
}

/** "pro-STC forces, coded as Security Belt forces": an ACLED note says which actor it codes a
 *  vaguer mention as; the mention takes that actor (and the coded name is not a second party). */
function codedAs(text: string, dict: ActorDictionary, found: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    const gap = prev && prev.end <= m.start && m.start - prev.end < 40 ? text.slice(prev.end, m.start) : null;
    if (gap !== null && CODED_AS.test(gap)) {
      out[out.length - 1] = actorMention(prev.start, prev.end, prev.text, m.actor, prev.confidence, `${prev.rule}+coded-as`);
      continue;
    }
    // "members of the gang Viv Ansanm": a generic noun right before a name is that group too (on one
    // line: a headline's last word is not the next paragraph's group).
    if (gap !== null && (RENAMED.test(gap) || /^ +$/.test(gap)) && renames(dict, prev, m)) {
      out[out.length - 1] = actorMention(prev.start, m.end, text.slice(prev.start, m.end), m.actor, m.confidence, `${prev.rule}${RENAMED_RULE}`);
      continue;
    }
    out.push(m);
  }
  return out;
}

/** "actors/dictionary:<id>" per entry, made once (a template string built a new one per mention). */
const DICTIONARY_RULE = new Map<DictEntry, string>();
function dictionaryRule(e: DictEntry): string {
  let rule = DICTIONARY_RULE.get(e);
  if (rule === undefined) DICTIONARY_RULE.set(e, (rule = `actors/dictionary:${e.id}`));
  return rule;
}

/** "-run", "-controlled", "-held" before a place's name: who holds the place, not who acted
 *  (a "Houthi-controlled prison" still names its keepers). */
const PLACE_HOLDER = /^-(?:run|controlled|held|occupied|administered|governed|ruled|besieged)\s+\p{Lu}/u;

/** "the Houthi rebel stronghold of Saada", "the Taliban bastion of Musa Qala": the group names a
 *  place it holds, as "-held" does. */
const STRONGHOLD_OF = /^\s+(?:[\p{Ll}-]+\s+)?(?:stronghold|bastion|heartland)\s+of\s+\p{Lu}/u;
const THE_BEFORE = /\bthe\s+$/i;

const COUNTRY_AGENT_RULE = 'actors/country-agent';
/** Capitalised words before "National Army" or "Army" that open a sentence or a phrase, or date
 *  it ("On Tuesday Army troops repelled ..."), not a name. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'on', 'in', 'at', 'after', 'when', 'as',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** A capital letter A-Z (demonyms and country names open with one in English text). */
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

export function findActors(text: string, opts: FindActorsOptions = {}): ActorMention[] {
  const dict = loadActorDictionary();
  const iso3 = opts.iso3 ? opts.iso3.toUpperCase() : null;
  // The options with the country upper-cased, made once (not one copy per mention found).
  const ctx: FindActorsOptions = { ...opts, iso3 };
  const tokens = tokenize(text);
  const found: ActorMention[] = [];
  // Known actors named only as a source ("according to the Sudanese army"): no party, and no
  // unknown group either (the group-noun reading would make "Sudanese army" a rebel army).
  const sources: TextRange[] = [];
  const army = dict.byId.get('state-military')!;
  for (let i = 0; i < tokens.length; i++) {
    const hit = dict.index.matchAt(tokens, i);
    if (!hit) continue;
    // "anti-Houthi forces" are the Houthis' enemies, not the Houthis.
    if (i > 0 && tokens[i - 1].norm === 'anti' && tokens[i - 1].end + 1 === tokens[i].start) {
      i = hit.last;
      continue;
    }
    const r = choose(hit.value, iso3, (x) => caseFits(x, text, tokens, hit.first, hit.last));
    if (!r) continue;
    // "a military source", "the military court": the alias qualifies the next word.
    const following = hit.last + 1 < tokens.length ? tokens[hit.last + 1] : undefined; // bounds checked: an out-of-range read deoptimises
    if (following && r.entry.notFollowedBy?.includes(following.norm) && /^\s+$/.test(text.slice(tokens[hit.last].end, following.start))) {
      i = hit.last;
      continue;
    }
    // "French strikes over pensions" are labour strikes: a bare word of striking right after the
    // (capitalised) demonym needs a word of attack next; "Israeli air strike" and the like do not.
    const prev = tokens[hit.last - 1];
    const need = prev && hit.last > hit.first && isCapital(text.charCodeAt(prev.start)) ? r.entry.needsNext?.[tokens[hit.last].norm] : undefined;
    if (need && !(following && need.includes(following.norm))) {
      i = hit.last;
      continue;
    }
    const start = tokens[hit.first].start;
    const end = tokens[hit.last].end;
    // "Hamas-run Gaza", "RSF-held Nyala", "the Houthi stronghold of Saada": the name describes a
    // place; it is no party. (end < text.length: a read past the end deoptimised findActors when
    // a name ended a text.)
    if ((end < text.length && text.charCodeAt(end) === 45 && PLACE_HOLDER.test(text.slice(end, end + 18))) || (STRONGHOLD_OF.test(text.slice(end, end + 40)) && THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)))) {
      i = hit.last;
      continue;
    }
    // "the Chin National Army": a capitalised generic state noun after a name that is no demonym
    // ends an unknown group's name (unknown-groups.ts reads it), not the host's army.
    if (r.entry === army && !r.iso3 && hit.first > 0 && tokens[hit.first].upper && tokens[hit.first - 1].upper && !DETERMINERS.has(tokens[hit.first - 1].norm) && tokens[hit.first - 1].end + 1 === start) {
      i = hit.last;
      continue;
    }
    const before = text.slice(Math.max(0, start - 40), start);
    if (notAParty(r, text, found, start, end, before)) {
      sources.push({ start, end });
      i = hit.last;
      continue;
    }
    const named = !r.entry.id.startsWith('unidentified') && r.entry.role === undefined;
    const foreign = r.entry.role === 'state' && !r.iso3 && !r.entry.iso3 && FOREIGN_BEFORE.test(before);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      actor: actorMatch(dict, r, ctx),
      confidence: named ? 0.9 : 0.7,
      rule: foreign ? `${FOREIGN_RULE}${r.entry.id}` : dictionaryRule(r.entry),
    });
    i = hit.last;
  }
  const others = coordinated(text, found, dict, ctx);
  for (const c of countryAgents(text, tokens)) {
    const actor = actorMatch(dict, { entry: army, iso3: c.iso3, needsCapital: false, acronym: false }, ctx);
    others.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), actor, confidence: 0.7, rule: COUNTRY_AGENT_RULE });
  }
  if (others.length) found.push(...others.filter((o) => !found.some((m) => m.start < o.end && o.start < m.end)));
  sortByStart(found);
  mayiMayiFactions(text, found);
  absorbDescriptors(text, found, dict);
  joinAlternatives(text, found, dict);
  // A named group ("Tiv militia") beats the generic reading of its last word ("militia").
  const taken = overlapTest([...found.filter((m) => !isGeneric(dict, m)), ...sources]);
  const acronymed = findAcronymGroups(text, taken);
  const takenByAcronym = overlapTest(acronymed);
  const unknown = [...acronymed, ...findUnknownGroups(text, tokens, eitherTaken(taken, takenByAcronym), countryInfo(iso3)?.name ?? null)];
  const unknownByStart = sortByStart([...unknown]);
  const takenByUnknown = overlapTest(unknownByStart);
  const kept: ActorMention[] = [];
  for (const m of found) {
    if (!takenByUnknown(m.start, m.end) && !describesUnknown(text, dict, m, unknownByStart) && !namesSuspected(text, dict, m, found)) kept.push(m);
  }
  const resolved = referBack(text, codedAs(text, dict, sortByStart([...kept, ...unknown])));
  return resolveForeign(resolved, () => actorMatch(dict, { entry: dict.byId.get(UNNAMED_FOREIGN)!, iso3: null, needsCapital: false, acronym: false }, ctx));
}
