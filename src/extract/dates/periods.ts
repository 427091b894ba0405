// Coarse periods relative to publication that chrono reads too literally or not at all:
// "early/mid/late September", "late last month", "the end of last month", "last month",
// "this week", "last week", "in recent weeks", "recently", "yesterday", weekdays ("on Sunday",
// "last Tuesday"), "a fortnight ago", "in 2016"/"back in 2014" (a year alone: never precise
// enough for an event).
// A month without a year is its most recent past occurrence, never the future.

import type { TimePrecision } from '../../core/types.ts';
import type { DocState, Stage } from '../state.ts';
import { MONTH_PATTERN, WEEKDAYS, addDays, lastDayOfMonth, mostRecentPastYear, monthNumber, weekStart, ymd } from './calendar.ts';
import { addDate, type DateFields } from './mention.ts';

const PART = '(?<part>early|mid|late|the\\s+(?:beginning|start|end|middle)\\s+of|(?:beginning|start|end|middle)\\s+of)';
const MONTH_REF = `(?<mon>${MONTH_PATTERN})(?:\\s+(?<year>(?:19|20)\\d\\d))?|(?<rel>last|this|past|previous)\\s+month`;

const PART_OF_MONTH = new RegExp(`\\b${PART}[\\s-]+(?:${MONTH_REF})\\b`, 'gi');
const BARE_MONTH = new RegExp(`\\b(?<prep>[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout|[Uu]ntil|[Bb]y|of|[Ll]ast|[Tt]his|[Ff]rom|[Ee]arly|[Ll]ate)\\s+(?<mon>${MONTH_PATTERN})(?:\\s+(?<year>(?:19|20)\\d\\d))?\\b(?!\\s*\\d)`, 'g');
const REL_MONTH = /\b(?:(?:earlier|later)\s+)?(?<rel>last|this|past|previous)\s+month\b/gi;
/** "last week", "this weekend", "over the weekend" (the latest weekend begun by the report). */
const WEEK = /\b(?:(?:(?:earlier|later)\s+)?(?<rel>last|this|past|previous)\s+(?<unit>week(?:end)?)|(?:at|over|during)\s+the\s+(?<unit2>weekend))\b/gi;
const RECENT = /\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|two|three|couple\s+of)\s+)?(?<unit>days?|weeks?|months?)\b|\brecently\b|\bin recent (?<unit2>days|weeks|months)\b/gi;
const DAY_WORD = /\b(?<w>yesterday|today|tonight|this morning|this afternoon|this evening|last night)\b/gi;
const WEEKDAY = /\b(?:(?<last>last|on|this|past)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const YEAR = /\b(?:in|since|back in|during|by|of|until|from)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?<year>(?:19|20)\d\d)\b(?![-–]\d)/gi;
const LAST_YEAR = /\b(?:last|previous)\s+year\b/gi;
/** chrono reads "two weeks ago" but not "a fortnight ago". */
const FORTNIGHT = /\b(?<n>a|one|two)\s+fortnights?\s+ago\b/gi;


/** Part of a month: early = 1-10, mid = 11-20, late = 21-end; ACLED codes such spans at month precision. */
function partRange(part: string | undefined, y: number, m: number): [string, string] {
  const p = (part ?? '').toLowerCase();
  const last = lastDayOfMonth(y, m);
  if (/early|beginning|start/.test(p)) return [ymd(y, m, 1), ymd(y, m, 10)];
  if (/mid|middle/.test(p)) return [ymd(y, m, 11), ymd(y, m, 20)];
  if (/late|end/.test(p)) return [ymd(y, m, 21), ymd(y, m, last)];
  return [ymd(y, m, 1), ymd(y, m, last)];
}

function relativeMonth(pub: string, rel: string): [number, number] {
  let y = +pub.slice(0, 4);
  let m = +pub.slice(5, 7);
  if (!/this/i.test(rel)) {
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return [y, m];
}

type Finder = (doc: DocState, g: Record<string, string | undefined>) => DateFields | null;

/** "one of the biggest attacks on civilians in recent months", "the deadliest day since 2014":
 *  a window a superlative is measured over, not when the event happened (the clause before the
 *  period, up to 80 characters without a sentence break). Only open windows: "the deadliest
 *  attack in 2019" still says when it happened, and "the deadliest attack on Sunday" too. */
const MEASURED_OVER = /\bthe\s+(?:most\s+\p{L}+|biggest|largest|deadliest|bloodiest|worst|heaviest|fiercest|highest|greatest)\b[^.;:!?]{0,80}$/iu;

function measuredWindow(stage: string, match: string): boolean {
  return stage === 'dates/recently' || (stage === 'dates/year' && /^since\b/i.test(match));
}

function scan(doc: DocState, re: RegExp, stage: string, confidence: number, find: Finder): void {
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (measuredWindow(stage, m[0]) && MEASURED_OVER.test(doc.text.slice(Math.max(0, m.index - 100), m.index))) continue;
    const f = find(doc, m.groups ?? {});
    if (f) addDate(doc, m.index, m.index + m[0].length, f, stage, confidence);
  }
}

