// assignRoles: ACLED's actor roles for one event. Protests and riots are coded with the
// crowd as actor1 and the organising group as associated actor; violence against civilians
// has Civilians (COUNTRY) as actor2; an unnamed perpetrator is Unidentified Armed Group.

import { readFileSync } from 'node:fs';
import type { ActorMatch, ActorMention, Classification } from '../types.ts';
import { loadActorDictionary } from './dictionary.ts';
import { entryOf, isAttackedSubject, isHitSubject, isUnnamedArmed, kindOf, oneSided, type Kind } from './kinds.ts';
import { actorMatch } from './actor-match.ts';
import { BLAMED, CLAIMS, splitSides } from './sides.ts';
import { acrossFront } from './fronts.ts';
import { crowdNationality } from './nationality.ts';
import { agreementParties, claimantAfter } from './parties.ts';
import { damagesProperty } from './property-target.ts';

export interface Role {
  actor: ActorMatch;
  /** null when the actor is implied (e.g. Civilians (Libya) in an attack on a village). */
  mention: ActorMention | null;
  /** Why an implied actor was chosen, when not the plain default. */
  rule?: string;
}

export interface Roles {
  actor1: Role | null;
  assoc_actor_1: Role[];
  actor2: Role | null;
  assoc_actor_2: Role[];
}

type Opts = { iso3: string | null; date: string | null; /** Event coordinates, when located. */ at?: { lat: number; lon: number } | null };

/** Every Role is built here, with the same properties in the same order (speed: one shape). */
function makeRole(actor: ActorMatch, mention: ActorMention | null, rule?: string): Role {
  return { actor, mention, rule };
}

/** The dictionary's generic actor `id` (Civilians, Protesters...), told by `mention` when the text has one. */
function implied(id: string, opts: Opts, mention: ActorMention | null = null, rule?: string): Role {
  const dict = loadActorDictionary();
  const entry = dict.byId.get(id)!;
  return makeRole(actorMatch(dict, { entry, iso3: null, needsCapital: false, acronym: false }, opts), mention, rule);
}

const role = (m: ActorMention): Role => makeRole(m.actor, m);
const CRIMINAL_VICTIM = 'classify/battle/criminal-victim';
const COUNTER_PROTEST = /\bcounter[- ]?(?:protest|demonstrat|rall)/i;
const paragraphEnd = (text: string, from: number) => {
  const end = text.indexOf('\n\n', from);
  return end < 0 ? text.length : end;
};
const CONTRABAND_SEIZURE = 'classify/strategic/contraband-seizure';
const WAR_REMNANTS = 'classify/strategic/war-remnants';
const DISPLACED = /\b(?:fled|flee|fleeing)\s+(?:from\s+)?(?:their|the|his|her)\b|\bforced\s+(?:[\w-]+\s+){0,4}?to\s+flee\b|\b(?:were|was)\s+(?:\w+\s+)?(?:displaced|evacuated)\b|\bevacuated\s+(?:their|from|following|after)\b|\b(?:migrants|refugees|returnees|nationals)\s+(?:\w+\s+)?returned\b/i;
const ARREST_REACH = 300;
const GROUPS_CLASH = /\b(?:two|rival)\s+(?:[\w-]+\s+){0,2}?(?:groups?|mobs|communities|factions|families|sides|villages|parties)\b[^.]{0,60}?\b(?:clash\w*|fought|fight\w*)\b|\b(?:clash\w*|fight\w*|brawl)\s+between\s+(?:two|rival)\b|\b(?:supporters|members|activists|cadres|followers)\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:the\s+)?[\w'’-]+\b[^.]{0,40}?\b(?:clash\w*|fought)\b|\b(?:fought|attacked|clashed\s+with)\s+each\s+other\b/i;
const SUPPORTERS_CLASH = /\bclash\w*\s+with\s+(?:[\w'’-]+\s+){0,4}?(?:supporters|activists|loyalists|cadres|workers)\b/i;
const TENSION_CLAUSE = /(?:\b(?:tensions?|disputes?|rivalry|enmity|feud)\s+between|\bamid\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|clashes|war|conflict|infighting|feud|rivalry|turf war)\s+(?:between|among|within))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:and\s+(?:the\s+)?)?$/i;

interface ImpliedRule {
  /** Absent: every country (a convention of ACLED's codebook rather than of one country's coders). */
  countries?: string[];
  eventTypes?: string[];
  pattern: string;
  actor: string;
  /** The rule renames these generic perpetrators when the text names them ("armed men"). */
  replaces?: string[];
  /** Only for events the classifier decided with one of these rules (e.g. a fight among criminals). */
  classifiedBy?: string[];
}
const impliedData = JSON.parse(readFileSync(new URL('./data/implied-actors.json', import.meta.url), 'utf8')) as {
  rules: ImpliedRule[];
  default: string;
  battleOrder: { stateFirst: string[]; armedFirst: string[] };
};

/** A country's fixed order for clashes between state forces and a militia or gang (data/implied-actors.json). */
function battleOrder(actor1: Role, actor2: Role | null, iso3: string | null): [Role, Role | null] {
  if (!actor2 || !iso3) return [actor1, actor2];
  const [i1, i2] = [actor1.actor.inter, actor2.actor.inter];
  const { stateFirst, armedFirst } = impliedData.battleOrder;
  if ((i1 === 3 && i2 === 1 && stateFirst.includes(iso3)) || (i1 === 1 && i2 === 3 && armedFirst.includes(iso3))) return [actor2, actor1];
  return [actor1, actor2];
}
const impliedRules = impliedData.rules.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));

