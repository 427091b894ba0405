// What part an actor mention can play in an event, from its dictionary entry: an organised
// armed actor, a protesting crowd, rioters, victims (civilians) or an associated group.

import type { ActorMention } from '../types.ts';
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

/** Kind of the target of the event: the first actor on the receiving side, if any. */
export function targetKind(text: string, actors: ActorMention[]): Kind | null {
  const parties = actors.filter((m) => kindOf(m) === 'armed' || kindOf(m) === 'victim');
  if (parties.length < 2) return null;
  const { side2 } = splitSides(text, parties);
  return side2.length ? kindOf(side2[0]) : null;
}
