// Which side of an event each armed actor is on: the attacker (side 1) and the target
// (side 2), from the words between mentions ("X attacked Y", "clashes between X and Y",
// "Y was ambushed by X"). Later actors on the same side become associated actors.

import type { ActorMention } from '../types.ts';
import { stemWord } from './tokens.ts';

/** Words that separate the attacker from the target when they stand between two actors. */
const SPLIT = new Set(
  ['attack', 'clash', 'with', 'against', 'at', 'on', 'targeting', 'target', 'fire', 'fired', 'ambush', 'kill', 'shot', 'shell',
    'struck', 'strike', 'hit', 'raid', 'abduct', 'kidnap', 'arrest', 'detain', 'captur', 'seiz', 'engag', 'fought',
    'repel', 'repuls', 'toward', 'towards', 'into', 'upon', 'bomb', 'abducted', 'killed', 'wound', 'injur', 'loot', 'burn', 'from',
    'assassinat', 'murder', 'execut', 'behead', 'stab', 'beat', 'tortur', 'lynch', 'hack', 'snip', 'infiltrat', 'assault', 'rap', 'shoot',
    // "X thwarted a Y incursion", "X foiled Y's attack", "X responded to Y shelling": Y is the other side.
    'thwart', 'foil', 'respond',
    // "X overran an army base", "X besieged a police station": the base's or station's force is Y.
    'overran', 'overrun', 'besieg', 'overpow',
    // "X were gunned down by Y" (stem "gun"), "X massacred Y", "X took the lives of Y": other words for killing.
    'gun', 'slain', 'slaughter', 'massacr', 'live',
    // "X recaptured ... from Y", "X drove Y out", "X expelled Y": taking ground from the other side.
    'retook', 'recaptur', 'overtook', 'expel', 'drove',
    // "X destroyed a Russian ammunition depot": the object's owner is Y; "a bomber blew himself
    // up inside the police lines": where it went off is Y's.
    'destroy', 'blew'],
);
// A longer SPLIT stem also splits as the start of a word ("assassinated", "infiltrating").
// Grouped by their first five letters, so that a word is compared with the few that could start
// it, not with all of them (speed: this ran for every word between two actors).
const PREFIXES_BY_HEAD = new Map<string, string[]>();
for (const p of SPLIT) if (p.length > 4) PREFIXES_BY_HEAD.set(p.slice(0, 5), [...(PREFIXES_BY_HEAD.get(p.slice(0, 5)) ?? []), p]);

function splitsSides(w: string): boolean {
  if (SPLIT.has(w)) return true;
  const prefixes = w.length > 4 ? PREFIXES_BY_HEAD.get(w.slice(0, 5)) : undefined;
  if (prefixes) for (const p of prefixes) if (w.startsWith(p)) return true;
  return false;
}

// "was killed by (at least two) X": up to three words may stand between "by" and the agent.
// Not the "by" of "drive-by" ("a drive-by shooting against a man" is active).
const PASSIVE = /(?<!-)\b(?:by|from)(?:\s+\(?[\w-]+){0,3}\s*\(?\s*$/i;
/** "X retook the village from Y", "X drove Y out ... from": the place is taken from Y, who is the
 *  other side, not the agent of a passive. */
const TAKEN_FROM = /\b(?:retook|retaken|recaptur\w*|captur\w*|seiz\w*|took|taken|wrest\w*|liberat\w*|regain\w*|reclaim\w*|expel\w*|drove|driven|push\w*|ousted|clear\w*)\b[^.;]*\bfrom\s*(?:the\s+)?$/i;

export interface Sides {
  side1: ActorMention[];
  side2: ActorMention[];
}

const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
/** "tensions between X and Y": a background relation, not who attacked. */
const TENSION_BETWEEN = /\b(?:tensions?|disputes?|rivalry|hostilities|enmity|feud)\s+between\s+(?:the\s+)?$/i;
const RECIPROCAL = /^\s+(?:(?:reportedly|also|have|had|again)\s+)?(?:clashed|exchanged|fought|traded)\b(?!(?:\s+(?:fire|gunfire|shots|blows))?\s+(?:with|against)\b)/i;
/** "four soldiers and six militants were killed in a clash", "two soldiers and four NPA (NPA)
 *  fighters have been killed in a clash": two parties harmed in one fight fought each other. */
const HARMED_IN_FIGHT = /^\s+(?:\([\w-]{2,12}\)\s+)?(?:(?:fighters|militants|members|rebels|insurgents|soldiers|troops|personnel)\s+)?(?:were|have been|had been)\s+(?:also\s+)?(?:killed|wounded|injured|hurt)\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|gunfights?|firefights?|exchanges? of fire|battles?|skirmish(?:es)?|shoot-?outs?)\b/i;
/** "drones flying on behalf of Haftar's forces", "militias backed by the army": allies, one side. */
const ALLY = /\b(?:on behalf of|in support of|alongside|together with|backed by|supported by|allied (?:to|with)|loyal to|in coordination with)\s+(?:the\s+)?$/i;
/** "Al Shabaab claimed", "ISWAP fighters claimed", "Tehreek-e-Taliban Pakistan (TTP) claimed",
 *  "the rebels, al-Shabab, have claimed": whoever claims the attack made it (read right after
 *  the group's mention; roles.ts too). */
/** "Israel was widely blamed for the attack": the side blamed for an unattributed event made it. */
export const BLAMED = /^\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:\w+ly\s+)?(?:blamed|held\s+responsible)\b/i;
export const CLAIMS = /^(?:\s*\([\w-]{2,12}\))?,?\s+(?:(?!(?:witnesses|residents|officials|police|sources|locals|activists|reports|media)\b)[a-z]+\s+)?(?:claimed|claims|has claimed|have claimed)\b(?!\s+by\b)/i;

