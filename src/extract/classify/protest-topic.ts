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
//   force who protest themselves are protesters, not the force acting on a protest;
// - "militiamen paraded with weapons through the town, holding a rally for their commander": an
//   armed group's own rally or parade is a show of force, which ACLED's notes code as a change to
//   the group's activity (like its patrols and exercises), not as a protest by protesters.

import type { ActorMention } from '../types.ts';
import { relabelHits, type CueHit, type Signals } from './cues.ts';

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

/** A rally word whose demand follows in its sentence: "police officers marched to the ministry to
 *  demand unpaid allowances" is their protest (troops that only march are moving). */
const RALLY_THEN_DEMAND = /^\W*(?:rallied|marched|gathered|assembled|held\s+(?:a\s+)?(?:rally|march))\b[^.;!?]{0,80}?\b(?:to\s+demand|demanding|in\s+protest|to\s+protest|protesting|to\s+denounce|denouncing)\b/i;

/** The armed actor's own people protest: they are retired or former, or the actor is the subject
 *  of the words that tell the protest (`toldAt`: where they start, -1 for none) in one clause
 *  ("police officers from the National Union of Internal Security Forces protested"). */
export function armedProtesting(text: string, a: ActorMention, toldAt: number): boolean {
  if (NOT_SERVING.test(text.slice(Math.max(0, a.start - 12), a.start))) return true;
  if (toldAt < a.end || !ONE_CLAUSE.test(text.slice(a.end, toldAt))) return false;
  return STRONG_PROTEST.test(text.slice(toldAt, toldAt + 40)) || RALLY_THEN_DEMAND.test(text.slice(toldAt, toldAt + 140));
}

/** Rally words an armed group's own people may be the subject of (troops also march and rally). */
const RALLY_WORD = /^(?:rall|march|parad|gather|assembl|converg|procession|motorcade|convoy)/i;
/** Words that tell a demand, which make a protest whoever makes it ("marched to demand their pay"). */
const DEMAND_WORD = /^(?:protest|demonstrat|sit-in|strike|picket|vigil|hunger|demand|to\s+demand|denounc|condemn|boycott|petition|memorandum|against|to\s+reject|rejecting|voiced|expressed|chant|raised\s+slogans|shouted|blocked)/i;
/** Subject to verb in one clause of one sentence: a comma may set off a phrase ("Fighters, armed
 *  with rifles, rallied"), a stop or semicolon may not. */
const SAME_CLAUSE = /^[^;.!?]{0,90}$/;
const ARMED_INTERS: ReadonlySet<number> = new Set([1, 2, 3, 4, 8]);
/** A group's followers are no armed men: "Hamas supporters rallied" is a crowd. */
const FOLLOWERS = /\b(?:supporters|sympathi[sz]ers|followers|partisans|activists|students|women|youths?|residents|families|relatives|wives|widows)\b/i;
/** An armed group named by its armed men. */
const FIGHTERS = /\b(?:fighters|militiamen|militias?|gunmen|combatants|soldiers|troops|rebels|militants|insurgents|jihadists|members|elements|men|cadres|recruits)\b/i;
/** Weapons carried or shown in the event's text. */
const ARMS_SHOWN = /\b(?:armed|weapons|guns|rifles|firearms|machetes|in\s+(?:military\s+)?(?:uniform|fatigues)|fir(?:ed|ing)\s+(?:shots\s+)?in(?:to)?\s+the\s+air)\b/i;

/** The hit that tells an armed group's own rally or parade (see the file's head), or null: the
 *  first armed actor named is the subject of a parade or show-of-force word, or of a rally word
 *  with no word of a demand, no crowd of other people named and no intervention. */
export function armedRally(text: string, span: { start: number; end: number }, s: Signals, first: ActorMention | null, crowdNamed: boolean): CueHit | null {
  if (!first || !ARMED_INTERS.has(first.actor.inter) || NOT_SERVING.test(text.slice(Math.max(0, first.start - 12), first.start))) return null;
  if (crowdNamed || s.first.has('intervene') || FOLLOWERS.test(text.slice(first.start, first.end + 14))) return null;
  let told: Signals['hits'][number] | null = null;
  for (const h of s.hits) {
    if (h.signal === 'protest' && DEMAND_WORD.test(h.text)) return null;
    if (told || h.start < first.end || !SAME_CLAUSE.test(text.slice(first.end, h.start))) continue;
    if (h.signal === 'showOfForce' || (h.signal === 'protest' && RALLY_WORD.test(h.text))) told = h;
  }
  // A rally word alone is a show of force only when armed people hold it: "Hezbollah held a rally"
  // is the party's (ACLED codes it a protest), "Hezbollah fighters rallied" or "armed men marched" is not.
  if (told && told.signal === 'protest' && !FIGHTERS.test(first.text) && !ARMS_SHOWN.test(text.slice(span.start, span.end))) return null;
  return told;
}

