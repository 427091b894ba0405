// The publication date a plain-text article states in its header block: "Posted May 5, 2009
// 11:23 AM CDT", "Xinhua, January 20, 2015", "Published 2020-07-13". Copied news text keeps such
// a line but no metadata, and without a publication date "on Monday" or "yesterday" cannot be
// resolved. Only a short line after the title and before the body counts, and only when it is
// little more than the date, so a headline or a sentence that mentions a date is never taken.

import { MONTHS } from './meta.ts';

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_FORMS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, ymd: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3], month(m[1]), m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3], month(m[2]), m[1]] },
];
/** Words a dateline may carry besides the date (the rest is at most a source name). */
const FILLER = /\b(posted|published|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*\(?[a-z]{2,5}\)?)?|\b(gmt|utc)\b|[,|·•:()–—-]/gi;
const HEADER_LINES = 6;
const MAX_LINE = 80;

function month(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
}

/** YYYY-MM-DD of the dateline in the text's header block, or null. */
export function datelineDate(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(1, HEADER_LINES);
  for (const line of lines) {
    if (line.length > MAX_LINE) break; // the body has started
    if (/^(last\s+)?updated\b/i.test(line)) continue;
    for (const { re, ymd } of DATE_FORMS) {
      const m = re.exec(line);
      if (!m) continue;
      const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(FILLER, ' ').trim();
      // What is left may only name the source ('Xinhua', 'KABUL', 'AFP'): a lower-case word or a
      // number means a sentence that mentions a date ('Gunmen killed 4 on May 5, 2009').
      const words = rest.split(/\s+/).filter(Boolean);
      if (words.length > 3 || words.some((w) => !/^\p{Lu}/u.test(w))) break;
      const [y, mo, d] = ymd(m);
      const iso = `${y}-${mo}-${d.padStart(2, '0')}`;
      const day = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso)) return iso;
    }
  }
  return null;
}
