// Who names an actor without being a party to the event: the source of a claim ("according to
// Taliban", "Nigerian police said gunmen ..."), a closing attribution (", police said."), a force
// sent in afterwards, a disguise, a victim's foe. findActors (find.ts) drops such mentions.

import type { ActorMention } from '../types.ts';
import type { AliasReading } from './dictionary.ts';
import { foeOfPerson } from './victim-foe.ts';
import { protestSite } from './protest-site.ts';

/** "according to Taliban" names the source of a claim; "dressed as local vigilantes" a disguise:
 *  neither is a party to the event. */
const NOT_A_PARTY = /(?:according to\s+(?:the\s+)?|\b(?:as\s+(?:alleged|claimed|reported|stated|announced|confirmed)|alleged|reported|stated|announced|confirmed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|\b(?:dressed|disguised|posing|posed|masquerading)\s+(?:up\s+)?as\s+(?:[\w-]+\s+){0,2})$/i;
/** "according to Ko Zaw Tun, an anti-coup fighter from the village": the words describing a named
 *  source are who the source is, not a party. */
const SOURCE_DESCRIBED = /according\s+to\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** ", police and hospital authorities said.": the force named among other sources reports. */
const WITH_SOURCES = /^\s+(?:and|or)\s+(?:[\p{Ll}-]+\s+)?(?:officials|authorities|sources|witnesses|residents|medics|doctors|officers)\s+(?:said|says|told|reported|confirmed)\b/u;
/** "Nigerian police said a group of gunmen attacked ...", "The army says gunmen killed ...": a
 *  state force that opens the sentence only to report what others did is the source, not a party.
 *  Not "The army said it killed 15" nor "Police said they arrested two men": then it acted itself;
 *  not "Soldiers said gunmen ambushed their patrol": then it was the target; not "the army said 15
 *  bandits were killed in a raid": a force reporting its foes killed or arrested did it. An armed group that
 *  says so claims the act ("A Taliban spokesman said fighters attacked ...") and stays. A dateline
 *  or time adverbial may open the sentence first ("On 5 March, the police reported that ..."). */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’]?\s+|\n\s*)(?:(?:according\s+to\s+[^,.;]{1,40}|(?:(?:late|early)\s+)?(?:on|in|around|overnight|earlier|later)\b[^,.;]{0,30}),\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;
const REPORTS_OTHERS = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|confirmed|reported|told\s+(?:\p{Lu}[\p{L}.]*|reporters|journalists))(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+(?!(?:it|they|its|their|we|our|he|she|his|her|security|the\s+(?:army|police|military|troops|soldiers|forces?|officers|operatives|men|personnel))\b)(?:an?\s+|the\s+|some\s+|suspected\s+|armed\s+|unknown\s+|[\w-]+\s+)?(?:group\s+of\s+)?(?:gunmen|bandits|militants|attackers|assailants|insurgents|jihadists|terrorists|fighters|rebels|men|a\s+mob|suicide|bomb|bombers?|explosion|airstrike|unidentified)\b(?!\s+(?:of|from)\s+(?:its|their)\b)(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|neutrali[sz]ed|arrested|captured|eliminated|apprehended|detained|wounded|injured)\b(?!\s+by\b))/iu;
/** "Police confirmed the attack, which ...": a state force that opens the sentence confirming it reports. */
const CONFIRMS = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:confirmed|condemned)\s+(?:the\s+)?(?:attack|incident|killings?|deaths?|raid|explosion|blast|bombing|abduction|kidnapping)\b/iu;
/** "their patrol", "its base", "attacked them": the rest of the sentence points back at the force.
 *  Not the victims' own ("killed five farmers who had returned to their village"). */
