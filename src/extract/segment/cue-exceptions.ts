// Cue words that tell no happening where they stand, and sentences whose cue tells an earlier
// incident: "hard hit", "displaced people", "praised the officers killed in X", "assault rifles",
// "seeks to combat attacks"; "The attack came two days after another attack ...".

import { isPersonish } from '../numbers/toll-words.ts';

/** Determiners: before a participle they make it describe someone ("the slain commander"); before
 *  an effort's object they end the look back ("to prevent the attacks" is an attempt told). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "the region has been hard hit": a place's lot over time, not a blow on one day. */
const HARD = new Set(['hard', 'hardest', 'worst']);
/** "where thousands of displaced people have sought refuge": people described, not a flight told. */
const DISPLACED_WHO = new Set(['people', 'persons', 'families', 'households', 'residents', 'civilians', 'villagers', 'women', 'children', 'communities']);
const VICTIM_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'abducted', 'kidnapped', 'slain']);
const AFTER_RELATIVE = new Set(['in', 'on', 'at', 'during', 'by', 'last', 'when', 'while', 'near']);
const WEAPON_MODIFIERS = new Set(['attack', 'assault', 'strike', 'combat']);
const WEAPON_HEADS = new Set(['rifle', 'rifles', 'weapon', 'weapons', 'helicopter', 'helicopters', 'drone', 'drones', 'craft', 'aircraft', 'boat', 'boats', 'dog', 'dogs']);
export function notHappening(words: readonly string[], i: number): boolean {
  if (i === 0) return false;
  if (words[i] === 'hit') return HARD.has(words[i - 1]);
  if (words[i] === 'displaced') return i + 1 < words.length && DISPLACED_WHO.has(words[i + 1]);
  // "praised the officers killed in Hangu", "those wounded in the blast": victims already told,
  // named by what befell them (a reduced relative clause), not a happening told anew.
  if (VICTIM_PARTICIPLES.has(words[i]) && reducedRelative(words, i)) return true;
  // "AK-47 assault rifles", "attack helicopters": a weapon's name.
  if (WEAPON_MODIFIERS.has(words[i]) && i + 1 < words.length && WEAPON_HEADS.has(words[i + 1])) return true;
  return false;
}
/** "praised the officers killed in X", "mourned those killed on Sunday": the noun phrase is the
 *  object of a verb or a preposition before it (not the sentence's subject: "The gunmen killed in
 *  ... at least 11"), and "at least" after the participle is a figure, not a place. */
function reducedRelative(words: readonly string[], i: number): boolean {
  const next = i + 1 < words.length ? words[i + 1] : '';
  if (!AFTER_RELATIVE.has(next) || (next === 'at' && (words[i + 2] === 'least' || words[i + 2] === 'most'))) return false;
  const np = words[i - 1] === 'those' ? i - 1 : i >= 2 && words[i - 2] === 'the' && isPersonish(words[i - 1]) ? i - 2 : -1;
  if (np < 1) return false;
  const head = words[np - 1];
  return OBJECT_OF.has(head) || (head.length > 4 && head.endsWith('ed'));
}
const OBJECT_OF = new Set(['of', 'for', 'to', 'with', 'about', 'among', 'mourn', 'mourns', 'praise', 'praises', 'bury', 'buries', 'honour', 'honor', 'identify', 'identifies', 'remember']);

/** "as the government seeks to combat militant attacks", "efforts to prevent attacks": acts an
 *  effort is against are no occurrence. */
const AGAINST_VERBS = new Set(['combat', 'combating', 'combatting', 'counter', 'countering', 'curb', 'curbing', 'tackle', 'tackling', 'prevent', 'preventing', 'deter', 'deterring', 'thwart', 'thwarting', 'foil', 'foiling', 'avert', 'averting', 'stem', 'stemming']);
export function purposeObject(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (AGAINST_VERBS.has(w)) return w.endsWith('ing') || words[k - 1] === 'to';
    if (DETERMINERS.has(w) || w === ',' || w === '.') return false;
  }
  return false;
}

/** The acts an incident is named by, as the subject of "came after". */
const ACT_NOUNS = '(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|blasts?|explosions?|strikes?|airstrikes?|air\\s+strikes?|shelling|killings?|massacres?|shootings?|violence|clash(?:es)?|incidents?)';
/** "The attack came two days after another attack on Thursday in which 44 were killed", "The
 *  latest attack comes only days after the rebels killed 19 in X": what follows "after" is an
 *  earlier incident, told with its own day and toll. */
const COMES_AFTER = new RegExp(`^\\W*(?:the|this|that|it|[^.;,]{0,40}?\\b${ACT_NOUNS}\\b)[^.;,]{0,60}?\\b(?:came|comes|follows|followed)\\s+(?:only\\s+|just\\s+|barely\\s+|less\\s+than\\s+)?(?:(?:a|one|two|three|four|five|six|seven|\\d+|several|a\\s+few|few)\\s+)?(?:days?|weeks?|hours?)?\\s*(?:after|on\\s+the\\s+heels\\s+of)\\s+(?!(?:midnight|dawn|dusk|noon|nightfall|sunset|sunrise|days|weeks|months|years|hours|a\\s+(?:day|week|month|year)\\s+of|the\\s+(?:end|start|beginning)|prayers)\\b)`, 'i');
/** The subject of "came after" is the act told before (not "The protest came after police killed"). */
const ACT_SUBJECT = new RegExp(`^\\W*(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?${ACT_NOUNS}\\b|^\\W*it\\b`, 'i');
export function comesAfter(raw: string, sentenceStart: number, cue: { start: number } | null): boolean {
  if (!cue || !raw.includes('after') && !raw.includes('heels')) return false;
  const m = COMES_AFTER.exec(raw);
  return m !== null && ACT_SUBJECT.test(raw) && sentenceStart + m.index + m[0].length <= cue.start;
}
