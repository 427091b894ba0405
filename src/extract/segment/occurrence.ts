// Which sentences tell an occurrence? Each sentence gets a score: its strongest event cue
// (outside quotations; weights in data/occurrence-cues.json) plus evidence that it narrates a
// dated, completed happening. Sentences are rejected outright when they predict ("will",
// "could"), generalise ("every day", "are mounting", "countless times"), negate the cue
// ("were not"), quote someone, or sit in background history (an old date, "back then").

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { sentenceAt, type DateMention, type DocState, type SentenceFacts, type Stage } from '../state.ts';
import { datesOfSentence, previousDate, quotesOfSentence, spanObjects } from '../by-sentence.ts';
import { sentenceTokens } from '../numbers/tokens.ts';
import { DETERMINERS, comesAfter, notHappening, purposeObject } from './cue-exceptions.ts';
import { hasHistoryPhrase, isBackgroundDate, olderClauses, situationClause } from './background.ts';
import { daysBetween } from '../dates/calendar.ts';

const WEIGHTS = new Map<string, number>(Object.entries(cues.events));
// "the slain commander", "their murdered son": a participle after a determiner (DETERMINERS)
// describes someone; it does not tell that the killing happened here.
function isParticiple(w: string): boolean {
  return w === 'slain' || (w.length > 4 && w.endsWith('ed'));
}
const PREDICTION = new Set(cues.prediction);
const NOT_PAST = new Set(cues.not_past);
const IRREGULAR = new Set(cues.irregular_past);
const AUX = new Set(cues.past_auxiliaries);
const HABITUAL = new RegExp(`\\b(?:${cues.habitual.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
/** "... were killed, but officials warned the toll could rise as searches continue": an aside on
 *  what goes on after the event, not a habit. */
const AS_ONGOING = /\bas\s+(?:[\p{L}-]+\s+){1,3}$/iu;

function habitual(text: string): boolean {
  HABITUAL.lastIndex = 0;
  for (let m = HABITUAL.exec(text); m; m = HABITUAL.exec(text)) {
    if (/^continues?$/i.test(m[0]) && AS_ONGOING.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return true;
  }
  return false;
}
const TIMES = new RegExp(`\\b(?:${cues.times_words.join('|')}|\\d+)\\s+times\\b`, 'i');
/** A literal first: most sentences hold no "times", and the full pattern is slow to fail. */
const TIMES_WORD = /times/i;
const alternatives = (xs: string[]) => xs.map((h) => h.replace(/ /g, '\\s+')).join('|');
/** "36 militant attacks", "over the past seven months": statistics, not one event (see the data file). */
const AGGREGATE = new RegExp(
  `\\b(?:${alternatives(cues.aggregate_counts)})\\s+(?:(?!(?:without|with|in|on|at|by|for|after|before|during)\\b)[\\w-]+\\s+){0,2}?(?:${alternatives(cues.aggregate_event_nouns)})\\b|\\b(?:${alternatives(cues.aggregate_spans)})\\b`,
  'i',
);
/** "... on high alert following the attack on a school that killed 80 on Dec. 12", "a reprisal for
 *  another village attack in August": an earlier event given as the reason for something else is
 *  context when its date is well before the report. */
const AFTER_CLAUSE = /\b(?:following|in the wake of|in response to|in retaliation for|since|(?:reprisal|revenge|retaliation|retribution)\s+for)\s+(?:the|an?|another|last\s+\w+['’]s)\s+[^,;.()]{0,100}$/i;
const CONTEXT_DAYS = 7;
/** A non-restrictive relative clause (", which invaded Ukraine on Feb. 24,"): an aside on who
 *  someone is, told between commas inside a sentence about something else. */
const RELATIVE_ASIDE = /,\s+(?:which|who)\s[^,;]{3,120},/g;
/** An aside on a person ("The chief, whose son was kidnapped last month, was shot"): it may tell
 *  another happening than the sentence's own. Not one on a thing ("the attack, which took place on
 *  Saturday,"; "the blast, which killed five on Sunday,"): that is mostly the event itself, and
 *  only a date well before publication makes it another (background.ts olderClauses). */
const ANY_RELATIVE_ASIDE = /,\s+(?:who|whose|whom)\s[^,;]{3,120},/g;

/** The relative asides of a sentence (offsets in the document); none for most sentences. */
function relativeAsides(raw: string, offset: number): Array<{ start: number; end: number }> {
  if (!raw.includes(', who')) return [];
  const out: Array<{ start: number; end: number }> = [];
  ANY_RELATIVE_ASIDE.lastIndex = 0;
  for (let m = ANY_RELATIVE_ASIDE.exec(raw); m; m = ANY_RELATIVE_ASIDE.exec(raw)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Date and cue both inside one relative aside of the sentence (offsets in the document). */
function inRelativeAside(raw: string, offset: number, date: DateMention, cue: { start: number }): boolean {
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(raw); m; m = RELATIVE_ASIDE.exec(raw)) {
    const a = offset + m.index;
    const b = a + m[0].length;
    if (date.start >= a && date.end <= b && cue.start >= a && cue.start < b) return true;
  }
  return false;
}
/** "the bodies of the nine victims would be buried on Friday", "the attack will be investigated":
 *  the cue is a thing already told (a determiner before it), and the sentence says what will be
 *  done with it. */
function willBeDone(words: readonly string[], cue: number): boolean {
  if (cue === 0 || !DETERMINERS.has(words[cue - 1])) return false;
  for (let k = cue + 1; k < words.length - 1 && k <= cue + 7; k++) if (FUTURE.has(words[k]) && words[k + 1] === 'be') return true;
  return false;
}
const FUTURE = new Set(['will', 'would', 'shall']);
const NEGATION = /\b(?:not|never|no longer)\b|n[’']t\b/i;
/** "The army did not give a toll, but residents said dozens were killed": a source that did not
 *  tell (give, provide, comment ...) does not negate what a contrasting clause after it tells. */
const CONTRAST = /(?:,\s*but|;)\s/gi;
const AT_LEAST = /\bnot\s+(?:less|fewer|more)\s+than\b/gi;
const NOT_TOLD = /\b(?:not|never)\s+(?:\w+\s+)?(?:provide|give|say|disclose|comment|confirm|release|specify|reveal|identify)\b/i;

/** The sentence's words before the cue, from its last contrasting clause when all before that
 *  only says that someone did not tell, without bounds on figures. */
function beforeCue(doc: DocState, start: number, cue: number): string {
  const raw = doc.text.slice(start, cue);
  let from = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(raw); m; m = CONTRAST.exec(raw)) from = m.index + m[0].length;
  const own = from && NOT_TOLD.test(raw.slice(0, from)) ? raw.slice(from) : raw;
  // "Not less than ten people were killed": a bound on a figure, no negation.
  return own.replace(AT_LEAST, '');
}
const NEW_INCIDENT = new RegExp(`^\\W*(?:${cues.new_incident.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
/** "The militants carried out multiple suicide bombings as well": the story's own attackers doing
 *  more in the incident told, not a count of attacks over time. */
const SAME_AGENTS_ALSO = /^\W*(?:they|the\s+(?:terrorists|militants|gunmen|attackers|assailants|insurgents|bandits|jihadists|fighters|raiders|rebels))\b[^.;]*\b(?:as\s+well|also)\b/i;
const LEAD_BONUS: number = cues.lead_date_bonus;
/** "Israel also announced the names of two soldiers killed when a roadside bomb exploded ...":
 *  news told besides the incident, with a happening of its own (a / an + its kind of event). */
const ALSO_TOLD = /^\W*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}also\s+(?:announced|reported|said)\b[^.;]*\b(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:bomb|blast|explosion|strike|airstrike|attack|raid|ambush|clash|shelling)\b/u;
function alsoTold(raw: string): boolean {
  return raw.includes(' also ') && ALSO_TOLD.test(raw);
}
/** "Meanwhile, all six terrorists who attacked the check post were shot dead": a "meanwhile" that
 *  goes on with the attackers of the incident told ("who attacked the ...") is no other incident. */
const ATTACKERS = '(?:terrorists|militants|gunmen|attackers|assailants|insurgents|bandits|jihadists|fighters|raiders)';
const MEANWHILE_SAME = new RegExp(`^\\W*meanwhile\\b[^.;]*\\b${ATTACKERS}\\s+(?:who|which|that)\\s+(?:had\\s+)?(?:attacked|stormed|raided|targeted|carried\\s+out)\\s+the\\b`, 'i');
/** "Also overnight, the same gunmen burned 20 houses": the incident's own attackers again. */
const SAME_ATTACKERS = new RegExp(`^[^.;]{0,60}\\bthe\\s+same\\s+(?:${ATTACKERS.slice(3, -1)}|group|men|assault|attack)\\b`, 'i');
/** A new-incident opener that goes on about the incident already told: "Meanwhile, the terrorists
 *  who attacked the post were shot dead" (not "police who stormed the hideout arrested five"),
 *  "Also overnight, the same gunmen ...". */
function meanwhileSame(raw: string): boolean {
  return raw.length > 9 && (MEANWHILE_SAME.test(raw) || SAME_ATTACKERS.test(raw));
}
/** How far into a sentence a date may start and still lead it ("Around ", "As reported on "). */
const LEAD_OFFSET = 16;
/** "have been displaced", "has been left in mourning", "has been fighting X for months", not "claimed to have killed" (a perfect infinitive reports the past). */
const PRESENT_PERFECT = /(?<!\bto\s)\b(?:have|has)\s+(?:been\s+)?(?:\w+ed|hit|struck|shot|fled|fought|beaten|burnt|left|brought|caught|held|taken|broken|thrown|blown|stolen|torn|overrun|driven)\b|(?<!\bto\s)\b(?:have|has)\s+been\s+\w+ing\b/i;

/** "said on Tuesday", "told reporters Wednesday": the day someone spoke, not the day it happened. */
const SPOKE_ON = new RegExp(`\\b(?:${cues.reporting_verbs.join('|')})(?:\\s+(?:reporters|journalists|the\\s+press))?\\s+(?:on\\s+)?$`, 'i');

/** Words between the day a speaker spoke and a later date that make the later one another
 *  happening's ("who had returned on Sunday", "in retaliation for an attack on Sunday", "since
 *  bandits killed nine on Sunday", "a week after the deal signed on 28 April"). */
const OTHER_HAPPENING = /\b(?:who|which|whom|whose|since|after|following|before|retaliation|revenge|response|ago|when|while|deadliest|latest|previous|earlier|last)\b/i;

/** The sentence's date: its first usable one, unless that is only the day a speaker spoke and an
 *  earlier day told of the same clause follows ("the coordinator said on Tuesday that 12 civilians
 *  were killed in Saada on Monday"). */
const BY_DAY = /\bby\s+$/i;

function occurrenceDate(doc: DocState, dates: readonly DateMention[]): DateMention | null {
  let first: DateMention | null = null;
  for (const d of dates) {
    if (d.value.yearOnly || isBackgroundDate(d, doc.published)) continue;
    // "at least 29 were killed by Saturday": the day a count stood at, not the day it happened.
    if (BY_DAY.test(doc.text.slice(Math.max(0, d.start - 4), d.start))) continue;
    if (!first) {
      first = d;
      if (!SPOKE_ON.test(doc.text.slice(Math.max(0, d.start - 40), d.start))) return first;
    } else if (d.value.precision === 1 && d.value.date < first.value.date && !OTHER_HAPPENING.test(doc.text.slice(first.end, d.start))) return d;
  }
  return first;
}

/** An old act (a date more than CONTEXT_DAYS before publication) told as the reason for something
 *  else ("on high alert following the attack ... on Dec. 12"), or in an aside on who someone is
 *  ("Russia, which invaded Ukraine on Feb. 24, did not comment"): history. A function called for
 *  every sentence with a cue and a date (see presentPerfectWithout): only old dates reach its tests. */
function oldContext(doc: DocState, s: { start: number }, raw: string, cue: { start: number }, date: DateMention): boolean {
  if (!doc.published || !(daysBetween(date.value.end, doc.published) > CONTEXT_DAYS)) return false;
  return AFTER_CLAUSE.test(doc.text.slice(s.start, cue.start)) || AFTER_CLAUSE.test(doc.text.slice(s.start, date.start)) || inRelativeAside(raw, s.start, date, cue);
}

/** Present perfect in an undated sentence. A call made for every sentence, not the regex test
 *  inline: most ACLED notes are one dated sentence, so V8 optimised sentenceFacts before any
 *  undated sentence had reached the test, and threw the code away when the first one did. */
function presentPerfectWithout(date: DateMention | null, text: string): boolean {
  return !date && PRESENT_PERFECT.test(text);
}

/** The sentence with quoted speech blanked out (offsets kept); `raw` itself when it quotes no one.
 *  Called for every sentence, so that sentenceFacts' optimised code does not meet this call for
 *  the first time on the first quotation (V8 would recompile sentenceFacts). */
function unquoted(doc: DocState, start: number, end: number, raw: string, quotes: boolean): string {
  if (!quotes) return raw;
  let text = doc.text.slice(start, end);
  for (const [a, b] of quotesOfSentence(doc, sentenceAt(doc, start))) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start) - start;
    const to = Math.min(b, end) - start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** A usable story date stated earlier in the same paragraph (the narrative clock). */
function paragraphDate(doc: DocState, index: number): DateMention | null {
  const para = doc.sentences[index].paragraph;
  let first = index;
  while (first > 0 && doc.sentences[first - 1].paragraph === para) first--;
  // An argument, not a named const: tsx's keepNames wraps a named closure in a __name() call per run.
  return previousDate(doc, doc.sentences[index].start, (d) => !d.value.yearOnly && !d.value.asReported && !isBackgroundDate(d, doc.published), index - first - 1);
}

/** What a date adds to an event cue: the sentence's own date, else a story date earlier in its
 *  paragraph. (One call for both cases: a call sentenceFacts' optimised code first met late in a
 *  pass, as paragraphDate's was, made V8 recompile it.) */
function dateBonus(doc: DocState, index: number, date: DateMention | null): number {
  if (date) return date.value.asReported ? 0.2 : 0.5;
  return paragraphDate(doc, index) ? 0.4 : 0;
}

/** How strong a cue must be to make an aside tell a happening ("took place" does not). */
const ASIDE_CUE = 0.8;

/** A strong event cue among the words of span a (outside date phrases). */
function cueWithin(t: { words: string[]; starts: number[] }, a: { start: number; end: number }, dates: readonly DateMention[]): boolean {
  for (let i = 0; i < t.words.length; i++) if (t.starts[i] >= a.start && t.starts[i] < a.end && !within(t.starts[i], dates) && (WEIGHTS.get(t.words[i]) ?? 0) >= ASIDE_CUE) return true;
  return false;
}

function within(offset: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const d of spans) if (offset >= d.start && offset < d.end) return true;
  return false;
}

/** The sentence's dates, but not the filing date in a wire dateline ("YOLA, Nov 4 (Xinhua) --"):
 *  that is when the story was sent, and the lead tells the day it happened ("early on Wednesday"). */
function sentenceDates(doc: DocState, index: number): readonly DateMention[] {
  const all = datesOfSentence(doc, index);
  const s = doc.sentences[index];
  if (!s.dateline || !all.length || all[0].start >= s.start + s.dateline) return all;
  const own: DateMention[] = [];
  for (const d of all) if (d.start >= s.start + s.dateline) own.push(d);
  return own;
}

/** "The military killed 19 people in an air attack, the militia said, as the junta presses on to
 *  recover territory it lost last year": a trailing clause on the ongoing situation is the act's
 *  setting; its dates do not date the act (background.ts situationClause). A day the setting
 *  names still dates an act that names none of its own ("Gunmen killed five worshippers, as
 *  Christians are marking Easter on Sunday"). A function called for every sentence with a cue and
 *  a date, not code inside sentenceFacts: V8 optimised sentenceFacts before the first sentence
 *  with a setting clause, and threw that code away when one reached its code for them. */
function withoutSetting(raw: string, start: number, cue: { start: number }, dates: readonly DateMention[]): readonly DateMention[] {
  const setting = situationClause(raw);
  if (setting < 0 || start + setting <= cue.start) return dates;
  const at = start + setting;
  const own = dates.some((d) => d.start < at);
  return dates.filter((d) => d.start < at || (!own && d.value.precision === 1));
}

/** "a surge in gang attacks that began on Feb. 29": the day a run of events started dates none of them. */
const STARTED = /\b(?:began|begun|started|erupted)\s+(?:on\s+)?$|\bsince\s+$/i;
function startsPeriod(doc: DocState, sentenceStart: number, date: DateMention): boolean {
  return STARTED.test(doc.text.slice(Math.max(sentenceStart, date.start - 20), date.start));
}

export function sentenceFacts(doc: DocState, index: number): SentenceFacts {
  const s = doc.sentences[index];
  const raw = doc.text.slice(s.start, s.end);
  const quoteSpans = quotesOfSentence(doc, index);
  const text = unquoted(doc, s.start, s.end, raw, quoteSpans.length > 0);
  let dates = sentenceDates(doc, index);
  const quotes = spanObjects(quoteSpans);
  // Asides on who someone is, and relative clauses that tell an earlier happening.
  const own = relativeAsides(raw, s.start);
  const older = olderClauses(doc, index);
  // Most sentences have neither: no new array then (a spread walks the iterator protocol until optimised).
  const asides = own.length === 0 ? older : older.length === 0 ? own : own.concat(older);
  const t = sentenceTokens(doc, index);
  let cue: SentenceFacts['cue'] = null;
  let cueIndex = -1;
  let past = false;
  // The strongest cue outside a relative aside wins over any inside it.
  let outside = false;
  for (let i = 0; i < t.words.length; i++) {
    // Date phrases are not words of the sentence here ("May" is a month, not a modal), nor is speech.
    if (within(t.starts[i], dates) || within(t.starts[i], quotes)) continue;
    const w = t.words[i];
    // The exceptions only for cue words (most words are none).
    const listed = WEIGHTS.get(w);
    const weight = listed === undefined || (i > 0 && DETERMINERS.has(t.words[i - 1]) && isParticiple(w)) || notHappening(t.words, i) || purposeObject(t.words, i) ? undefined : listed;
    const out = asides.length === 0 || !within(t.starts[i], asides);
    if (weight !== undefined && (!cue || (out && !outside) || (out === outside && weight > cue.weight))) {
      cue = { start: t.starts[i], end: t.ends[i], text: doc.text.slice(t.starts[i], t.ends[i]), weight };
      cueIndex = i;
      outside = out;
    }
    if (!past && (AUX.has(w) || IRREGULAR.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)))) past = true;
  }
  // "The chief, whose son was kidnapped last month, was attacked at his home": the date of another
  // happening told in an aside does not date the sentence's own. A recent one that is the
  // sentence's only date does ("Bandits, who stormed the village on Tuesday night, killed 15").
  if (asides.length && outside) {
    const all = dates;
    const inAside = all.filter((d) => asides.some((a) => d.start >= a.start && d.start < a.end && cueWithin(t, a, all)));
    if (inAside.length) {
      const ownDate = inAside.length < all.length;
      dates = all.filter((d) => !inAside.includes(d) || (!ownDate && !(doc.published && daysBetween(d.value.date, doc.published) > CONTEXT_DAYS)));
    }
  }
  if (cue && dates.length) dates = withoutSetting(raw, s.start, cue, dates);
  const background = dates.length > 0 && isBackgroundDate(dates[0], doc.published);
  const date = occurrenceDate(doc, dates);
  const presentPerfect = presentPerfectWithout(date, text);
  let rejected: string | null = null;
  if (s.title) rejected = 'title';
  else if (!/[A-Za-z]/.test(text)) rejected = 'quote';
  // The date tests before the phrase patterns: most notes date their sentences to the day, and
  // the patterns (long alternations tried at every position) then need not run (speed only).
  else if (background || (!(date && date.value.precision === 1) && hasHistoryPhrase(text))) rejected = 'history';
  else if (cue && date && oldContext(doc, s, raw, cue, date)) rejected = 'history';
  else if (cue && t.words.slice(Math.max(0, cueIndex - 5), cueIndex).some((w, k) => PREDICTION.has(w) && !within(t.starts[Math.max(0, cueIndex - 5) + k], dates))) rejected = 'prediction';
  else if (cue && willBeDone(t.words, cueIndex)) rejected = 'prediction';
  else if (cue && NEGATION.test(beforeCue(doc, s.start, cue.start))) rejected = 'negated';
  else if (!(date && date.value.precision === 1 && date.value.anchor === 'explicit') && (habitual(text) || (TIMES_WORD.test(text) && TIMES.test(text)))) rejected = 'habitual';
  else if (!past && !date) rejected = 'not-past';
  else if (!(date && date.value.precision === 1 && !startsPeriod(doc, s.start, date)) && AGGREGATE.test(text) && !SAME_AGENTS_ALSO.test(text)) rejected = 'aggregate';
  // No occurrence without an event cue; date evidence only strengthens one.
  let score = cue ? cue.weight + dateBonus(doc, index, date) : 0;
  // A sentence that opens with its date ("On 9 May 2020, ...") is a report's lead.
  if (cue && date && date.start - s.start <= LEAD_OFFSET && date.value.anchor === 'explicit') score += LEAD_BONUS;
  return { cue, date, score, rejected, presentPerfect, newIncident: (NEW_INCIDENT.test(raw) && !meanwhileSame(raw)) || alsoTold(raw) || comesAfter(raw, s.start, cue) };
}

export const occurrenceStage: Stage = {
  name: 'segment/occurrence',
  run(doc) {
    // A loop, not sentences.map(): map() results differ in V8's internal array kind between its
    // tiers, and every reader of doc.facts was recompiled when the other kind showed up.
    const facts: SentenceFacts[] = [];
    for (let i = 0; i < doc.sentences.length; i++) facts.push(sentenceFacts(doc, i));
    doc.facts = facts;
  },
};
