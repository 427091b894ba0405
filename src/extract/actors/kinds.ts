// What part an actor mention can play in an event, from its dictionary entry: an organised
// armed actor, a protesting crowd, rioters, victims (civilians) or an associated group.

import type { ActorMention, Classification } from '../types.ts';
import { loadActorDictionary, type DictEntry } from './dictionary.ts';
import { splitSides } from './sides.ts';

export type Kind = 'armed' | 'crowd' | 'riot' | 'victim' | 'assoc';

export function entryOf(m: ActorMention): DictEntry | undefined {
  return m.actor.dictionary_id ? loadActorDictionary().byId.get(m.actor.dictionary_id) : undefined;
}

export function kindOf(m: ActorMention): Kind {
  const role = entryOf(m)?.role;
  if (role === 'protest') return 'crowd';
  if (role === 'riot') return 'riot';
  if (role === 'victim') return 'victim';
  // Officials and authorities are named in reports but rarely do the violence.
  if (role === 'assoc' || role === 'official' || m.actor.inter === 6 || m.actor.inter === 7) return 'assoc';
  return 'armed';
}

const UNNAMED = new Set(['unidentified-armed-group', 'unidentified-gang', 'militia']);
/** "gunmen", "a fighter", "militia": armed men the text does not name. */
export const isUnnamedArmed = (m: ActorMention): boolean => UNNAMED.has(m.actor.dictionary_id ?? '');
/** "... was killed", "were abducted": the subject of a passive verb is the one acted upon. */
const PASSIVE_SUBJECT = /^[^.;]{0,40}?\b(?:was|were|had been|has been|have been|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|ot|own)\b/i;
/** Passive verbs of harm both HARMED_SUBJECT and ATTACKED_BY read ("were gunned down", "was slain"). */
const HARM = String.raw`killed|wounded|injured|shot|hurt|gunned down|slain|murdered`;
/** "two militants were (also) killed": a later mention that is itself harmed is a party again. */
const HARMED_SUBJECT = new RegExp(String.raw`^[^.;]{0,40}?\b(?:was|were|had been|has been|have been|got)\s+(?:\w+\s+)?(?:${HARM}|neutrali[sz]ed|eliminated)\b`, 'i');
const AGENT_BEFORE = /(?<!-)\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const OFF_DUTY = /^[^.;]{0,50}\boff[- ]duty\b/i;
/** "two off-duty police officers", "a former military officer", "a retired soldier": no longer on duty. */
const OFF_DUTY_BEFORE = /\b(?:off[- ]duty|former|retired|ex-)\s*(?:[\w-]+\s+){0,2}$/i;

/** "police officers were shot by a man", "a police convoy was ambushed": the mention is hit. */
const ATTACKED_BY = new RegExp(String.raw`^[^.;]{0,40}?\b(?:was|were|had been|has been|have been|got|came under)\s+(?:\w+ly\s+)?(?:${HARM}|attacked|ambushed|targeted|fired (?:at|on|upon)|shot at|abducted|kidnapped|fire)\b[^.;]{0,30}?\b(?:by|from)\b`, 'i');
/** "troops came under fire near X": hit, by someone the sentence does not name. */
const CAME_UNDER = /^[^.;]{0,30}?\bcame\s+under\s+(?:heavy\s+|an?\s+)?(?:\w+\s+)?(?:fire|attack|gunfire)\b/i;
/** "a MINUSMA patrol struck an IED", "a military vehicle ran over a landmine": the subject is hit
 *  by a device someone else laid (codebook: the one who planted it is actor 1). */
const HIT_DEVICE = /^[^.;]{0,30}?\b(?:struck|hit|ran\s+over|drove\s+over|stepped\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:IEDs?|(?:land\s?)?mines?|explosive\s+devices?|roadside\s+bombs?)\b/i;
/** The mention is hit: by an agent the passive names ("... were shot by a man", "... was shot from
 *  a car"), under fire (CAME_UNDER), or by a device it set off (HIT_DEVICE). */
