// A document given without a publication date often states it itself, on a short line near the
// top: "Posted May 5, 2009 11:23 AM CDT", "Xinhua, January 20, 2015", "Published 3 March 2021".
// That date is the reference for "yesterday" and "on Monday", as a publication date would be.

import { MONTH_PATTERN, monthNumber, validDay, ymd } from './calendar.ts';

/** How far into the text a dateline may stand (headline, standfirst and byline come first). */
const HEAD = 600;
/** A dateline is a short line of its own, not a sentence that happens to hold a date. */
const MAX_LINE = 80;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+((?:19|20)\\d{2})\\b`, 'i');
/** A dateline holds few words besides the date ("Posted", an agency, a time, a place). */
const MAX_OTHER_WORDS = 5;

function dateOf(line: string): string | null {
  const a = MONTH_DAY_YEAR.exec(line);
  const b = a ? null : DAY_MONTH_YEAR.exec(line);
  const found = a ?? b;
  if (!found) return null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found[0].length)).split(/\s+/).filter((w) => /\w/.test(w));
  if (rest.length > MAX_OTHER_WORDS) return null;
  const [m, d, y] = a ? [monthNumber(a[1]), +a[2], +a[3]] : b ? [monthNumber(b[2]), +b[1], +b[3]] : [0, 0, 0];
  return m && validDay(y, m, d) ? ymd(y, m, d) : null;
}

/** The date of a dateline line in the head of the text, or null. */
export function datelineDate(text: string): string | null {
  for (const raw of text.slice(0, HEAD).split('\n')) {
    const line = raw.trim();
    if (!line || line.length > MAX_LINE) continue;
    const date = dateOf(line);
    if (date) return date;
  }
  return null;
}