const GATHERED = /\b(?:gathered|assembled|converged|massed|crowds?|gathering)\b/i;
/** What else people gather for: to trade, bury, mourn, worship, celebrate, watch or receive aid. */
const ORDINARY_GATHERING = /\b(?:markets?|marketplace|trad(?:e|ing|ers)|buy(?:ing)?|sell(?:ing)?|shopping|funerals?|burials?|bur(?:y|ied)|mourn\w*|pray(?:ers?|ing)?|worship\w*|mosques?|church(?:es)?|weddings?|celebrat\w*|festivals?|feasts?|football|match|games?|concerts?|ceremon(?:y|ies)|distributions?|queued?|queuing|rations?|relief|aid)\b/i;

/** The span tells people gathered as a crowd ("gathered", "assembled", "a crowd"), not to trade,
 *  bury their dead, worship or celebrate: "police dispersed traders who had gathered at the market"
 *  broke up no protest (a protest word in the span makes one; the protest rules read it first). */
export function gatheredAsCrowd(spanText: string): boolean {
  return GATHERED.test(spanText) && !ORDINARY_GATHERING.test(spanText);
}

/** The crowd's own people arrested: "They were arrested", "One woman was arrested", "The 42 were
 *  detained", "Several arrests were made", "26 arrested", "police tried to arrest one of the
 *  protesters". Not someone the protest is about ("He was arrested in connection with ...",
 *  "activists who were detained in recent demonstrations"). */
const PROTESTERS_ARRESTED = /(?:^|[.;]\s+|,\s+and\s+)(?:they|the\s+(?:protesters|demonstrators|participants|workers|students|\d+)|protesters|demonstrators|(?:at\s+least\s+|around\s+|about\s+)?\d+(?:\s+(?:people|protesters|demonstrators|participants|of\s+them))?|several(?:\s+(?:protesters|people|of\s+them))?|one\s+(?:woman|man|protester|demonstrator|of\s+(?:them|the\s+protesters)))\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:arrested|detained)\b|(?:^|[.;]\s+)(?:several\s+|some\s+|many\s+|\d+\s+)?arrests\s+were\s+made\b|\b(?:attempted|tried)\s+to\s+(?:arrest|detain)\s+(?:one|some|several|two|three|\d+)\s+of\s+the\s+(?:protesters|demonstrators)\b/i;

/** Arrested once the protest was over ("detained later that day after the protest was finished"):
 *  ACLED codes the protest itself as peaceful. */
const AFTERWARDS = /^[^.;]*\b(?:later|afterwards|after\s+the\s+(?:protest|demonstration|rally|march|action|event)\s+(?:was\s+(?:finished|over)|ended|had\s+ended))\b/i;
/** Arrested on a day of its own or for a deed of its own ("was arrested on Thursday for posting
 *  about the rally"): not at the protest. */
const OWN_DAY_OR_DEED = /^\s*(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|(?:\w+\s+){0,4}?for\s+(?:posting|sharing|writing|publishing|insulting|allegedly|organi[sz]ing|inciting))/i;

export function protestersArrested(eventText: string): boolean {
  const m = PROTESTERS_ARRESTED.exec(eventText);
  if (!m) return false;
  const after = eventText.slice(m.index + m[0].length);
  return !AFTERWARDS.test(after) && !OWN_DAY_OR_DEED.test(after);
}

/** "Normal school students blocked with two vehicles the highway", "a group of neighbours blocked
 *  the sector": unorganised people blocking a way in one clause is their protest, whatever they
 *  block (the cue list knows only "blocked the road" and its like). */
const CROWD_BLOCKED = /\b(?:students|residents|neighbou?rs|villagers|workers|farmers|drivers|traders|vendors|youths|locals|community\s+members|teachers|miners|transporters|truckers|motorists|parents)\b[^.;,]{0,50}?(?<!\b(?:were|was|been|being|got|are|is)\s)\b(?:blocked|blockaded)\b(?!\s+by\b)/i;

const KEPT_OUT = /^\s+(?:(?:the|a|an|some|armed)\s+)?(?:gunmen|attackers|militants|bandits|soldiers|troops|police|rebels|fighters|assailants|raiders)\b|^\s+(?:[\w'’-]+\s+){0,4}?from\s+\w+ing\b/i;

/** Where the span tells people blocking a way, as a protest hit; null when it does not. */
export function crowdBlocked(text: string, span: { start: number; end: number }): { group: string; start: number; end: number; text: string; signal: string } | null {
  const m = CROWD_BLOCKED.exec(text.slice(span.start, span.end));
  if (!m) return null;
  const at = span.start + m.index + m[0].length - /(?:blocked|blockaded)$/i.exec(m[0])![0].length;
  const end = span.start + m.index + m[0].length;
  // "residents blocked gunmen from entering the village": keeping someone out is no protest.
  if (KEPT_OUT.test(text.slice(end, end + 80))) return null;
  return { group: 'crowd-blocked', start: at, end, text: text.slice(at, end), signal: 'protest' };
}
