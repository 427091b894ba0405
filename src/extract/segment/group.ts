// Group occurrence sentences into incidents and give each incident its date.
// A sentence that states a new date opens a new incident; an undated one continues the open
// incident when it is in the same paragraph or follows it directly; a sentence that only adds
// a toll or refers back ("the attack") right after an incident joins it. Background history
// closes the open incident. When no sentence qualifies but the document opens a sentence with
// an explicit date (the shape of a coded note or a wire lead), that sentence is the incident.
//
// Undated incidents take, in order: the present-perfect rule (a state as of publication,
// month precision), the story's last date in the same paragraph (same precision), the story's
// last date elsewhere (month precision), or the publication date at month precision.

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { sentenceText, type DateMention, type DocState, type Segment, type SentenceFacts, type Stage } from '../state.ts';
import { tollsOfSentence } from '../by-sentence.ts';
import { daysBetween } from '../dates/calendar.ts';
import { splitSummaries } from './summary.ts';
import { splitPriorActs } from './prior-act.ts';
import { confirmsOnly, confirmsWithToll } from './confirms.ts';
import { TOLD_DATE, dateFromContext, isReportingDate, sameDate, toldDate } from './incident-dates.ts';
import { restatedIn } from './retold.ts';

export { confirmsOnly, TOLD_DATE };

const THRESHOLD: number = cues.threshold;

function open(doc: DocState, i: number, rule: string): Segment {
  const s = doc.sentences[i];
  const f = doc.facts[i];
  return {
    sentences: [i],
    start: s.start + (s.dateline ?? 0),
    end: s.end,
    date: f.date,
    dateRule: f.date ? f.date.stage : '',
    cue: f.cue ? { start: f.cue.start, end: f.cue.end, text: f.cue.text } : null,
    confidence: Math.min(1, f.score) * 0.9,
    rules: [rule],
    lead: null,
  };
}

function extend(doc: DocState, seg: Segment, i: number): void {
  seg.sentences.push(i);
  seg.end = doc.sentences[i].end;
  const f = doc.facts[i];
  if (!seg.cue && f.cue) seg.cue = { start: f.cue.start, end: f.cue.end, text: f.cue.text };
  // Only a day of reporting reaches an undated incident here (see ownDate): the incident is
  // dated by it until a sentence tells the day it happened (toldDate, or tellsItsDay here).
  // "The attack ... came in a state where violence has jumped in recent months": an open window
  // ending at the report dates no incident that is already told.
  if (!f.date || f.date.value.asReported) return;
  const itsDay = seg.date !== null && (tellsItsDay(doc, seg, f.date) || narrows(seg.date, f.date));
  if (seg.date && !itsDay) return;
  seg.date = f.date;
  seg.dateRule = f.date.stage;
  if (itsDay) seg.rules.push(TOLD_DATE);
}

/** How far into a sentence a date still leads it ("On Monday, ..."). */
const LEADING_DATE = 16;

/** How many days before the day it was reported a sentence may date the incident it continues. */
const TOLD_WITHIN_DAYS = 3;

/** "An airstrike killed ten civilians, locals said on Wednesday. A jet dropped three bombs on the
 *  village on Tuesday afternoon": the day the reported incident happened. */
function tellsItsDay(doc: DocState, seg: Segment, d: DateMention): boolean {
  const told = seg.date;
  if (!told || d.value.precision !== 1 || d.value.date >= told.value.date) return false;
  return daysBetween(d.value.date, told.value.date) <= TOLD_WITHIN_DAYS && isReportingDate(doc, told) && !isReportingDate(doc, d);
}

const nouns = cues.refer_back_nouns.map((n) => n.replace(/ /g, '\\s+')).join('|');
const verbs = cues.reporting_verbs.join('|');
const agents = cues.refer_back_agents.join('|');
/** "The tragic incident occurred yesterday in X", "in the Thursday morning attack": up to two
 *  words of feeling, scale or time before the noun. */
