// Which side of an event each armed actor is on: the attacker (side 1) and the target
// (side 2), from the words between mentions ("X attacked Y", "clashes between X and Y",
// "Y was ambushed by X"). Later actors on the same side become associated actors.

import type { ActorMention } from '../types.ts';
import { tokenize } from './tokens.ts';

/** Words that separate the attacker from the target when they stand between two actors. */
const SPLIT = new Set(
  ['attack', 'clash', 'with', 'against', 'at', 'on', 'targeting', 'target', 'fire', 'fired', 'ambush', 'kill', 'shot', 'shell',
    'struck', 'strike', 'hit', 'raid', 'stormed', 'abduct', 'kidnap', 'arrest', 'detain', 'captur', 'seiz', 'engag', 'fought',
    'repel', 'repuls', 'toward', 'towards', 'into', 'upon', 'bomb', 'abducted', 'killed', 'wound', 'injur', 'loot', 'burn', 'from',
    'assassinat', 'murder', 'execut', 'behead', 'stab', 'beat', 'tortur', 'lynch', 'hack', 'snip', 'infiltrat', 'assault', 'rap', 'shoot'],
);
// "was killed by (two) (suspected) X": up to two words may stand between "by" and the agent.
const PREFIXES = [...SPLIT].filter((s) => s.length > 4);
const PASSIVE = /\b(?:by|from)(?:\s+[\w-]+){0,2}\s*$/i;

export interface Sides {
  side1: ActorMention[];
  side2: ActorMention[];
}

/** Split actors (in text order) into two sides. */
export function splitSides(text: string, actors: ActorMention[]): Sides {
  if (actors.length === 0) return { side1: [], side2: [] };
  const side1: ActorMention[] = [actors[0]];
  const side2: ActorMention[] = [];
  let between = /\bbetween\s*$/i.test(text.slice(Math.max(0, actors[0].start - 12), actors[0].start));
  for (let i = 1; i < actors.length; i++) {
    const gap = text.slice(actors[i - 1].end, actors[i].start);
    const words = tokenize(gap).map((t) => t.stem);
    const splits = words.some((w) => SPLIT.has(w) || PREFIXES.some((s) => w.startsWith(s)));
    const andBetween = between && words.includes('and');
    if (side2.length === 0 && (splits || andBetween || /[.;]/.test(gap))) {
      side2.push(actors[i]);
      between = false;
      // "Y was attacked by X": the agent after "by" is the attacker.
      if (PASSIVE.test(gap) && !/\bby\b/i.test(text.slice(actors[0].end, actors[i - 1].end))) return { side1: [actors[i], ...actors.slice(i + 1)], side2: side1 };
    } else (side2.length ? side2 : side1).push(actors[i]);
  }
  return { side1, side2 };
}
