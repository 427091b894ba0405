// Generic words that refer back to a group named earlier in the same paragraph: "Russian
// snipers ... the snipers" (same head noun), "Tiv militia ... the militia", "Wagner mercenaries
// ... these marksmen", "... joined by hundreds of additional fighters" (a determiner that points
// back). The generic mention keeps its own span but takes the named group's actor, so the event
// is coded with the group and not with "Unidentified Armed Group".

import type { ActorMention } from '../types.ts';
import { entryOf, kindOf } from './kinds.ts';
import { tokenize } from './tokens.ts';
import { actorMention } from './mention.ts';

/** Determiners that point back to a group already named. */
const POINTS_BACK = /\b(?:these|those|such|additional|further)\s+$/i;
const PARAGRAPH_BREAK = /\n\s*\n/g;
/** How far back (characters) a generic word still refers to a named group: a long paragraph, or a
 *  text without paragraph breaks, would otherwise be scanned back to its start for every mention. */
const REACH = 2000;

/** A named armed actor: a dictionary group or an unknown named group, not a generic word. */
function named(m: ActorMention): boolean {
  return entryOf(m)?.role === undefined && kindOf(m) === 'armed';
}

/** A generic word for armed men ("snipers", "militia", "fighters"). */
function generic(m: ActorMention): boolean {
  const role = entryOf(m)?.role;
  return role === 'armed' || role === 'state';
}

function headStem(text: string, m: ActorMention): string {
  const tokens = tokenize(text, m.start, m.end);
  return tokens.length ? tokens[tokens.length - 1].stem : '';
}

/** Words every kind of force shares: they say nothing about which force is meant. */
const PLAIN = new Set(['force', 'troop', 'officer', 'member', 'personnel', 'soldier', 'unit', 'men', 'fighter', 'element', 'agent', 'patrol']);

/** "the Military Police ... Police officers": a generic state force sharing a distinctive word
 *  with a specific state force named before is that force. */
function sameForce(text: string, m: ActorMention, a: ActorMention): boolean {
  if (entryOf(m)?.role !== 'state' || a.actor.inter !== 1 || m.actor.iso3 !== a.actor.iso3) return false;
  const own = tokenize(text, m.start, m.end);
  // A longer phrase names its own force ("military forces of Azerbaijan").
  if (own.length > 2) return false;
  const words = new Set(tokenize(text, a.start, a.end).map((t) => t.stem));
  return own.some((t) => !PLAIN.has(t.stem) && words.has(t.stem));
}

/** "Israeli forces fired ... Soldiers also shot ...": a bare force word after a foreign state's
 *  force of the same kind (army, police) is that force, not the host country's. */
function sameKindAbroad(text: string, m: ActorMention, a: ActorMention): boolean {
  const [em, ea] = [entryOf(m), entryOf(a)];
  if (!em || em !== ea || em.role !== 'state' || a.actor.inter !== 8 || a.actor.iso3 === m.actor.iso3) return false;
  // Only a bare word: "Palestinian soldiers" names its own country.
  const bare = text.slice(m.start, m.end).toLowerCase();
  return (em.aliases ?? []).some((x) => x.toLowerCase() === bare);
}

/** Rule suffix of a generic mention that took the group named right after it (find.ts). */
export const RENAMED_RULE = '+renamed';

/** A sentence between two mentions that opens another scene ("On Tuesday, gunmen from X ...",
 *  "Separately, ..."): the armed men before it need not be the ones named after it. */
const NEW_SCENE = /(?:^|[.!?]["”’]?\s+)(?:On|Earlier|Later|Meanwhile|Separately|Elsewhere|Overnight|Last|In\s+(?:an?(?:other)?|the)\s+(?:separate|second|other|different|earlier|later)|The\s+(?:next|following|previous)|A\s+day|Two\s+days|Hours)\b/;

/** "Insurgents raided the town ... The insurgents, known as ISWAP, burned houses": once the text
 *  names the armed men it spoke of, the generic words for armed men earlier in the paragraph (none
 *  named in between, no other scene opened in between) are that group too. The rule says which
 *  entry the renamed words had. */
function renamedEarlier(text: string, mentions: ActorMention[], paragraphStarts: number[]): ActorMention[] {
  const out = mentions.slice();
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (!r.rule.endsWith(RENAMED_RULE)) continue;
    // Only the same generic word's entry: "vigilantes" before "the gunmen, known as X" are others.
    const own = r.rule.slice(0, -RENAMED_RULE.length);
    const para = paragraphStarts.filter((p) => p <= r.start).pop() ?? 0;
    for (let j = i - 1; j >= 0 && out[j].start >= para && r.start - out[j].end <= REACH; j--) {
      const m = out[j];
      if ((named(m) && m.actor.name !== r.actor.name) || NEW_SCENE.test(text.slice(m.end, r.start))) break;
      if (m.rule === own) out[j] = actorMention(m.start, m.end, m.text, r.actor, Math.min(m.confidence, r.confidence) - 0.1, `actors/named-later:${r.rule}`);
    }
  }
  return out;
}

/** Mentions (sorted by start) with generic words resolved to the group they refer back to. */
export function referBack(text: string, found: ActorMention[]): ActorMention[] {
  if (!found.some(generic)) return found;
  const paragraphStarts = [0, ...[...text.matchAll(PARAGRAPH_BREAK)].map((b) => b.index + b[0].length)];
  const mentions = found.some((m) => m.rule.endsWith(RENAMED_RULE)) ? renamedEarlier(text, found, paragraphStarts) : found;
  let p = 0;
  // Each mention's head word, made once: every generic word compares it with each named group before it.
  const heads: Array<string | undefined> = [];
  return mentions.map((m, i) => {
    while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1] <= m.start) p++;
    if (!generic(m)) return m;
    const pointsBack = POINTS_BACK.test(text.slice(Math.max(0, m.start - 16), m.start));
    // Only a bare word refers back by its head noun: "government forces" is not "LNA forces".
    const head = tokenize(text, m.start, m.end).length === 1 ? headStem(text, m) : null;
    for (let j = i - 1; j >= 0; j--) {
      const a = mentions[j];
      if (a.start < paragraphStarts[p] || m.start - a.end > REACH) break;
      if (a.end > m.start) continue;
      if (sameKindAbroad(text, m, a)) return actorMention(m.start, m.end, m.text, a.actor, Math.min(m.confidence, a.confidence) - 0.1, `actors/refers-back:${a.rule}`);
      if (!named(a)) continue;
      if (pointsBack || (heads[j] ??= headStem(text, a)) === head || sameForce(text, m, a)) {
        return actorMention(m.start, m.end, m.text, a.actor, Math.min(m.confidence, a.confidence) - 0.1, `actors/refers-back:${a.rule}`);
      }
    }
    return m;
  });
}