const adjectives = `(?:(?:${cues.refer_back_adjectives.join('|')})\\s+){1,3}`;
/** "The incident took place in", "The latest clash occurred", "two militants were also killed": the
 *  sentence tells more of the incident already open (the incident as its subject, so "... has
 *  called the strike a war crime" is commentary). */
const REFERS_BACK = new RegExp(
  `^\\W*(?:the|this|that)\\s+(?:${adjectives})?(?:${nouns})\\b|\\balso\\s+(?:been\\s+)?(?:killed|wounded|injured|hurt|died)\\b` +
    // Reported speech about it: "a spokesman said Saturday that the incident was a roadside bomb".
    // "... said of the attack, which happened on Sunday".
    `|\\b(?:${verbs})\\s+(?:(?:\\w+\\s+){0,3}?that|of)\\s+(?:the|this)\\s+(?:${nouns})\\b` +
    // "... killed three militants during the attack".
    `|\\b(?:during|in)\\s+the\\s+(?:${adjectives})?(?:${nouns})\\s*[.,;]` +
    // "... but the assault happened in borderlands where ...": where or how it took place.
    `|\\b(?:the|this)\\s+(?:${adjectives})?(?:${nouns})\\s+(?:happened|took\\s+place|occurred)\\b` +
    // "... a death toll for the strike late Sunday in X", "the dead victims of the attack in the
    // village of Y", "confirmed the incident which took place in Z": the incident, with its day or place.
    `|\\b(?:the|this)\\s+(?:${adjectives})?(?:${nouns})\\s+(?:late|early|on|in|at|near|which|that)\\b` +
    // "Friday's attack was only 25 km away": the incident named by its day.
    `|^\\W*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\\s+night)['’]s\\s+(?:${adjectives})?(?:${nouns})\\b`,
  'i',
);
const ALSO_DIED = /\balso\s+(?:been\s+)?(?:killed|wounded|injured|hurt|died)\b/gi;
/** "The gunmen rode in on motorcycles": the incident's attackers as the subject. */
const AGENT_BACK = new RegExp(`^\\W*the\\s+(?:${agents})\\b`, 'i');
/** "Police have deployed a squad to fish out the assailants": the hunt for the incident's
 *  attackers is its aftermath, not an incident of its own. */
const HUNT_BACK = new RegExp(`\\b(?:hunt(?:\\s+for|\\s+down)?|track\\s+down|fish\\s+out|search\\s+for|pursue|apprehend|arrest|find)\\s+the\\s+(?:${agents})\\b`, 'i');
const REFER_BACK_REACH: number = cues.refer_back_reach;
/** The sentence's own date, unless it is only the day someone spoke of the open incident
 *  ("the governor's spokesman said Saturday ..." after Friday night's attack). */
function ownDate(doc: DocState, cur: Segment | null, f: SentenceFacts): DateMention | null {
  if (!f.date || !cur || !isReportingDate(doc, f.date)) return f.date;
  return !cur.date || f.date.value.date >= cur.date.value.date ? null : f.date;
}

/** "killed 17 over the weekend ... the incident which took place on Saturday": a day inside the
 *  open incident's coarser period tells it more precisely. */
function narrows(period: DateMention, d: DateMention): boolean {
  return period.value.precision > 1 && d.value.precision < period.value.precision && d.value.date >= period.value.date && d.value.end <= period.value.end;
}

/** How many days a month or week must have ended before the open incident's day to be its past. */
const OLDER_PERIOD_DAYS = 14;

/** "Police fired tear gas at protesters on Tuesday. The coalition organised three days of
 *  demonstrations in March": a period long over when the open incident, told to the day,
 *  happened is the story's background, not another incident. */
