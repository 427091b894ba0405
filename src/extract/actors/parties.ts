// Parties an event's roles take from outside the usual attacker/target reading: a group that
// claims the attack in the sentences after the event, and the sides of an agreement.

import type { ActorMention } from '../types.ts';
import { entryOf, kindOf } from './kinds.ts';
import { BLAMED, CLAIMS } from './sides.ts';

const CLAIM_REACH = 300;


/** "A roadside bomb hit an army truck ... Al Shabaab claimed responsibility.": with no attacker
 *  named in the event's sentences, an armed group that claims it in the sentences right after
 *  (same paragraph) made it. */
export function claimantAfter(text: string, span: { start: number; end: number }, actors: ActorMention[]): ActorMention | null {
  for (const m of actors) {
    if (m.start < span.end || m.start - span.end > CLAIM_REACH) continue;
    if (kindOf(m) !== 'armed' || /\n\s*\n/.test(text.slice(span.end, m.start))) continue;
    // A state claims no attack, but is blamed for one ("Israel was blamed for the attack").
    const claim = (m.actor.inter === 1 || m.actor.inter === 8 ? BLAMED : CLAIMS).exec(text.slice(m.end, m.end + 40));
    if (claim && claimsThis(text, span.end, m, m.end + claim[0].length)) return m;
  }
  return null;
}

/** Words that put a claim on another attack: "In a separate statement, X claimed ...", "claimed
 *  responsibility for similar attacks last year". */
const OTHER_EVENT = /\b(?:separate|similar|another|earlier|previous|prior|last\s+(?:week|month|year)|in\s+(?:19|20)\d\d)\b/i;
/** "claimed an attack on an army base", "claimed several bombings": a claim of some attack, not this one. */
const SOME_ATTACK = /^\s+(?:(?:an?|several|many|numerous|multiple|some|two|three|\d+)\b|(?:[\w-]+\s+)?(?:attacks|bombings|killings|blasts)\b)/i;

/** Whether the claim read at claimEnd is this event's: no other attack is its object, and the
 *  claimant's sentence does not set it apart (separate, similar, earlier, dated elsewhere). */
function claimsThis(text: string, from: number, m: ActorMention, claimEnd: number): boolean {
  if (SOME_ATTACK.test(text.slice(claimEnd, claimEnd + 40))) return false;
  const before = text.slice(from, m.start);
  const stop = before.search(/[.!?]\s+[^.!?]*$/);
  const start = stop < 0 ? from : from + stop + 1;
  const after = text.slice(claimEnd).search(/[.!?](?:\s|$)/);
  return !OTHER_EVENT.test(text.slice(start, after < 0 ? text.length : claimEnd + after));
}

const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
/** "mediated by Qatar", "brokered by Saudi forces": a go-between, not a party to the deal. */
const MEDIATOR = /\b(?:mediated|brokered|facilitated|hosted|sponsored)\s+by\s+(?:the\s+)?$/i;

/** "The government and the SDF signed an agreement": the parties to a deal, officials too, each
 *  once and in the order named; after "between" when a broker is named first ("Saudi forces
 *  brokered an agreement between A and B"), never a mediator. */
export function agreementParties(text: string, inSpan: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  const named: ActorMention[] = [];
  for (const m of inSpan) {
    if (kindOf(m) !== 'armed' && entryOf(m)?.role !== 'official') continue;
    if (MEDIATOR.test(text.slice(Math.max(0, m.start - 30), m.start)) || seen.has(m.actor.name)) continue;
    seen.add(m.actor.name);
    named.push(m);
  }
  const from = named.findIndex((m) => BETWEEN.test(text.slice(Math.max(0, m.start - 12), m.start)));
  return from > 0 ? named.slice(from) : named;
}
