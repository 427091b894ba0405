// Words around a crowd that say what it is about or where it was, not what it did. ACLED's 2020
// notes closed every crowd event with a "[size=...]" tag, which told the classifier as much; news
// text and newer exports have none, so the words must:
// - "farmers held a protest against the decision to mine sand", "traders demonstrated after a
//   police officer beat one of them": the violence a protest is about is its topic;
// - "families who claim their children have been kidnapped ... continued their sit-in": the
//   protesters' own account of a wrong done to them;
// - "miners of the Kerman Coal Mine Company": a bare "mine" is a land mine only where something
//   blows up or hurts someone;
// - "a mob attacked a suspect outside the police station", "a village under Koya police
//   station": a seat of power named as where it happened, or as a jurisdiction, is no target;
// - "police officers from the union protested", "retired soldiers demonstrated": members of a
//   force who protest themselves are protesters, not the force acting on a protest.

import type { ActorMention } from '../types.ts';
import { relabelHits, type Signals } from './cues.ts';

/** Words that tell a protest as the event: "held a protest", "staged a sit-in", "demonstrated". */
const PROTEST_TOLD = /\b(?:(?:held|staged|organi[sz]ed|began|continued|started|joined|took\s+part\s+in|participated\s+in)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|vigils?|dharnas?|pickets?)|(?:held|staged)\s+(?:a\s+)?(?:general\s+|hunger\s+)?strike|protested|demonstrated|rallied|marched|picketed)\b/i;
/** The protest's topic phrase up to a violence word, in one clause: "against the decision to",
 *  "after a police officer", "over the killing of"; not past "and police attacked them". */
const PROTEST_TOPIC = /\b(?:against|over|after|following|demanding|to\s+demand|to\s+denounce|denouncing|condemning|about|for|due\s+to|because\s+of|to\s+commemorate|commemorating|to\s+mark|marking)\b(?:\s+(?!(?:and|then|before|while|when|as|but|until)\b)[\w'’()-]+){0,12}?(?:\s+(?:and|or))?\s*$/i;
/** The protesters' own account of a wrong done to them, inside its who-clause. */
const GRIEVANCE = /\bwho\s+(?:[\w-]+\s+)?(?:claim|say|said|allege|accuse)\w*(?:\s+(?!(?:and|then|before|while|when|but)\b)[\w'’-]+){0,8}?\s*$/i;
/** What befell the protesters' own people, told before the protest: "Following the death of a
 *  shopkeeper after police beating, traders staged a protest", "family of a constable who was shot
 *  dead held a protest", "relatives of people abducted by gunmen held a protest". The clause runs
 *  from its opening word to the hit, in one sentence. */
const CAUSE_BEFORE = /(?:^|[,;]\s*|^On\s[^,]{0,30},\s*)(?:following|after|in\s+the\s+wake\s+of|in\s+response\s+to)\s[^.;]*$|\bwho\s+(?:was|were|had\s+been|has\s+been)\s[^,.;]*$|\b(?:relatives|families|family|parents|mothers|widows|colleagues)\s+of\s[^,.;]*$/i;
/** "after RSF shelling killed 10 civilians in X, residents protested": an act told with its own
 *  toll before the protest is an event of its own, not only the protest's cause. */
const ACT_WITH_TOLL = /\b(?:killed|killing|wounded|injured|injuring)\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\b/i;
/** Violence words that may be a protest's topic. */
const TOPIC_SIGNALS = ['attack', 'assault', 'abduct', 'sexual', 'lethal', 'ied', 'shell', 'air', 'loot', 'clash', 'smallArms', 'grenade', 'suicide', 'mob', 'lynch'] as const;

const BARE_MINE = /^mines?$/i;
const MINE_BLAST = /\b(?:explo\w*|detonat\w*|blast\w*|stepped|struck|hit|planted|laid|blew|went\s+off|killed|killing|injur\w*|wound\w*|dead|died)\b/i;
const SEAT_AS_PLACE = /\b(?:outside|near|in\s+front\s+of|close\s+to|beside|behind|next\s+to|opposite)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;
const UNDER_SEAT = /\bunder\s+(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** Relabels the span's hits that are a crowd's topic or setting (see the file's head); returns
 *  where the words that tell a protest start in the text, -1 when the span tells none. */
export function relabelCrowdContext(text: string, span: { start: number; end: number }, s: Signals): number {
  if (!MINE_BLAST.test(text.slice(span.start, span.end))) relabelHits(s, 'ied', 'mining', (h) => BARE_MINE.test(h.text));
  relabelHits(s, 'stateSeat', 'seatPlace', (h) => SEAT_AS_PLACE.test(text.slice(Math.max(0, h.start - 24), h.start)) || UNDER_SEAT.test(text.slice(Math.max(0, h.start - 40), h.start)));
  const told = PROTEST_TOLD.exec(text.slice(span.start, span.end));
  if (!told) return -1;
  // Only violence named in the protest's own phrase, after the words that tell the protest:
  // "protesters marched; police opened fire" stays an act.
  const at = span.start + told.index + told[0].length;
  const toldStart = span.start + told.index;
  for (const sig of TOPIC_SIGNALS) {
    relabelHits(s, sig, 'protestTopic', (h) => (h.start >= at && PROTEST_TOPIC.test(text.slice(at, h.start))) || GRIEVANCE.test(text.slice(Math.max(span.start, h.start - 80), h.start)) ||
      (h.end <= toldStart && !/[.;]/.test(text.slice(h.end, toldStart)) && CAUSE_BEFORE.test(text.slice(span.start, h.start)) && !ACT_WITH_TOLL.test(text.slice(span.start, toldStart))));
  }
  return span.start + told.index;
}

/** Not serving: "retired soldiers", "ex-servicemen", "former police officers". */
const NOT_SERVING = /\b(?:retired|former|ex-|demobili[sz]ed|veteran)\s*$/i;
/** One clause from the subject to its protest: no comma, semicolon or stop between. */
const ONE_CLAUSE = /^[^,;.]{0,100}$/;
/** Words that can only tell a protest (troops also march, rally and gather). */
const STRONG_PROTEST = /^\W*(?:(?:held|staged|organi[sz]ed|began|continued|started|joined)\s+(?:[\w-]+\s+){0,3}?)?(?:protest|demonstrat|sit-in|strike|dharna|picket|vigil)/i;

/** The armed actor's own people protest: they are retired or former, or the actor is the subject
 *  of the words that tell the protest (`toldAt`: where they start, -1 for none) in one clause
 *  ("police officers from the National Union of Internal Security Forces protested"). */
export function armedProtesting(text: string, a: ActorMention, toldAt: number): boolean {
  if (NOT_SERVING.test(text.slice(Math.max(0, a.start - 12), a.start))) return true;
  return toldAt >= a.end && ONE_CLAUSE.test(text.slice(a.end, toldAt)) && STRONG_PROTEST.test(text.slice(toldAt, toldAt + 40));
}
