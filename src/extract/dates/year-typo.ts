// "On 1 May 2018, ..." opening an ACLED-style note published on 1 May 2020: the day and month are
// the report's own (within days of publication) and only the year is a slip of the keyboard. Only
// a bare lead date is read so: the note's first words, after at most a short label ("Looting: ")
// and a plain lead word ("On", "Around", "Reported on"). Ordinary news names old days on purpose
// and says so before the date: "One year ago, on 1 May 2019", "Since 28 April 2019", "Between 25
// April 2019 and ...", "From ..." -- those keep their year. A weekday written before the date
// ("On Tuesday 30 April 2019") is the writer checking the calendar: when it fits the stated year
// and not the publication's, the stated year is meant.

import { WEEKDAYS, daysBetween, toTime, validDay, ymd } from './calendar.ts';

/** How far before publication the lead's day and month may be, in the publication's year; and
 *  after it (a publication date in another time zone than the event's). */
const LEAD_DAYS = 14;
const AHEAD_DAYS = 1;
/** How many years back a slip may reach ("2019" or "2018" typed for "2020"). */
const SLIP_YEARS = 2;
/** All the text a slipped lead date may follow: an optional short label with a colon, an optional
 *  plain lead word, an optional weekday (captured). */
const LEAD = /^\s*(?:\p{Lu}[\p{L} '&/-]{0,30}:\s+)?(?:(?:on or around|on or about|as reported on|reported on|around|on)\s+)?(?:(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:the\s+)?$/iu;
/** The longest text LEAD can match (label, "on or around", weekday, "the"). */
const LEAD_CHARS = 80;

function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(toTime(ymd(year, month, day))).getUTCDay()]!;
}

/** The year the writer meant for a stated day: the publication's year when the stated year is a
 *  slip (see above), else the stated year. The date starts at `at` in `text`. */
export function intendedYear(stated: number, month: number, day: number, published: string | null, text: string, at: number): number {
  if (!published || at > LEAD_CHARS) return stated;
  const year = +published.slice(0, 4);
  if (stated >= year || stated < year - SLIP_YEARS || !validDay(year, month, day)) return stated;
  const lead = LEAD.exec(text.slice(0, at));
  if (!lead) return stated;
  const gap = daysBetween(ymd(year, month, day), published);
  if (gap < -AHEAD_DAYS || gap > LEAD_DAYS) return stated;
  const weekday = lead.groups!.weekday?.toLowerCase();
  if (weekday && weekdayOf(stated, month, day) === weekday && weekdayOf(year, month, day) !== weekday) return stated;
  return year;
}