function monthFields(doc: DocState, g: Record<string, string | undefined>, precision: TimePrecision): DateFields | null {
  const pub = doc.published;
  let y: number;
  let mon: number;
  if (g.rel) {
    if (!pub) return null;
    [y, mon] = relativeMonth(pub, g.rel);
  } else {
    if (!g.mon || !/^[A-Z]/.test(g.mon)) return null;
    mon = monthNumber(g.mon);
    if (!mon) return null;
    if (g.year) y = +g.year;
    else if (pub) y = mostRecentPastYear(pub, mon);
    else return null;
  }
  const [date, end] = partRange(g.part, y, mon);
  return { date, end, precision, anchor: g.year ? 'explicit' : 'publication' };
}

const FINDERS: Array<[RegExp, string, number, Finder]> = [
  [
    RECENT,
    'dates/recently',
    0.5,
    (doc, g) => {
      if (!doc.published) return null;
      // An open window ending at the report: coded at the report date, as ACLED does "as reported".
      const unit = g.unit ?? g.unit2 ?? 'weeks';
      return { date: doc.published, precision: unit.startsWith('day') ? 2 : 3, anchor: 'publication', asReported: true };
    },
  ],
  [PART_OF_MONTH, 'dates/part-of-month', 0.8, (doc, g) => monthFields(doc, g, 3)],
  [REL_MONTH, 'dates/relative-month', 0.8, (doc, g) => monthFields(doc, g, 3)],
  [BARE_MONTH, 'dates/month', 0.8, (doc, g) => monthFields(doc, g, 3)],
  [
    WEEK,
    'dates/relative-week',
    0.8,
    (doc, g) => {
      if (!doc.published) return null;
      const thisWeek = weekStart(doc.published);
      if ((g.unit ?? g.unit2 ?? '').length > 4) {
        // A weekend: its Saturday (weeks start on Monday). "Last weekend" is the one before this
        // week's; "this weekend" and "over the weekend" the latest one begun by the report.
        const saturday = addDays(thisWeek, 5);
        const last = g.rel !== undefined && !/this/i.test(g.rel);
        const start = last || saturday > doc.published ? addDays(saturday, -7) : saturday;
        return { date: start, end: addDays(start, 1), precision: 2, anchor: 'publication' };
      }
      const start = /this/i.test(g.rel ?? '') ? thisWeek : addDays(thisWeek, -7);
      return { date: start, end: addDays(start, 6), precision: 2, anchor: 'publication' };
    },
  ],
  [
    DAY_WORD,
    'dates/day-word',
    0.85,
    (doc, g) => {
      if (!doc.published) return null;
      const w = (g.w ?? '').toLowerCase();
      const date = w === 'yesterday' || w === 'last night' ? addDays(doc.published, -1) : doc.published;
      return { date, precision: 1, anchor: 'publication' };
    },
  ],
  [
    WEEKDAY,
    'dates/weekday',
    0.8,
    (doc, g) => {
      if (!doc.published) return null;
      const target = WEEKDAYS.indexOf((g.wd ?? '').toLowerCase());
      const dow = new Date(`${doc.published}T00:00:00Z`).getUTCDay();
      let back = (dow - target + 7) % 7;
      if (back === 0 && /last|past/i.test(g.last ?? '')) back = 7;
      return { date: addDays(doc.published, -back), precision: 1, anchor: 'publication' };
    },
  ],
  [
    YEAR,
    'dates/year',
    0.9,
    (_doc, g) => ({ date: `${g.year}-01-01`, end: `${g.year}-12-31`, precision: 3, anchor: 'explicit', yearOnly: true }),
  ],
  [
    LAST_YEAR,
    'dates/last-year',
    0.8,
    (doc) => {
      if (!doc.published) return null;
      const y = +doc.published.slice(0, 4) - 1;
      return { date: `${y}-01-01`, end: `${y}-12-31`, precision: 3, anchor: 'publication', yearOnly: true };
    },
  ],
  [
    FORTNIGHT,
    'dates/fortnight-ago',
    0.7,
    (doc, g) => {
      if (!doc.published) return null;
      const days = g.n?.toLowerCase() === 'two' ? 28 : 14;
      // "about a fortnight ago" is a rough count: ACLED's week precision.
      return { date: addDays(doc.published, -days), precision: 2, anchor: 'publication' };
    },
  ],
];

/** Words (lower case) without one of which a pattern cannot match: most notes hold none of
 *  them, and a substring test is far cheaper than running the pattern over the whole text. */
const NEEDS = new Map<RegExp, string[]>([
  [PART_OF_MONTH, ['early', 'mid', 'late', 'beginning', 'start', 'end']],
  [REL_MONTH, ['month']],
  [WEEK, ['week']],
  [RECENT, ['recent', 'past', 'last']],
  [DAY_WORD, ['yesterday', 'today', 'tonight', 'this', 'last night']],
  [WEEKDAY, ['day']],
  [LAST_YEAR, ['year']],
  [FORTNIGHT, ['fortnight']],
]);

export const periodStage: Stage = {
  name: 'dates/periods',
  run(doc) {
    const lower = doc.text.toLowerCase();
    for (const [re, stage, confidence, find] of FINDERS) {
      const needs = NEEDS.get(re);
      if (needs && !needs.some((w) => lower.includes(w))) continue;
      scan(doc, re, stage, confidence, find);
    }
  },
};
