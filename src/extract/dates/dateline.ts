// The publication date a text states in its header block: "Posted May 5, 2009 11:23 AM CDT",
// "Xinhua, January 20, 2015", "Published 2020-07-13". Copied news text keeps such a line but no
// metadata, and without a publication date "on Monday" or "yesterday" cannot be resolved. Ingest
// stores it as the document's publication date (src/ingest/read.ts); extraction falls back on it
// when a text arrives without one. Only a short line after the title and before the body counts,
// and only when it is little more than the date, so a headline or a sentence that mentions a date
// is never taken.

import { MONTH_PATTERN, monthNumber, mostRecentPastYear, validDay, ymd } from './calendar.ts';
import type { Stage } from '../state.ts';

const DATE_FORMS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [+m[3], monthNumber(m[2]), +m[1]] },
];
/** Words a dateline may carry besides the date and a source name: what it is, a byline, a time. */
const FILLER = /\b(posted|published|on|at|staff|writer|reporter|correspondent|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*\(?[a-z]{2,5}\)?)?|\b(gmt|utc)\b|[,|·•:()–—-]/gi;
const HEADER_LINES = 6;
const MAX_LINE = 80;
/** The header block lies within this many characters (a title, a byline, blank lines). */
const HEAD_CHARS = 2000;
// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const STARTS_UPPER = /^\p{Lu}/u;

/** YYYY-MM-DD of the dateline in the text's header block, or null. */
export function datelineDate(text: string): string | null {
  const lines = text.slice(0, HEAD_CHARS).split('\n').map((l) => l.trim()).filter(Boolean).slice(1, HEADER_LINES);
  for (const line of lines) {
    if (line.length > MAX_LINE) break; // the body has started
    if (/^(last\s+)?updated\b/i.test(line)) continue;
    for (const form of DATE_FORMS) {
      const m = form.re.exec(line);
      if (!m) continue;
      const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(FILLER, ' ').trim();
      // What is left may only name the source ('Xinhua', 'KABUL', 'AFP'): a lower-case word or a
      // number means a sentence that mentions a date ('Gunmen killed 4 on May 5, 2009').
      const words = rest.split(/\s+/).filter(Boolean);
      if (words.length > 3 || words.some((w) => !STARTS_UPPER.test(w))) break;
      const [y, mo, d] = form.ymd(m);
      if (validDay(y, mo, d)) return ymd(y, mo, d);
    }
  }
  return null;
}

const FILED = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'i');

/** The day a wire story was filed, from its opening dateline ("YOLA (Adamawa, Nigeria), Nov 4
 *  (Xinhua) --"): YYYY-MM-DD, in the year of publication or the one before (never after
 *  publication), or null. Its relative days ("on Monday") count from that day, not from a later
 *  republication. */
export function filingDay(dateline: string, published: string | null): string | null {
  const m = FILED.exec(dateline);
  if (!m) return null;
  const mon = monthNumber(m[1]!);
  const d = +m[2]!;
  const y = m[3] ? +m[3] : published ? mostRecentPastYear(published, mon, d) : null;
  if (!y || !mon || !validDay(y, mon, d)) return null;
  const day = ymd(y, mon, d);
  return published && day > published ? null : day;
}

/** A wire story's relative days count from the day its lead's dateline says it was filed: that
 *  day becomes the document's publication day, before any date is read. */
export const filingDayStage: Stage = {
  name: 'dates/filing-day',
  run(doc) {
    const lead = doc.sentences.find((s) => !s.title);
    const filed = lead?.dateline ? filingDay(doc.text.slice(lead.start, lead.start + lead.dateline), doc.published) : null;
    if (filed) doc.published = filed;
  },
};