/** The generic perpetrator ACLED codes when the text names none (data/implied-actors.json). */
const fits = (r: (typeof impliedRules)[number], cls: Classification, iso3: string | null) =>
  (!r.countries || (!!iso3 && r.countries.includes(iso3))) && (!r.eventTypes || r.eventTypes.includes(cls.event_type)) && (!r.classifiedBy || r.classifiedBy.includes(cls.rule));

/** No perpetrator named: the first rule that fits, a renaming rule too when it renames the default
 *  (an unnamed attacker is the default generic actor, named or not). */
function unnamedPerpetrator(text: string, span: { start: number; end: number }, cls: Classification, opts: Opts): Role {
  const body = text.slice(span.start, span.end);
  const rule = impliedRules.find((r) => (!r.replaces || r.replaces.includes(impliedData.default)) && fits(r, cls, opts.iso3) && r.re.test(body));
  return implied(rule?.actor ?? impliedData.default, opts);
}

/** A generic perpetrator the text does name ("armed men") under the country's convention, if any. */
function localConvention(main: Role, text: string, span: { start: number; end: number }, cls: Classification, opts: Opts): Role {
  const id = main.mention?.actor.dictionary_id;
  if (!id) return main;
  const body = text.slice(span.start, span.end);
  const rule = impliedRules.find((r) => r.replaces?.includes(id) && fits(r, cls, opts.iso3) && r.re.test(body));
  return rule ? implied(rule.actor, opts, main.mention, 'actors/country-convention') : main;
}

const UNDER = /^(?:\s+[a-z]+)?,?\s+(?:(?:which|that|who)\s+(?:operates?|operating|fights?)\s+)?(?:under|operating under|within|as part of|under the command of)\s+(?:the\s+)?$/i;

/** Main actor plus distinct associated actors of one side; "assocOf" entries join their parent,
 *  and "X under Y" makes the umbrella Y the main actor ("opposition rebels under OPS"). */
