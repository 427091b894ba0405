// Is a date background history rather than news? A report describes recent events; a date
// well before publication ("In 2016", "on April 4" eight months earlier, "back in 2014") is
// context. The cut-off lives in data/occurrence-cues.json (background_days).

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { daysBetween } from '../dates/calendar.ts';
import type { DateMention, DocState } from '../state.ts';
import { datesOfSentence } from '../by-sentence.ts';

export const BACKGROUND_DAYS: number = cues.background_days;

export function isBackgroundDate(d: DateMention, published: string | null): boolean {
  if (!published) return false;
  if (d.value.yearOnly) return +d.value.end.slice(0, 4) < +published.slice(0, 4) || daysBetween(d.value.end, published) > BACKGROUND_DAYS;
  return daysBetween(d.value.end, published) > BACKGROUND_DAYS;
}

/** Phrases that place a sentence in the past of the story ("back then", "years ago"). */
const HISTORY = new RegExp(`\\b(?:${cues.history.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

export function hasHistoryPhrase(sentence: string): boolean {
  return HISTORY.test(sentence);
}

/** How many days before publication a date in a relative clause makes it an earlier happening. */
const OLDER_CLAUSE_DAYS = 7;
/** A relative clause, to its closing comma or the sentence's end: "... in the same market where a
 *  bomber killed 28 people last month", "... the district where 270 girls were kidnapped in April". */
const RELATIVE_CLAUSE = /(?:,\s+|\s)(?:where|whose|who|which|in\s+which)\s[^,;]{3,200}/g;

/** "the same market where", "another village where": the clause is about an earlier happening there. */
const ANOTHER_TIME = /\b(?:same|another|previous|earlier|former)\s+[\p{L}-]+\s*,?\s*$/iu;

/** The relative clauses of sentence i that tell an earlier happening than the story's: each holds a
 *  date more than a week before publication (offsets in the document). Most sentences have none.
 *  Notes are often filed weeks after the event, so an old day alone ("Gunmen attacked X, where they
 *  killed 12 residents on 20 April") is the event's own date; it is another happening's when it is
 *  vaguer than a day ("in April", "last month"), when the sentence has a later date of its own, or
 *  when the clause follows "the same market" / "another village". */
export function olderClauses(doc: DocState, i: number): ReadonlyArray<{ start: number; end: number }> {
  // Asked by the segmentation stage and again for each kind of toll; the dates it reads are final
  // by then (the date stages run first), so each sentence's answer is kept (speed).
  return (doc.olderClauses[i] ??= findOlderClauses(doc, i));
}

function findOlderClauses(doc: DocState, i: number): Array<{ start: number; end: number }> {
  if (!doc.published) return [];
  const dates = datesOfSentence(doc, i);
  const old = dates.filter((d) => daysBetween(d.value.date, doc.published!) > OLDER_CLAUSE_DAYS);
  if (old.length === 0) return [];
  const s = doc.sentences[i];
  const raw = doc.text.slice(s.start, s.end);
  const out: Array<{ start: number; end: number }> = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m = RELATIVE_CLAUSE.exec(raw); m; m = RELATIVE_CLAUSE.exec(raw)) {
    const a = s.start + m.index;
    const b = a + m[0].length;
    const inside = old.filter((d) => d.start >= a && d.end <= b);
    if (inside.length === 0) continue;
    const laterOutside = dates.some((d) => (d.start < a || d.start >= b) && inside.every((o) => d.value.date > o.value.date));
    if (laterOutside || inside.some((d) => d.value.precision > 1) || ANOTHER_TIME.test(raw.slice(0, m.index))) out.push({ start: a, end: b });
  }
  return out;
}

/** "..., one day after a suicide bomber struck a convoy, killing five": a clause dated by its
 *  distance before the sentence's own happening tells another, earlier one. It runs to the end of
 *  the sentence, through participle clauses (", killing five") but not past another comma
 *  (", police said"). Not at the sentence's start ("Two days after the attack, the toll rose"),
 *  nor after a word of duration ("a gunfight that lasted several hours after ...": the same fight). */
const DAYS_AFTER = /(?<=\S)(?<!\b(?:lasted|lasting|for|continued|raged|went\s+on)(?:\s+(?:several|a\s+few|few|one|a|two|three|four|five|six|seven|\d+))?)(?:,\s*|\s+)(?:just\s+|only\s+|barely\s+)?(?:(?:one|a|two|three|four|five|six|seven|\d+|several|a\s+few|few)\s+(?:days?|hours?|weeks?)|days|hours|weeks|the\s+day)\s+after\s[^,;]{3,200}(?:,\s+\w+ing\s[^,;]{0,120})*/gi;

/** "... in the district where a double suicide bombing killed 43 people last week": a relative
 *  clause dated to a past period by a relative phrase tells an earlier happening too. */
const WHERE_BEFORE = /(?:,\s+|\s)(?:where|in\s+which)\s[^,;]{3,200}?\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|(?:\d+|two|three|four|five|six|several|a\s+few)\s+(?:weeks|months|years)\s+ago)\b/gi;

/** ", as the junta presses on with operations ...", ", as fighting continues in the north": a
 *  trailing clause in the present tense tells the ongoing situation, not the act the sentence
 *  reports (news tells acts in the past tense). Runs to the sentence's end. */
const SITUATION = /,\s+as\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:is|are|has|have|continues?|presses|seeks?|tries|struggles?|remains?|intensifies|escalates?|steps\s+up|pushes|battles|fights)\s[^;.!?]*/giu;

/** Where a situation clause starts in a sentence's text, or -1. */
export function situationClause(raw: string): number {
  if (!raw.includes(', as ')) return -1;
  SITUATION.lastIndex = 0;
  const m = SITUATION.exec(raw);
  return m ? m.index : -1;
}

/** Words each pattern needs, tested first: DAYS_AFTER's lookbehinds, tried at every position of
 *  every sentence, were a hot spot of the cold pass; most sentences have neither word (speed only). */
const AFTER_WORD = /\safter\s/i;
const WHERE_WORD = /\s(?:where|which)\s/i;

/** The "N days after ...", "where ... last week" and trailing ", as the junta presses on ..."
 *  (situationClause) clauses in text[start, end) (offsets in the text); none for most. */
export function earlierByIn(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const raw = text.slice(start, end);
  const out: Array<{ start: number; end: number }> = [];
  if (AFTER_WORD.test(raw)) matchesIn(DAYS_AFTER, raw, start, out);
  if (WHERE_WORD.test(raw)) matchesIn(WHERE_BEFORE, raw, start, out);
  if (raw.includes(', as ')) matchesIn(SITUATION, raw, start, out);
  return out;
}

function matchesIn(re: RegExp, raw: string, start: number, out: Array<{ start: number; end: number }>): void {
  re.lastIndex = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
}

/** The "N days after ..." clauses of sentence i (offsets in the document), kept per sentence:
 *  each kind of toll asks for them. */
export function earlierByClauses(doc: DocState, i: number): ReadonlyArray<{ start: number; end: number }> {
  const s = doc.sentences[i];
  return (doc.earlierClauses[i] ??= earlierByIn(doc.text, s.start, s.end));
}
