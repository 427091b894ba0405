// Actor mentions made from another one (a longer span, another actor, a lower confidence).

import type { ActorMatch, ActorMention } from '../types.ts';

/** A mention with every property written out, in the order findActors' own mentions have: an
 *  object spread ({ ...m, actor }) builds an object of another internal shape, and each reader
 *  it reached (sorting, kind and role tests) was thrown out of its optimised code and compiled
 *  again for the second shape (speed only). */
export function actorMention(start: number, end: number, text: string, actor: ActorMatch, confidence: number, rule: string): ActorMention {
  return { start, end, text, actor, confidence, rule };
}