function sideRoles(text: string, side: ActorMention[], opts: Opts): { main: Role | null; assoc: Role[] } {
  // A loop copy, not slice(): one array kind reaches the loops below (speed hint: no deopt).
  const ms: ActorMention[] = [];
  for (const m of side) ms.push(m);
  // The umbrella governs every group listed before it ("Turkish forces and rebels, operating under OPS").
  for (let i = 0; i + 1 < ms.length; i++) {
    if (ms[i].end <= ms[i + 1].start && UNDER.test(text.slice(ms[i].end, ms[i + 1].start))) {
      const umbrella = ms[i + 1];
      ms.splice(i + 1, 1);
      ms.unshift(umbrella);
      break;
    }
  }
  let main: Role | null = null;
  const assoc: Role[] = [];
  for (const m of ms) {
    const parentId = entryOf(m)?.assocOf;
    if (parentId && !main) main = implied(parentId, opts);
    if (!main) main = role(m);
    else if (m.actor.name !== main.actor.name && !assoc.some((a) => a.actor.name === m.actor.name)) assoc.push(role(m));
  }
  return { main, assoc };
}

function uniqueByName(ms: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.actor.name) && seen.add(m.actor.name));
}

// Helpers at module level, not closures inside assignRoles: tsx compiles with esbuild's keepNames,
// which wraps every named local function in a __name() call (Object.defineProperty) each time the
// enclosing function runs.

/** The actors of one kind in the span, each name once. */
function ofKind(inSpan: ActorMention[], k: Kind): ActorMention[] {
  return uniqueByName(inSpan.filter((m) => kindOf(m) === k));
}

/** Another armed actor is named within 100 characters after m (the agent of what hit m); not the
 *  same force named again ("an army truck struck an IED, killing 2 soldiers"), unless as the agent
 *  ("a gang member was killed by rival gang members"; not "a man wanted by the police"). */
const BY_BEFORE = /(?<!\bwanted\s)\bby\s+(?:[\w'’-]+\s+){0,3}$/i;
function agentNamed(text: string, inSpan: ActorMention[], m: ActorMention): boolean {
  return inSpan.some((o) => o !== m && kindOf(o) === 'armed' && o.start > m.end && o.start < m.end + 100 &&
    (o.actor.name !== m.actor.name || BY_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start))));
}