function olderPeriod(cur: Segment | null, f: SentenceFacts): boolean {
  const d = f.date;
  // A sentence that tells no act ("has been under a state of emergency since March") is no
  // background incident either: it does not close the open one.
  if (!cur?.date || !d || !f.cue || f.newIncident || d.value.precision === 1 || cur.date.value.precision !== 1) return false;
  return d.value.end < cur.date.value.date && daysBetween(d.value.end, cur.date.value.date) > OLDER_PERIOD_DAYS;
}

/** "the people killed in X", "the victims of the strike in X": those of the incident at X. */
const VICTIMS_IN = /\b(?:people|persons|victims|dead|those)\s+(?:who\s+were\s+)?(?:killed|wounded|injured|of\s+the\s+\w+)\s+in\s+(\p{Lu}[\p{L}'’-]+)/u;

/** The incident before the open one, when sentence i names its victims by its place and the
 *  open one does not name that place (its toll and details are that incident's); else null. */
function victimsOfEarlier(doc: DocState, prev: Segment, cur: Segment, i: number): Segment | null {
  const f = doc.facts[i];
  if (f.date || f.newIncident) return null;
  const m = VICTIMS_IN.exec(sentenceText(doc, i));
  if (!m) return null;
  const named = (seg: Segment) => doc.text.slice(seg.start, seg.end).includes(m[1]);
  return named(prev) && !named(cur) ? prev : null;
}

/** "On Tuesday, the army said eight militants were also killed in clashes in X": a new paragraph
 *  that opens with its day and adds dead of its own tells another incident, whose "also" only
 *  adds it to the story. */
function opensOwnDay(doc: DocState, i: number, last: number, text: string): boolean {
  const s = doc.sentences[i];
  const d = doc.facts[i].date;
  if (!d || d.start - s.start > LEADING_DATE || s.paragraph === doc.sentences[last].paragraph || !hasToll(doc, i)) return false;
  return !REFERS_BACK.test(text.replace(ALSO_DIED, ''));
}

/** How many sentences in all a refer-back may reach over, when all but REFER_BACK_REACH of
 *  them tell no occurrence (a wire story's quotes and descriptions between "at least 17 were
 *  killed ..." and "... were killed in the fighting, he said"). */
const QUIET_REACH = 8;

function withinReach(doc: DocState, last: number, i: number): boolean {
  if (i <= last + REFER_BACK_REACH) return true;
  if (i > last + QUIET_REACH) return false;
  let told = 0;
  for (let k = last + 1; k < i; k++) if (!tellsNoOccurrence(doc.facts[k])) told++;
  return told < REFER_BACK_REACH;
}

function refersBackTo(doc: DocState, cur: Segment, i: number, last: number): boolean {
  const f = doc.facts[i];
  const told = f.date && cur.date && f.date.value.date >= cur.date.value.date && confirmsOnly(doc, i);
  const date = told ? null : ownDate(doc, cur, f);
  // An undated incident, or one dated only by the day it was reported, takes the day a sentence about it gives.
  // A day inside a summary's period with a toll of its own is one of the incidents the summary
  // adds up ("killed 30 in Zamfara last week ... The attack in Maru on Tuesday killed 12"), not it.
  const narrowing = !!date && !!cur.date && narrows(cur.date, date);
  // (Deaths: "Tuesday's attacks ... also wounded a dozen" after "airstrikes this week killed 11" tells more of it.)
  const part = narrowing && hasDeaths(doc, i);
  const toldEarlier = !!date && !part && (!cur.date || (date.value.date < cur.date.value.date && isReportingDate(doc, cur.date)) || narrowing);
  if ((!withinReach(doc, last, i) && !sameDayAgain(cur, f)) || f.newIncident || (date && !sameDate(cur.date, date) && !toldEarlier)) return false;
  if (f.rejected && f.rejected !== 'not-past') return false;
  const s = doc.sentences[i];
  const text = doc.text.slice(s.start, s.end);
  if (opensOwnDay(doc, i, last, text)) return false;
  // "The gunmen rode in on motorcycles" tells more; "The attackers are unknown" does not.
  return told || REFERS_BACK.test(text) || (!f.rejected && (AGENT_BACK.test(text) || HUNT_BACK.test(text)));
}

/** An undated sentence that is no occurrence of its own (rejected as habitual, quoted, ... or too weak). */
function tellsNoOccurrence(f: SentenceFacts): boolean {
  // A date with no event cue ("under a state of emergency since March") dates no occurrence.
  return (!f.date || f.cue === null) && !f.newIncident && f.rejected !== 'history' && (f.rejected !== null || f.score < THRESHOLD);
}

/** Sentence i names victims only without a figure ("killed the officers"): those already told. */
function namesVictimsAgain(doc: DocState, i: number): boolean {
  const tolls = tollsOfSentence(doc, i);
  for (const t of tolls) if (t.stage !== 'numbers/definite-victim') return false;
  return tolls.length > 0 || DEFINITE_VICTIMS.test(sentenceText(doc, i));
}
/** "killed the guards", "abducted the two officers": victims the text has already counted. */
const DEFINITE_VICTIMS = /\b(?:killed|killing|shot|murdered|executed|abducted|kidnapped)\s+(?:the|both|all)\s+(?:\w+\s+)?\w+/i;

function hasDeaths(doc: DocState, i: number): boolean {
  for (const t of tollsOfSentence(doc, i)) if (t.value.kind === 'killed') return true;
  return false;
}

function hasToll(doc: DocState, i: number): boolean {
  return tollsOfSentence(doc, i).length > 0;
}

/** How many sentences telling no occurrence (quotes, descriptions) may sit between an incident and
 *  a toll someone gives for it ("An officer put the number of dead at 15"); one between any two parts. */
const ASIDES_REACH = 4;
const CITES = new RegExp(`\\b(?:${verbs}|put\\s+the)\\b`, 'i');

function citesToll(doc: DocState, i: number): boolean {
  const s = doc.sentences[i];
  return hasToll(doc, i) && CITES.test(doc.text.slice(s.start, s.end));
}

function onlyAsidesBetween(doc: DocState, last: number, i: number, reach: number): boolean {
  if (i - last - 1 > reach) return false;
  for (let k = last + 1; k < i; k++) if (!tellsNoOccurrence(doc.facts[k])) return false;
  return true;
}

/** A sentence dated to the very day of the open incident may still speak of it after background
 *  history ("Friday's attack was only 25 km away"). */
function sameDayAgain(cur: Segment | null, f: SentenceFacts): boolean {
  return cur !== null && !!f.date && f.date.value.precision === 1 && sameDate(cur.date, f.date);
}

export function groupSegments(doc: DocState): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  // Background history since the open incident's last sentence: only the incident's own day
  // (tellsItsDay) still joins it; "the attack" now may be the historical one.
  let pastHistory = false;
  for (let i = 0; i < doc.sentences.length; i++) {
    const f = doc.facts[i];
    const last = cur ? cur.sentences[cur.sentences.length - 1] : -10;
    // Sentences that tell no occurrence (a description, a quote) do not separate two that do.
    const near = cur !== null && (i === last + 1 || doc.sentences[i].paragraph === doc.sentences[last].paragraph || onlyAsidesBetween(doc, last, i, 1) || (onlyAsidesBetween(doc, last, i, ASIDES_REACH) && citesToll(doc, i)));
    if (f.rejected === 'history' || olderPeriod(cur, f)) {
      pastHistory = cur !== null;
      continue;
    }
    const continuing: boolean = cur !== null && !pastHistory;
    // "Most of the people killed in Zawayda were ..." after another incident was told: the one before it.
    const earlier: Segment | null = continuing && out.length > 1 ? victimsOfEarlier(doc, out[out.length - 2], cur!, i) : null;
    if (earlier) {
      extend(doc, (cur = earlier), i);
      continue;
    }
    const restated: Segment | null = cur !== null ? restatedIn(doc, out, i) : null;
    if (restated) {
      extend(doc, (cur = restated), i);
      pastHistory = false;
      continue;
    }
    if (continuing && confirmsWithToll(doc, i)) out.push((cur = open(doc, i, 'segment/occurrence')));
    else if ((continuing || sameDayAgain(cur, f)) && refersBackTo(doc, cur!, i, last)) extend(doc, cur!, i);
    else if (!f.rejected && f.score >= THRESHOLD) {
      // A state as of publication ("have been displaced") is its own report, never a continuation.
      const date = ownDate(doc, cur, f);
      // Only a sentence that adds no toll of its own and does not open with its day ("On Monday,
      // bandits attacked ..." is another incident).
      const itsDay = cur !== null && !!date && !f.newIncident && i <= last + REFER_BACK_REACH && !hasToll(doc, i) && date.start - doc.sentences[i].start > LEADING_DATE && tellsItsDay(doc, cur, date);
      // A wire lead in the present perfect ("Militants have attacked a rival group in X state.")
      // summarises what its next sentence tells with the day ("... clashed near Y on Friday"): that
      // sentence dates the lead, unless it opens with its own day ("On Monday, ...": another one).
      // So does the next sentence of any undated lead that names the lead's victims again and no
      // figure of its own ("Police are investigating the slaying of three officers. A gang killed
      // the officers Tuesday in X"; not "The army carried out airstrikes near Djibo on Sunday").
      const datesLead = continuing && !!date && i === last + 1 && cur!.sentences.length === 1 && !cur!.date && (doc.facts[last].presentPerfect || namesVictimsAgain(doc, i)) && !f.newIncident && date.start - doc.sentences[i].start > LEADING_DATE;
      const same = continuing && near && !f.newIncident && !f.presentPerfect && (!date || sameDate(cur!.date, date)) && !opensOwnDay(doc, i, last, sentenceText(doc, i));
      if (itsDay || datesLead || same) extend(doc, cur!, i);
      else out.push((cur = open(doc, i, 'segment/occurrence')));
      pastHistory = false;
    } else if (continuing && !f.date && !f.newIncident && !['quote', 'prediction', 'habitual', 'aggregate', 'title'].includes(f.rejected ?? '')) {
      // Commentary in the present perfect ("has called the strike a war crime") is not more of the incident.
      const refersBack = f.cue !== null && !f.rejected && !f.presentPerfect && i === last + 1;
      const addsToll = hasToll(doc, i) && (i === last + 1 || (doc.sentences[i].paragraph === doc.sentences[last].paragraph && i <= last + 2));
      if (refersBack || addsToll) extend(doc, cur!, i);
    }
  }
  if (out.length === 0) {
    const lead = doc.facts.findIndex((f) => f.date && f.date.value.anchor === 'explicit' && f.rejected !== 'history' && f.rejected !== 'prediction');
    if (lead >= 0) {
      const seg = open(doc, lead, 'segment/dated-lead');
      seg.confidence = 0.4;
      for (let i = lead + 1; i < doc.sentences.length && doc.sentences[i].paragraph === doc.sentences[lead].paragraph && !doc.facts[i].date; i++) extend(doc, seg, i);
      out.push(seg);
    }
  }
  const segs = splitPriorActs(doc, splitSummaries(doc, out, open, extend));
  for (const seg of segs) {
    const told = toldDate(doc, seg);
    if (!told) continue;
    seg.date = told;
    seg.dateRule = told.stage;
    seg.rules.push(TOLD_DATE);
  }
  for (let k = 0; k < segs.length; k++) if (!segs[k].date) dateFromContext(doc, segs[k], k > 0 ? segs[k - 1] : null);
  return segs;
}

export const groupStage: Stage = {
  name: 'segment/group',
  run(doc) {
    doc.segments = groupSegments(doc);
  },
};