const POINTS_AT_FORCE = /\b(?:(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:patrols?|bases?|posts?|outposts?|convoys?|vehicles?|positions?|checkpoints?|camps?|stations?|officers|men|colleagues|troops|soldiers|units?|personnel|members|forces|fighters|aircraft|jets|drones|helicopters?|operations?|offensive|raid|strikes?|barracks)|(?:attack\w*|ambush\w*|target\w*|kill\w*|wound\w*|shot\s+at|fired\s+(?:at|on|upon)|engag\w*|clash\w*\s+with)\s+(?:them|us))\b/i;
const SENTENCE_REST = /^[^.!?]{0,200}/;

/** "Rebel-controlled SABA news agency", "the Houthi-run Al Masirah TV": the group owns the outlet
 *  that reports; it is named as the source, not as a party. */
const OUTLET_AFTER = /^-(?:run|controlled|owned|affiliated|operated|aligned)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:news\s+agency|agency|media|television|tv|channel|outlet|radio|website|newspaper|broadcaster|network)\b/iu;

/** "The police in Mozambique say at least 10 people were beheaded in an attack": a state force
 *  reporting a toll in the passive, with no force of its own named after it, is the source. */
const REPORTS_TOLL = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|say|reported|confirmed)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+)?[\p{L}\d-]+\s+(?:people|civilians|villagers|persons|residents|women|children|men)\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|beheaded|murdered|hacked)\b/iu;
const FORCE_WORD = /\b(?:police|policemen|officers?|soldiers|troops|army|military|security\s+forces|gendarmes)\b/i;
/** A means of the forces' own ("were killed in a strike on a car"): the force may be the one that
 *  struck, so it stays a party. */
const MEANS_WORD = /\b(?:strikes?|air\s?strikes?|drones?|shelling|shells|raids?|operations?|missiles?|bombardment|artillery)\b/i;

/** The 80 characters before a mention; cut inside the text, they start with a NUL so that the
 *  cut cannot pass for a sentence start ("^"): "... within 24 hours, police said" is no opener. */
function sentenceLead(text: string, start: number): string {
  return start <= 80 ? text.slice(0, start) : '\u0000' + text.slice(start - 80, start);
}

/** A state force opening the sentence to report (or confirm) what others did to others. */
function onlyReports(r: AliasReading, text: string, start: number, end: number): boolean {
  if (r.entry.role !== 'state' || !OPENS_SENTENCE.test(sentenceLead(text, start))) return false;
  const rest = SENTENCE_REST.exec(text.slice(end, end + 200))![0];
  if (POINTS_AT_FORCE.test(rest)) return false;
  if (REPORTS_OTHERS.test(rest) || CONFIRMS.test(rest)) return true;
  const toll = REPORTS_TOLL.exec(rest);
  return toll !== null && !FORCE_WORD.test(rest.slice(toll[0].length)) && !MEANS_WORD.test(rest.slice(toll[0].length));
}

/** "The United Nations humanitarian coordinator said at least 12 civilians were killed", "the UN
 *  refugee agency reported": an organisation that mostly observes (the dictionary's `observer`
 *  entries), named by one of its officials or offices that reports the event, is the source,
 *  unless the sentence points back at it ("the UN said its peacekeepers repelled ..."). Forces
 *  and coalitions are not observers: their spokesman's report is mostly of their own strike. */
const OFFICE_AFTER = /^\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:coordinator|agency|office|envoy|officials?|spokes(?:man|woman|person)|secretary-general|chief|representative|rapporteur|report|statement|monitors?|commission|investigators)\b/u;
const REPORT_VERB = /\b(?:said|says|told|reported|stated|indicated|confirmed|announced|added|estimated|documented|noted)\b/i;

function officeReports(r: AliasReading, text: string, end: number): boolean {
  if (!r.entry.observer) return false;
  const rest = SENTENCE_REST.exec(text.slice(end, end + 200))![0];
  return OFFICE_AFTER.test(rest) && REPORT_VERB.test(rest) && !POINTS_AT_FORCE.test(rest);
}

/** "Security forces were deployed to the area to prevent further attacks": a force sent in after
 *  the incident to keep the peace is no party to it (unless the sentence has it fight). Passive
 *  only: "US forces deployed at X to prevent patrols from passing" is a movement of forces. */