export function assignRoles(
  text: string,
  span: { start: number; end: number },
  actors: ActorMention[],
  cls: Classification,
  opts: Opts,
  /** Actors outside the span that count as named in it (a summary lead's, for one of its incidents). */
  lead: ActorMention[] = [],
): Roles {
  const inSpan = actors.filter((a) => a.start >= span.start && a.end <= span.end).sort((a, b) => a.start - b.start);
  if (lead.length) inSpan.unshift(...lead);
  const armedNamed = ofKind(inSpan, 'armed');
  // "... as tensions between tribesmen and Houthi forces rise": parties to a background relation.
  const foreground = armedNamed.filter((m) => !TENSION_CLAUSE.test(text.slice(Math.max(0, m.start - 80), m.start)));
  const named = foreground.length ? foreground : armedNamed;
  const commenting = named.filter((m) => REACTS.test(text.slice(m.end, m.end + 40)));
  const armed = commenting.length < named.length ? named.filter((m) => !commenting.includes(m)) : named;
  const assoc = ofKind(inSpan, 'assoc');
  const victims = ofKind(inSpan, 'victim');

  if (cls.event_type === 'Protests' || cls.event_type === 'Riots') {
    const crowd = ofKind(inSpan, cls.event_type === 'Protests' ? 'crowd' : 'riot')[0];
    const groups = [...assoc, ...armed.filter((m) => m.actor.inter !== 1)];
    const from = crowdNationality(groups);
    const actor1 = implied(cls.event_type === 'Protests' ? 'protesters' : 'rioters', from ? { ...opts, iso3: from } : opts, crowd ?? null);
    const assoc1 = groups.map(role);
    const state = armed.find((m) => m.actor.inter === 1 || m.actor.inter === 8);
    let actor2: Role | null = null;
    if (cls.sub_event_type === 'Protest with intervention' || cls.sub_event_type === 'Excessive force against protesters') {
      actor2 = state ? role(state) : implied('state-police', opts);
    } else if (cls.event_type === 'Riots') {
      const body = text.slice(span.start, span.end);
      // "Two groups of villagers clashed": rioters on both sides.
      if (!state && cls.sub_event_type === 'Mob violence' && GROUPS_CLASH.test(body)) actor2 = implied('rioters', opts);
      // "protesters clashed with ruling party supporters": a crowd on the other side too.
      else if (!state && SUPPORTERS_CLASH.test(body)) actor2 = implied('rioters', opts);
      // A mob that attacks no armed side attacks civilians (codebook: mob violence is rioters against
      // civilians, property or other rioters), named or not.
      else if (!state && cls.sub_event_type === 'Violent demonstration' && damagesProperty(body)) actor2 = implied('civilians', opts, victims[0] ?? null, 'actors/property-damaged');
      else actor2 = state ? role(state) : cls.sub_event_type === 'Mob violence' ? implied('civilians', opts, victims[0] ?? null) : null;
    } else if (COUNTER_PROTEST.test(text.slice(span.start, paragraphEnd(text, span.end)))) {
      // "A counterprotest in support of the government gathered nearby": the counter-protesters are actor2.
      actor2 = implied('protesters', opts, null, 'actors/counter-protest');
    }
    return { actor1, assoc_actor_1: assoc1.filter((r) => r.actor.name !== actor1.actor.name), actor2, assoc_actor_2: [] };
  }

  if (cls.sub_event_type === 'Agreement') {
    const parties = agreementParties(text, inSpan);
    if (parties.length >= 2) return { actor1: role(parties[0]), assoc_actor_1: [], actor2: role(parties[1]), assoc_actor_2: parties.slice(2).map(role) };
  }
  // Every armed actor named is hit ("police officers were shot by a man"): the attacker is unnamed;
  // not a force that referred back to one introduced acting ("the Military Police raided ... officers were attacked").
  // Or it is harmed with no agent told in a one-sided attack or blast (kinds.ts).
  const hit = armed.length === 1 && (isAttackedSubject(text, armed[0]) || (oneSided(cls, text.slice(span.start, span.end)) && isHitSubject(text, armed[0])));
  const hitOnly = hit && !armed[0].rule.startsWith('actors/refers-back') && !agentNamed(text, inSpan, armed[0]);
  const onlyTargets = onlyTargetsNamed(text, armed, cls) || hitOnly;
  if (cls.event_type === 'Violence against civilians' || cls.sub_event_type === 'Looting/property destruction') {
    const sides = onlyTargets ? { side1: [], side2: armed } : splitSides(text, armed);
    const perpetrator = sideRoles(text, sides.side1, opts);
    const claimant = perpetrator.main ? null : claimantAfter(text, span, actors);
    const actor1 = perpetrator.main ? localConvention(perpetrator.main, text, span, cls, opts) : claimant ? role(claimant) : unnamedPerpetrator(text, span, cls, opts);
    // Drugs or contraband a state seizes or destroys belong to a criminal group, not to civilians.
    const actor2 = cls.rule === CONTRABAND_SEIZURE ? implied('unidentified-gang', opts, null, 'actors/contraband-owner') : implied('civilians', opts, victims[0] ?? null);
    const assoc2 = [...sides.side2, ...assoc].filter((m) => m.actor.name !== actor2.actor.name).map(role);
    return { actor1, assoc_actor_1: perpetrator.assoc, actor2, assoc_actor_2: uniqueRoles(assoc2) };
  }

  const sides = onlyTargets ? { side1: [], side2: armed } : splitSides(text, armed);
  const a = sideRoles(text, sides.side1, opts);
  // "killed a fighter ... wounded a soldier": unnamed men hit alongside state forces are those forces.
  const hitState = sides.side2.some((m) => m.actor.inter === 1);
  const b = sideRoles(text, hitState ? sides.side2.filter((m) => !isUnnamedArmed(m)) : sides.side2, opts);
  const claimant = a.main || cls.event_type === 'Strategic developments' ? null : claimantAfter(text, span, actors);
  let actor1 = a.main ? localConvention(a.main, text, span, cls, opts) : claimant && role(claimant);
  let actor2 = b.main;
  // "Forces of India and Pakistan exchanged fire": with no attacker, the event country's own
  // state comes first and the foreign one second.
  if (cls.event_type === 'Battles' && actor1?.mention && actor2?.mention && actor1.actor.inter === 8 && actor2.actor.inter === 1 && actor2.actor.iso3 === opts.iso3) {
    const [x, y] = [actor1.mention, actor2.mention].sort((p, q) => p.start - q.start);
    if (x.end <= y.start && /^\s*(?:and|&)\s+(?:the\s+)?$/i.test(text.slice(x.end, y.start))) [actor1, actor2] = [actor2, actor1];
  }
  // Fire no one is named for, near a front line: the force across the line fired (fronts.ts).
  const front = !actor1 && (cls.event_type === 'Battles' || cls.event_type === 'Explosions/Remote violence') ? acrossFront(opts.iso3, opts.date, opts.at) : null;
  if (front) {
    actor1 = implied(front.firing, opts, null, 'actors/across-front-line');
    if (!actor2 && cls.event_type === 'Battles') actor2 = implied(front.holding, opts, null, 'actors/across-front-line');
  }
  // People fleeing, evacuating or returning home are the actors of a displacement (ACLED codes it
  // as a strategic development of Civilians), whoever made them flee. Not a running total ("140,000
  // people have been displaced since the fighting began"): that is no event of its own.
  if (cls.event_type === 'Strategic developments' && (cls.sub_event_type === 'Other' || cls.sub_event_type === 'Change to group/activity') && DISPLACED.test(text.slice(span.start, span.end))) {
    return { actor1: implied('civilians', opts, victims[0] ?? null, 'actors/displaced'), assoc_actor_1: [], actor2: null, assoc_actor_2: [] };
  }
  // A strategic development with nobody armed named is the act of the officials named, if any.
  const official = cls.event_type === 'Strategic developments' ? assoc.find((m) => entryOf(m)?.role === 'official') : undefined;
  // "Police raided a lab. Two men were arrested.": only states arrest, so an arrest whose sentence
  // names no one is made by the state force the paragraph named just before.
  if (!actor1 && cls.sub_event_type === 'Arrests') {
    const before = actors.filter((m) => m.actor.inter === 1 && m.end <= span.start && span.start - m.end < ARREST_REACH && !/\n\s*\n/.test(text.slice(m.end, span.start)));
    if (before.length) actor1 = makeRole(before[before.length - 1].actor, before[before.length - 1], 'actors/arresting-force-named-before');
  }
  // Unnamed arresting forces are the police (arrests are police work); other unnamed strategic actors the state's forces.
  const unnamedState = cls.sub_event_type === 'Arrests' ? 'state-police' : 'state-military';
  if (!actor1) actor1 = official ? role(official) : cls.event_type === 'Strategic developments' ? implied(unnamedState, opts) : unnamedPerpetrator(text, span, cls, opts);
  let assoc2 = b.assoc;
  // A gang member or trafficker shot (classify's criminal-victim rule) is coded to an unidentified gang.
  if (!actor2 && cls.rule === CRIMINAL_VICTIM) actor2 = implied('unidentified-gang', opts, victims[0] ?? null);
  if (!actor2 && cls.civilian_targeting) actor2 = implied('civilians', opts, victims[0] ?? null);
  // Those arrested, and the people old mines and shells harm, are civilians unless an armed side is named.
  if (!actor2 && (cls.sub_event_type === 'Arrests' || cls.rule === WAR_REMNANTS)) actor2 = implied('civilians', opts, victims[0] ?? null);
  if (actor2 && actor2.actor.name === actor1.actor.name && cls.event_type !== 'Battles') actor2 = null;
  // Not when the force was hit by the armed men: then they attacked.
  if (cls.event_type === 'Battles' && !hitOnly) [actor1, actor2] = battleOrder(actor1, actor2, opts.iso3);
  // A battle has two sides: a militia or gang fighting someone unnamed ("a shoot-out between rival
  // gangs", "clashes between two clans") fights an unidentified group of its own kind.
  if (cls.event_type === 'Battles' && !actor2 && (actor1.actor.inter === 3 || actor1.actor.inter === 4)) {
    const kind = actor1.actor.inter === 4 ? 'unidentified-communal-militia' : actor1.actor.dictionary_id === 'unidentified-gang' ? 'unidentified-gang' : 'unidentified-armed-group';
    actor2 = implied(kind, opts, null, 'actors/unnamed-other-side');
  }
  return { actor1, assoc_actor_1: a.assoc, actor2, assoc_actor_2: uniqueRoles(assoc2) };
}