export function isAttackedSubject(text: string, m: ActorMention): boolean {
  const after = text.slice(m.end, m.end + 100);
  return ATTACKED_BY.test(after) || CAME_UNDER.test(after) || HIT_DEVICE.test(after);
}

/** "1 policeman was killed when a bomb detonated", "a police officer was attacked": the mention is
 *  the subject of a passive verb of harm a few words after it (not in a relative clause: "troops
 *  killed five men who were wanted", nor in what it reports: "the army said three people were
 *  killed"), whoever did it. */
const HIT_SUBJECT = new RegExp(String.raw`^(?:\s+(?!(?:who|whom|which|that|said|says|say|reported|told|claimed|stated|announced|confirmed)\b)[\w'’(),-]+){0,4}?\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?(?:${HARM}|attacked|ambushed|targeted)\b`, 'i');
export function isHitSubject(text: string, m: ActorMention): boolean {
  return HIT_SUBJECT.test(text.slice(m.end, m.end + 80));
}

/** An attack or an explosion, not a fight of two sides (a clash rule, or "shoot-out", "exchange of
 *  fire", "returned fire" in the span): there a force harmed with no agent told ("1 policeman was
 *  killed when a bomb detonated") was the target; in a clash it fought ("a shoot-out broke out and
 *  an officer was shot"). */
const TWO_SIDED = /\b(?:shoot-?outs?|gunfights?|firefights?|exchanges?\s+of\s+fire|exchanged\s+fire|clash\w*|returned\s+fire)\b/i;
export function oneSided(cls: Classification, body: string): boolean {
  if (MISHAP.test(body)) return false;
  return cls.event_type === 'Explosions/Remote violence' || (cls.event_type === 'Battles' && !/clash|two-armed/.test(cls.rule) && !TWO_SIDED.test(body));
}
/** A mishap has no attacker to invent ("when their patrol car overturned", "accidentally detonated a grenade"). */
const MISHAP = /\b(?:accident(?:al|ally)?|overturned|crashed|collided|collision|drowned|mishandl\w*|misfired|friendly\s+fire)\b/i;

/** "Two police officers were shot": the mention is the subject of a passive verb. */
export function isPassiveSubject(text: string, m: ActorMention): boolean {
  return PASSIVE_SUBJECT.test(text.slice(m.end, m.end + 60));
}

/** Armed actors and victims taking part, without later words that refer back to an armed actor
 *  already named ("Tiv militias attacked ... Militiamen killed ...", "beaten by police officers.
 *  The officers claim ..."), unless the later mention is itself harmed ("two militants were killed"). */
export function parties(text: string, actors: ActorMention[]): ActorMention[] {
  let armedSeen = false;
  const seen = new Set<string>();
  return actors.filter((m) => {
    const k = kindOf(m);
    if (k !== 'armed' && k !== 'victim') return false;
    // "a CV member was stabbed by an armed man": unnamed men introduced as the agent are new.
    const agent = AGENT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
    const again = k === 'armed' && (seen.has(m.actor.name) || (armedSeen && isUnnamedArmed(m) && !agent));
    if (again && !HARMED_SUBJECT.test(text.slice(m.end, m.end + 60))) return false;
    seen.add(m.actor.name);
    // Only a non-state group is referred back to by "militiamen", "the attackers".
    if (k === 'armed' && m.actor.inter !== 1 && m.actor.inter !== 8) armedSeen = true;
    return true;
  });
}

/** Kind of the target of the event: the subject of a passive verb, else the first actor on the
 *  receiving side. Off-duty soldiers and police are civilians for ACLED. */
export function targetKind(text: string, actors: ActorMention[]): Kind | null {
  const ps = parties(text, actors);
  if (ps.length < 2) return null;
  const passive = ps.find((m) => isPassiveSubject(text, m));
  const target = passive ?? splitSides(text, ps).side2[0];
  if (!target) return null;
  const offDuty = OFF_DUTY.test(text.slice(target.end, target.end + 60)) || OFF_DUTY_BEFORE.test(text.slice(Math.max(0, target.start - 30), target.start));
  return offDuty ? 'victim' : kindOf(target);
}