const SENT_IN = /^\s+(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?(?:deployed|dispatched|drafted|sent)\b[^.;!?]{0,80}?\bto\s+(?:prevent|restore|maintain|forestall|avert|calm|secure|stop\s+further)\b[^.;!?]*$/i;
const FIGHTS = /\b(?:clash|engag|exchang|repel|repuls|kill|fought|fight|arrest|rescu|neutrali|ambush|shot|shoot|fired|came\s+under|wound|injur)/i;

/** SENT_IN without FIGHTS: a function, so that notAParty's optimised code has no rarely reached
 *  regex test of its own (the FIGHTS test first ran after V8 had optimised it, which threw the
 *  code away). */
function sentInAfter(rest: string): boolean {
  return SENT_IN.test(rest) && !FIGHTS.test(rest);
}
/** ", police said.", ", local officials told AFP.": the closing attribution of a wire sentence
 *  names who reported it, not a party, when the sentence already names the state's force that
 *  acted ("Troops stormed a hideout after a gunfight, police said") or the civilians attacked
 *  ("Gunmen killed four farmers, police said"). Otherwise the reporting force
 *  is usually the one attacked ("Boko Haram attacked a base and was repelled, the army said") and
 *  stays; so does the army that "said it killed 15" (no comma before). */
const TAG_BEFORE = /,\s*(?:[\p{Ll}-]+\s+){0,3}$/u;
const TAG_AFTER = /^(?:\s+[\p{Ll}-]+){0,3}\s+(?:said|says|added|reported|confirmed|told\s+(?:\p{Lu}[\p{L}.]*|reporters|journalists))(?:\s+on\s+\p{Lu}\p{Ll}+|\s+in\s+a\s+statement)?\s*(?:[.;]|$)/u;

/** ", PTI reported.": a name that closes the sentence with "reported" is an outlet's (a news
 *  agency shares its letters with a party), whatever the sentence names before it. */
const REPORTED_TAG = /^\s+reported\s*(?:[.;]|$)/;

/** A state force, or civilians (inter 6/7: "Gunmen killed four farmers, police said"), named
 *  earlier in the same sentence (within 300 characters): the act already has its parties. */
function partyBefore(text: string, found: ActorMention[], start: number): boolean {
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    if (start - m.end > 300 || /[.!?]\s/.test(text.slice(m.end, start))) return false;
    if (m.actor.inter === 1 || m.actor.inter === 6 || m.actor.inter === 7) return true;
  }
  return false;
}

/** The words after a mention up to the clause's end (a match, not split(): no array of pieces). */
const CLAUSE_REST = /^[^.;!?]*/;

/** The alias reading r, found at [start, end) after the mentions `found` (`before`: the 40
 *  characters before it), names a reporter, a disguise, a force sent in afterwards or a victim's
 *  foe, not a party to the event. */
export function notAParty(r: AliasReading, text: string, found: ActorMention[], start: number, end: number, before: string): boolean {
  const rest = CLAUSE_REST.exec(text.slice(end, end + 160))![0];
  return (
    NOT_A_PARTY.test(before) ||
    (before.includes(',') && SOURCE_DESCRIBED.test(text.slice(Math.max(0, start - 90), start))) ||
    (r.entry.role === undefined && foeOfPerson(text.slice(Math.max(0, start - 100), start))) ||
    sentInAfter(rest) ||
    onlyReports(r, text, start, end) ||
    officeReports(r, text, end) ||
    (r.entry.role === 'state' && protestSite(text, start, end)) ||
    (end < text.length && text.charCodeAt(end) === 45 && OUTLET_AFTER.test(text.slice(end, end + 80))) ||
    (TAG_BEFORE.test(before) && TAG_AFTER.test(text.slice(end, end + 60)) && (partyBefore(text, found, start) || WITH_SOURCES.test(text.slice(end, end + 60)) || REPORTED_TAG.test(text.slice(end, end + 14))))
  );
}