/** "killed by (two) X", "fire from X's positions" (not "pagers used by X": X only held the means), "blamed forces loyal to X (for the attack)", "an attack
 *  attributed to X", "militants (suspected X)", "a suicide bomber affiliated with X": X is the agent. */
const AGENT = /(?:\b(?<!(?:found|used|carried|owned|worn) |-)by\s+(?:[\w'’-]+\s+){0,3}|\b(?:fire|fired|shots|launched)\s+from\s+(?:the\s+)?|\b(?:blamed|accused|held)\s+(?:[\w'’-]+\s+){0,5}|\battributed\s+to\s+(?:the\s+)?|\(\s*(?:suspected|presumably|allegedly)\s+|\b(?:bombers?|attackers?|gunm[ae]n|assailants?|militants?|fighters?|men)\s+(?:\w+\s+)?(?:affiliated\s+(?:with|to)|linked\s+to|belonging\s+to|of|from)\s+(?:the\s+|an?\s+)?)$/i;
const BETWEEN_PARTY = /\bbetween\s+(?:the\s+)?$/i;
/** "aircraft of the Saudi-led coalition", "drones belonging to X": X owns the means (data/means.json). */
const roleWords = JSON.parse(readFileSync(new URL('./data/role-words.json', import.meta.url), 'utf8')) as { means: { nouns: string[] }; reactions: { verbs: string[] } };
const OWNER = new RegExp(String.raw`\b(?:${roleWords.means.nouns.join('|')})\s+(?:of|from|belonging to)\s+(?:the\s+)?$`, 'i');
/** "The Houthi movement condemned the raid": a comment on the event, not a part in it. */
const REACTS = new RegExp(String.raw`^\s+(?:[a-z][\w-]*\s+)?(?:(?:has|have|had|also|later|strongly)\s+)*(?:${roleWords.reactions.verbs.join('|')})\b`, 'i');

/** "An IED hit a police vehicle", "a grenade was thrown at a checkpoint": every armed actor named
 *  comes after the deciding cue and none is the agent ("by X"), so they are the targets and the
 *  attacker is unnamed. Not for clashes, where both sides come after "clashes between". */
function onlyTargetsNamed(text: string, armed: ActorMention[], cls: Classification): boolean {
  if (!cls.cue || armed.length === 0 || cls.event_type === 'Strategic developments' || /clash|two-armed/.test(cls.rule)) return false;
  // Fighting words ("a clash between GNA and LNA forces, involving artillery"): two named sides fight each other.
  if (armed.length >= 2 && cls.rule.endsWith('fighting-with-explosives')) return false;
  // "Clashes took place between regime forces against opposition factions": a party to the fight, not its target.
  if (armed.some((m) => BETWEEN_PARTY.test(text.slice(Math.max(0, m.start - 12), m.start)))) return false;
  const cueStart = cls.cue.start;
  return armed.every((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return m.start > cueStart && !AGENT.test(before) && !OWNER.test(before) && !CLAIMS.test(text.slice(m.end, m.end + 40)) && !BLAMED.test(text.slice(m.end, m.end + 40));
  });
}

function uniqueRoles(rs: Role[]): Role[] {
  const seen = new Set<string>();
  return rs.filter((r) => !seen.has(r.actor.name) && seen.add(r.actor.name));
}