const stems = (gap: string) => gap.toLowerCase().split(/[^a-z'-]+/).filter(Boolean).map((w) => stemWord(w));

/** "degraded by Haftar's (recent) strikes", "repelled a Taliban attack": whose attack it is.
 *  Without the possessive only an assault counts: troops who "responded to Houthi shelling" stay
 *  first (ACLED's order), and "after a Boko Haram attack" is background. */
const ATTACK_NOUN = String.raw`(?:strikes?|airstrikes?|air strikes?|attacks?|shelling|bombardment|artillery|mortars?|rockets?|missiles?|drones?|offensive|assault|raids?|snipers?|gunfire)\b`;
const OWN_ATTACK = new RegExp(String.raw`^\s+(?:[a-z-]+\s+)?${ATTACK_NOUN}`, 'i');
const NAMES_ATTACK = /\b(?:air\s?strikes?|drones?|strikes?|shelling)$/i;
const OWN_ASSAULT = /^\s+(?:attacks?|assaults?|offensive|raids?)\b/i;
const BACKGROUND = /\b(?:after|following|since|before|in response to|in retaliation for)\s+(?:an?\s+|the\s+)?$/i;
const POSSESSIVE = /['’]s$/;

/** The actor claims the attack ("Al Shabaab claimed") or owns it ("Haftar's strikes", "a Taliban attack"). */
function claimsAttack(text: string, m: ActorMention): boolean {
  if (CLAIMS.test(text.slice(m.end, m.end + 30))) return true;
  if (BACKGROUND.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  return (POSSESSIVE.test(m.text) ? OWN_ATTACK : OWN_ASSAULT).test(text.slice(m.end, m.end + 40));
}

/** Named right after "between" (not "tensions between"): a party to the fight. */
function afterBetween(text: string, m: ActorMention): boolean {
  return BETWEEN.test(text.slice(Math.max(0, m.start - 12), m.start)) && !TENSION_BETWEEN.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// Plain loops and module functions, not per-call closures (speed hint: each is compiled on its own).
/** Attackers first: a claimant, the owner of the attack, or the actor named right after "between". */
function attackerFirst(text: string, actors: ActorMention[]): ActorMention[] {
  let claimant = -1;
  for (let i = 0; i < actors.length && claimant < 0; i++) if (claimsAttack(text, actors[i])) claimant = i;
  // "a US airstrike", "an Israeli drone": the mention names the attack itself.
  let isAttack = -1;
  if (claimant < 0) for (let i = 0; i < actors.length && isAttack < 0; i++) if (NAMES_ATTACK.test(actors[i].text)) isAttack = i;
  let between = -1;
  for (let i = 0; i < actors.length && between < 0; i++) if (afterBetween(text, actors[i])) between = i;
  const first = claimant > 0 ? claimant : claimant < 0 && isAttack >= 0 ? isAttack : between > 0 ? between : 0;
  if (!first) return actors;
  const out: ActorMention[] = [actors[first]];
  for (let i = 0; i < actors.length; i++) if (i !== first) out.push(actors[i]);
  return out;
}

/** "LNA forces shot down a Turkish drone operated by GNA", "air defences intercepted a missile fired
 *  by X", "police defused two bombs planted by Maoists": whoever downs, intercepts or defuses a weapon acts (ACLED codes the disrupting actor first); the
 *  weapon's owners, however they are introduced, are the other side. The passive ("was intercepted
 *  by X") is left to the general rules: there the interception is often a side note of X's strike. */
const DOWNS = /\b(?:shot down|shoots down|shooting down|downed|intercepted|intercepts|defused|defuses|defusing)\b(?!\s+by\b)/i;
const JOINED = /^\s*(?:,|and|&)?\s*(?:the\s+)?$/i;

function disruptorFirst(text: string, inOrder: ActorMention[]): Sides | null {
  for (let k = 0; k + 1 < inOrder.length; k++) {
    const [a, b] = [inOrder[k], inOrder[k + 1]];
    if (a.end > b.start) return null;
    const gap = text.slice(a.end, b.start);
    if (/[.;]/.test(gap)) return null;
    if (DOWNS.test(gap)) return { side1: inOrder.slice(0, k + 1), side2: inOrder.slice(k + 1) };
    if (!JOINED.test(gap)) return null;
  }
  return null;
}

/** "clashes between X and Y on one side and Z on the other": the text marks the sides itself. */
const ONE_SIDE = /\bon one side\b/gi;

function markedSides(text: string, inOrder: ActorMention[]): Sides | null {
  if (inOrder.length < 2) return null;
  ONE_SIDE.lastIndex = inOrder[0].end;
  const mark = ONE_SIDE.exec(text.slice(0, inOrder[inOrder.length - 1].start));
  if (!mark) return null;
  const side1 = inOrder.filter((m) => m.end <= mark.index);
  const side2 = inOrder.filter((m) => m.start >= mark.index);
  return side1.length && side2.length && side1.length + side2.length === inOrder.length ? { side1, side2 } : null;
}

/** A verb of saying between the two, then the second attacks "its/their ... " or "them": the
 *  first actor reports an attack on itself. */
const SAYS_THAT = /^\s+(?:[\w-]+\s+){0,2}?(?:said|says|told\s+[\w-]+|reported|stated|claimed)(?:\s+on\s+\p{Lu}\p{Ll}+|\s+\p{Lu}\p{Ll}+day)?(?:\s+that)?\s+(?:the\s+|some\s+|suspected\s+|armed\s+)?$/u;
const ATTACKS_SPEAKER = /^\s+(?:\w+ly\s+)?(?:attacked|ambushed|targeted|fired\s+(?:at|on|upon)|shelled|raided|stormed|struck|overran)\s+(?:its|their|them|our|us)\b/i;

/** "The police reported that two officers were killed when gunmen attacked a checkpoint": the
 *  speaker reports its own losses to the attack of the second. */
const OWN_LOSSES = /^\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|confirmed|stated)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+(?:[\w-]+\s+){0,2}?(?:(?:of\s+)?(?:its|their)\s+)?(?:officers|soldiers|policemen|troops|personnel|gendarmes|servicemen)\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\s+(?:when|after|as|while)\s+(?:the\s+|some\s+|suspected\s+|armed\s+|unknown\s+)?$/u;
const ATTACKS = /^\s+(?:\w+ly\s+)?(?:attacked|ambushed|targeted|opened\s+fire|fired\s+(?:at|on|upon)|raided|stormed|struck|overran)\b/i;

function attacksSpeaker(text: string, gap: string, b: ActorMention): boolean {
  return (SAYS_THAT.test(gap) && ATTACKS_SPEAKER.test(text.slice(b.end, b.end + 40))) || (OWN_LOSSES.test(gap) && ATTACKS.test(text.slice(b.end, b.end + 40)));
}

const AUXILIARY = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'under']);
/** An attack word in the past tense (a verb, not "with" or "fire"). */
const PAST_VERB = /(?:ed|^struck|^hit|^shot|^fought|^overran|^drove|^retook|^overtook)$/;
const AFTER_PARTICIPLE = new Set(['in', 'during', 'at', 'on', 'near', 'when', 'after', 'while', 'as', 'by', 'from', 'following', 'and', 'or']);
/** "X seized food hidden by Y", "X attacked a convoy escorted by Y": the "by" names who hid or
 *  escorted the object of X's active verb, not who attacked (unlike "Y was attacked by X",
 *  "Y killed in a blast claimed by X"): the first attack word has no auxiliary, takes an object,
 *  and a participle of another verb stands before "by". */
function agentOfObject(gap: string): boolean {
  const words = gap.toLowerCase().split(/[^a-z'-]+/).filter(Boolean);
  const by = words.lastIndexOf('by');
  if (by < 3) return false;
  let k = 0;
  while (k < by && !splitsSides(stemWord(words[k]))) k++;
  if (k >= by - 2 || !PAST_VERB.test(words[k]) || AUXILIARY.has(words[k - 1] ?? '') || AUXILIARY.has(words[k - 2] ?? '') || AFTER_PARTICIPLE.has(words[k + 1])) return false;
  let p = by - 1;
  while (p > k && words[p].endsWith('ly')) p--;
  return p > k + 1 && /(?:ed|en)$/.test(words[p]) && !splitsSides(stemWord(words[p]));
}

/** "The army said 15 bandits were killed in a raid": a force that reports its foes killed or
 *  arrested fought them (sources.ts keeps such a force as a party); the two are two sides. */
const SAYS_GAP = /^\s+(?:[\w-]+\s+){0,2}?(?:said|says|reported|confirmed|announced|stated)\b/;
const FOES_HARMED = /^\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|neutrali[sz]ed|arrested|captured|eliminated|apprehended|detained|wounded|injured)\b(?!\s+by\b)/i;

function reportsFoesHarmed(gap: string, after: string): boolean {
  return SAYS_GAP.test(gap) && FOES_HARMED.test(after);
}

/** "Gunmen stormed a police station", "JNIM fighters stormed a gendarmerie post": a non-state
 *  group storming a place makes its holder the other side. Not a state force's storming ("police
 *  stormed the militants' hideout and arrested five", "troops stormed the police station to free
 *  an officer"): ACLED reads that as a raid or arrest, with one side, unless fighting is told. */
function stormedByNonState(a: ActorMention, words: string[]): boolean {
  return a.actor.inter !== 1 && a.actor.inter !== 8 && words.includes('storm');
}

/** Split actors (in text order) into two sides. */
export function splitSides(text: string, inOrder: ActorMention[]): Sides {
  if (inOrder.length === 0) return { side1: [], side2: [] };
  const disrupted = disruptorFirst(text, inOrder) ?? markedSides(text, inOrder);
  if (disrupted) return disrupted;
  const actors = attackerFirst(text, inOrder);
  const side1: ActorMention[] = [actors[0]];
  const side2: ActorMention[] = [];
  let between = BETWEEN.test(text.slice(Math.max(0, actors[0].start - 12), actors[0].start));
  for (let i = 1; i < actors.length; i++) {
    const [a, b] = [actors[i - 1], actors[i]];
    const gap = a.end <= b.start ? text.slice(a.end, b.start) : '';
    if (ALLY.test(gap)) {
      (side2.includes(a) ? side2 : side1).push(b);
      continue;
    }
    // "The army said militants attacked its positions": the speaker is the one attacked.
    if (i === 1 && side2.length === 0 && attacksSpeaker(text, gap, b)) return { side1: [b, ...actors.slice(2)], side2: [a] };
    const words = stems(gap);
    const splits = words.some(splitsSides) || stormedByNonState(a, words);
    // "X and Y clashed", "X and Y exchanged fire", "X and Y were killed in a clash": a reciprocal
    // verb puts them on two sides.
    const after = text.slice(b.end, b.end + 80);
    const andBetween = words.includes('and') && (between || RECIPROCAL.test(after) || HARMED_IN_FIGHT.test(after));
    if (side2.length === 0 && (splits || andBetween || /[.;]/.test(gap) || a.start > b.start || reportsFoesHarmed(gap, after))) {
      side2.push(b);
      between = false;
      // "Y was attacked by X": X is the attacker. (ACLED does not reorder "X repelled Y's attack".)
      const passive = PASSIVE.test(gap) && !TAKEN_FROM.test(gap) && !/\bby\b/i.test(text.slice(actors[0].end, a.end)) && !agentOfObject(gap);
      if (passive) return { side1: [b, ...actors.slice(i + 1)], side2: side1 };
    } else (side2.length ? side2 : side1).push(b);
  }
  return { side1, side2 };
}
