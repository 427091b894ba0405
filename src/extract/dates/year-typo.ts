// "On 1 May 2018, ..." leading a report published on 1 May 2020: the day and month are the
// report's own (within days of publication) and only the year is a slip of the keyboard -- a lead
// date years old with a day and month this close to publication is far likelier a typo than an
// anniversary (an anniversary report names the event it recalls after the lead, not as its lead).

import { daysBetween, validDay, ymd } from './calendar.ts';

/** How far before publication the lead's day and month may be, in the publication's year; and
 *  after it (a publication date in another time zone than the event's). */
const LEAD_DAYS = 14;
const AHEAD_DAYS = 1;
/** How many years back a slip may reach ("2019" or "2018" typed for "2020"). */
const SLIP_YEARS = 2;
/** The lead date is the text's first words ("On 9 May", "Looting: On 4 May", "Around 1 May"). */
const LEAD_CHARS = 30;

/** The year the writer meant for a stated day: the publication's year when the stated year is a
 *  slip (see above), else the stated year. */
export function intendedYear(stated: number, month: number, day: number, published: string | null, at: number, before: string): number {
  if (!published || at > LEAD_CHARS || /[.!?]\s/.test(before)) return stated;
  const year = +published.slice(0, 4);
  if (stated >= year || stated < year - SLIP_YEARS || !validDay(year, month, day)) return stated;
  const gap = daysBetween(ymd(year, month, day), published);
  return gap >= -AHEAD_DAYS && gap <= LEAD_DAYS ? year : stated;
}
