// "Residents protested outside a police station", "marched to the army headquarters": a state
// force named only by its building, as the place a crowd went to, is where the protest was held,
// not a party to it (the crowd is). A force that acts on the crowd is named again in its own
// words ("police dispersed them") and stays a party through that mention.

/** Words for a force's building after (or ending) its name. */
const SITES = new Set(['station', 'stations', 'headquarters', 'hq', 'department', 'post', 'office', 'offices', 'building', 'base', 'barracks', 'compound', 'directorate', 'command', 'academy']);

/** A crowd's verb earlier in the sentence, then a word for where it stood, just before the
 *  mention; no act against the building between them ("threw stones at, and set fire to the
 *  police station": the force's building was attacked, and the force is a party). */
const CROWD_AT = /\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|rall(?:ied|ying)|march(?:ed|ing)|gather(?:ed|ing)|picket(?:ed|ing)|sat\s+in|(?:staged|held)\s+(?:a\s+)?(?:protest|demonstration|rally|sit-in|march|vigil))\b(?:(?!\b(?:threw|throw|set|attack|storm|burn|torch|ston|vandali|pelt|hurl|loot|raid|ransack|smash)\w*)[^.;!?]){0,100}?\b(?:outside|in\s+front\s+of|at|near|before|to|towards|around|opposite|facing)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const LAST_WORD = /([\p{L}]+)$/u;
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/** An act on the building or from it later in the clause ("marched to the police station and set
 *  it ablaze", "where shots fired from inside the compound killed two of them"): the force is a party. */
const ACT_AFTER = /^[^.;]{0,120}?\b(?:set\s+(?:it|fire)|torch|burn|storm|attack|ston(?:ed|ing)|pelt|loot|ransack|vandali|smash|fired|shot|shoot|killed|opened\s+fire|besieg)/i;

/** Whether the mention at [start, end) names a force's building where a crowd protested. */
export function protestSite(text: string, start: number, end: number): boolean {
  const last = LAST_WORD.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? '';
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
  if (!SITES.has(last) && !SITES.has(next)) return false;
  return CROWD_AT.test(text.slice(Math.max(0, start - 160), start)) && !ACT_AFTER.test(text.slice(end, end + 160));
}
