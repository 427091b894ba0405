// Refiner: a date inside a quotation is relative to when it was said, not to publication
// ("they're going to attack tonight"), so it neither dates an event nor anchors a sequence.
// A calendar day is not ("On the evening of Thursday, May 11, the village suffered an attack,"
// the governor said): it stays, for the incident the quotation tells of (segment/group toldDate).

import type { Stage } from '../state.ts';
import { inQuote } from '../by-sentence.ts';
import type { DateMention } from '../state.ts';

export function isCalendarDay(d: DateMention): boolean {
  return (d.stage === 'dates/day-month-year' || d.stage === 'dates/month-day-year') && d.value.precision === 1;
}

export const dropQuotedDatesStage: Stage = {
  name: 'dates/drop-quoted',
  run(doc) {
    if (doc.quotes.length) doc.dates = doc.dates.filter((d) => !inQuote(doc, d.start) || isCalendarDay(d));
  },
};
