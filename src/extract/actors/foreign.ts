// "foreign troops", "international forces": a state force word qualified as foreign is not the
// host country's army (the default reading of a bare "troops"). When the text names a foreign
// force elsewhere ("U.S.-led troops", "NATO forces"), the foreign troops are that force; when it
// names none, they are ACLED's "Unidentified Military Forces" (its actor for an unnamed foreign
// military, e.g. unidentified warplanes), not the host's military.

import type { ActorMatch, ActorMention } from '../types.ts';
import { actorMention } from './mention.ts';

/** The word before a bare state-force alias that makes it someone else's force. Not "allied"
 *  ("government and allied troops" are the host's side) nor "western" (a region as often). */
export const FOREIGN_BEFORE = /\b(?:foreign|international|multinational)\s+$/i;
/** Rule prefix of a mention read as foreign (find.ts). */
export const FOREIGN_RULE = 'actors/foreign:';

/** The dictionary entry for an unnamed foreign military. */
export const UNNAMED_FOREIGN = 'unidentified-military-forces';

/** Foreign-force mentions take the nearest foreign force (inter 8) the text names; without one
 *  they take `unnamed`. */
export function resolveForeign(mentions: ActorMention[], unnamed: () => ActorMatch): ActorMention[] {
  if (!mentions.some((m) => m.rule.startsWith(FOREIGN_RULE))) return mentions;
  const named = mentions.filter((m) => m.actor.inter === 8 && !m.rule.startsWith(FOREIGN_RULE));
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (!m.rule.startsWith(FOREIGN_RULE)) {
      out.push(m);
      continue;
    }
    let best: ActorMention | null = null;
    for (const n of named) if (!best || Math.abs(n.start - m.start) < Math.abs(best.start - m.start)) best = n;
    out.push(actorMention(m.start, m.end, m.text, best ? best.actor : unnamed(), best ? Math.min(m.confidence, best.confidence) - 0.1 : m.confidence, m.rule));
  }
  return out;
}
