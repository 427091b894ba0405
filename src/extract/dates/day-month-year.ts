// Fast path for explicitly stated days, the forms ACLED notes and wire copy use:
// "On 9 May 2020", "On 2nd May 2020", "30 April, 2020", "On 3-4 May", "May 9, 2020", "Nov. 14",
// with ACLED's hedges: "Around 9 May 2020 (as reported)", "As reported on ...", "(week of)",
// "(month of)", "(or around)", "(from 7 - 8 May)". A day without a year takes the most recent
// past year relative to publication (reports describe the past).

import type { TimePrecision } from '../../core/types.ts';
import type { DocState, Stage } from '../state.ts';
import { MONTH_PATTERN, mostRecentPastYear, monthNumber, validDay, ymd } from './calendar.ts';
import { addDate } from './mention.ts';
import { intendedYear } from './year-typo.ts';

const ORD = '(?:st|nd|rd|th)?';
const HEDGE = '(?<hedge>(?:[Aa]round|[Aa]s reported on|[Rr]eported on|[Aa]pproximately on|[Oo]n or around|[Oo]n or about)\\s+)?';
const TRAILER = '(?<trailer>\\s*\\((?:as reported|week of|month of|or around|around|from [^)]{1,20}|\\d{1,2}\\s*-\\s*\\d{1,2}[^)]{0,12})\\))?';

const DAY_FIRST = new RegExp(
  `${HEDGE}\\b(?<d1>\\d{1,2})${ORD}(?:\\s*(?:-|–|to|and)\\s*(?<d2>\\d{1,2})${ORD})?\\s+(?:of\\s+)?(?<mon>${MONTH_PATTERN})(?:,?\\s+(?<year>(?:19|20)\\d\\d))?\\b${TRAILER}`,
  'g',
);
const MONTH_FIRST = new RegExp(
  `${HEDGE}\\b(?<mon>${MONTH_PATTERN})\\s+(?<d1>\\d{1,2})${ORD}(?:\\s*(?:-|–)\\s*(?<d2>\\d{1,2}))?(?!\\d|:)(?:,?\\s+(?<year>(?:19|20)\\d\\d))?\\b${TRAILER}`,
  'g',
);

function precisionOf(hedge: string | undefined, trailer: string | undefined, range: boolean): TimePrecision {
  const t = (trailer ?? '').toLowerCase();
  if (t.includes('month of')) return 3;
  if (hedge || t || range) return 2;
  return 1;
}

function scan(doc: DocState, re: RegExp, stage: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const g = m.groups!;
    // "May" is also a verb: only a capitalised month counts.
    if (!/^[A-Z]/.test(g.mon)) continue;
    const month = monthNumber(g.mon);
    const d1 = +g.d1;
    const d2 = g.d2 ? +g.d2 : d1;
    if (!month) continue;
    let year = g.year ? intendedYear(+g.year, month, d1, doc.published, doc.text, m.index) : 0;
    if (!year) {
      if (!doc.published) continue;
      year = mostRecentPastYear(doc.published, month, d1);
    }
    if (!validDay(year, month, d1) || !validDay(year, month, d2) || d2 < d1) continue;
    const start = m.index + (g.hedge ? 0 : m[0].length - m[0].trimStart().length);
    addDate(
      doc,
      start,
      m.index + m[0].length,
      {
        date: ymd(year, month, d1),
        end: ymd(year, month, d2),
        precision: precisionOf(g.hedge, g.trailer, d2 !== d1),
        anchor: g.year && year === +g.year ? 'explicit' : 'publication',
      },
      stage,
      !g.year ? 0.85 : year === +g.year ? 0.95 : 0.8,
    );
  }
}

export const dayMonthYearStage: Stage = {
  name: 'dates/day-month-year',
  run(doc) {
    scan(doc, DAY_FIRST, 'dates/day-month-year');
    scan(doc, MONTH_FIRST, 'dates/month-day-year');
  },
};
