// The day of an incident told over several sentences: the day its violence happened when a
// sentence (or an official's quoted account) tells it after the day it was reported, or, for an
// undated incident, the story's day before it (the day a lead-in told, the paragraph's day, the
// story's at month precision) or the day of publication.

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import type { DateMention, DocState, Segment } from '../state.ts';
import { isBackgroundDate } from './background.ts';
import { previousDate } from '../by-sentence.ts';
import { isCalendarDay } from '../dates/drop-quoted.ts';
import { daysBetween } from '../dates/calendar.ts';

export function sameDate(a: DateMention | null, b: DateMention | null): boolean {
  return !!a && !!b && a.value.date === b.value.date && a.value.precision === b.value.precision;
}

/** How many sentences back an undated incident looks for the story's date. */
const NARRATIVE_REACH = 120;

/** The story's latest usable date before `offset` (never background, a bare year or "recently"). */
function narrativeDate(doc: DocState, offset: number): DateMention | null {
  // Nor the day of a statistic ("a surge in attacks that began on Feb. 29").
  return previousDate(doc, offset, (d) => !d.value.yearOnly && !d.value.asReported && !isBackgroundDate(d, doc.published) && doc.facts[d.sentence]?.rejected !== 'aggregate', NARRATIVE_REACH);
}

/** Rule of an incident dated by the day its violence happened rather than the day it was reported. */
export const TOLD_DATE = 'date/told-occurrence';
/** "... said on Sunday", "In a statement on Wednesday, ...": the day someone reported. */
const REPORTING = new RegExp(`\\b(?:${cues.reporting_verbs.join('|')})\\b[^.;]{0,30}$|\\bstatement\\s+(?:(?:issued|released|published|posted)\\s+)?(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'i');

/** "officials told reporters today", "the army said on Sunday": the day of the report. */
export function isReportingDate(doc: DocState, d: DateMention): boolean {
  const s = doc.sentences[d.sentence];
  return REPORTING.test(doc.text.slice(Math.max(s.start, d.start - 60), d.start));
}

/** An earlier exact day that a sentence of the incident (or the one right after it) gives for
 *  what happened ("When fighting broke out yesterday ..."), when the incident's own date is only
 *  the day it was reported. */
export function toldDate(doc: DocState, seg: Segment): DateMention | null {
  // Checked here, not at the call: the call then runs for every segment and groupSegments'
  // optimised code does not meet it for the first time late in a pass (a recompile).
  if (!seg.date || !isReportingDate(doc, seg.date)) return null;
  const first = seg.sentences[0];
  const last = seg.sentences[seg.sentences.length - 1];
  for (let i = first + 1; i <= last + 1 && i < doc.sentences.length; i++) {
    const f = doc.facts[i];
    // A quoted account with its calendar day tells the day with its cue inside the quotation.
    if (f.newIncident || f.rejected || (!f.cue && !quotedDay(doc, f.date, seg.date!))) continue;
    const d = f.date;
    if (d && d.value.precision === 1 && d.value.date < seg.date!.value.date && !isReportingDate(doc, d)) return d;
  }
  return null;
}

function takeLeadIn(doc: DocState, seg: Segment, from: number): void {
  const first = seg.sentences[0];
  const lead: number[] = [];
  for (let k = from; k < first; k++) if (doc.facts[k].rejected === null && !doc.facts[k].newIncident) lead.push(k);
  if (lead.length === 0 || lead[0] !== from) return;
  seg.sentences = lead.concat(seg.sentences);
  seg.start = doc.sentences[from].start + (doc.sentences[from].dateline ?? 0);
}

/** How many sentences before an incident's first the day it inherits may stand (inherited-lead). */
const LEAD_REACH = 4;

/** A calendar day inside a quotation, a few days before the day the incident was reported. */
const QUOTED_DAY_REACH = 7;
/** Words of violence that make a quoted sentence an account of the incident ("... the village
 *  suffered a cowardly attack"; not "The soldiers left on May 5 and since then we have been alone"). */
const QUOTED_ACT = /\b(?:attack(?:ed)?|kill(?:ed|ing)|shot|shoot(?:ing)?|raid(?:ed)?|storm(?:ed)?|struck|bomb(?:ed|ing|s)?|massacred?|ambush(?:ed)?|opened\s+fire|abducted|kidnapped)\b/i;

/** A calendar day inside a quotation that tells violence, a few days before the day the incident
 *  was reported. */
function quotedDay(doc: DocState, d: DateMention | null, reported: DateMention): boolean {
  if (!d || !isCalendarDay(d) || d.value.date >= reported.value.date || daysBetween(d.value.date, reported.value.date) > QUOTED_DAY_REACH) return false;
  for (const [a, b] of doc.quotes) if (d.start >= a && d.start < b) return QUOTED_ACT.test(doc.text.slice(a, b));
  return false;
}

export function dateFromContext(doc: DocState, seg: Segment, before: Segment | null): void {
  if (doc.facts[seg.sentences[0]].presentPerfect) {
    seg.dateRule = 'date/present-perfect-as-reported';
    return;
  }
  const d = narrativeDate(doc, seg.start);
  if (d) {
    const samePara = doc.sentences[d.sentence].paragraph === doc.sentences[seg.sentences[0]].paragraph;
    // "Gunmen were waiting for them Monday ... Thirteen officers were killed": the day the story
    // gave before its first incident, when no reporting verb is on it.
    const lead = !samePara && d.value.precision === 1 && !before && !isReportingDate(doc, d) && seg.sentences[0] - d.sentence <= LEAD_REACH;
    seg.date = samePara || lead ? d : { ...d, value: { ...d.value, precision: 3 } };
    seg.dateRule = samePara ? 'date/inherited-same-paragraph' : lead ? 'date/inherited-lead' : 'date/inherited-story';
    // The sentences from that day on set the scene of the incident (who lay in wait, who fired):
    // its actors are there.
    if (lead) takeLeadIn(doc, seg, d.sentence);
    return;
  }
  seg.dateRule = 'date/as-reported';
}
