// Calendar arithmetic on YYYY-MM-DD strings in UTC (no time zones: reports name days).

/** Month names in lower case, January first. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Answers of monthNumber so far: the date parsers ask for the same few spellings ("May", "April")
 *  thousands of times a batch (speed). Bounded, as callers may pass any word. */
const MONTH_OF = new Map<string, number>();

/** Month number 1-12 from a full or abbreviated English month name ("Sept", "Nov."), or 0. */
export function monthNumber(name: string): number {
  let n = MONTH_OF.get(name);
  if (n === undefined) {
    n = readMonth(name);
    if (MONTH_OF.size < 1000) MONTH_OF.set(name, n);
  }
  return n;
}

function readMonth(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(key.slice(0, 3)) && m.startsWith(key === 'sept' ? 'sep' : key));
  return i + 1;
}

export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Answers of toTime so far: the stages compare the same few days (publication, the story's dates)
 *  many times per text, and each reading cut three strings (speed). Bounded. */
const TIME_OF = new Map<string, number>();

export function toTime(date: string): number {
  let t = TIME_OF.get(date);
  if (t === undefined) {
    t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
    if (TIME_OF.size < 10_000) TIME_OF.set(date, t);
  }
  return t;
}

export function fromTime(t: number): string {
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * 86_400_000);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / 86_400_000);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(y: number, m: number): number {
  // Counted, not a Date per call (validDay runs for every date phrase); a Date still answers for
  // what the table does not cover (months outside 1-12, years 0-99 that Date.UTC reads as 19xx).
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12 || (y >= 0 && y <= 99)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1];
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

/** "YYYY-MM-DD" naming a day that exists: '2024-02-30' and '2024-13-01' have the shape but not the day. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && validDay(+m[1]!, +m[2]!, +m[3]!);
}

/** The year in which month `m` (and day `d`) most recently occurred on or before `ref`. */
export function mostRecentPastYear(ref: string, m: number, d = 1): number {
  const y = +ref.slice(0, 4);
  return ymd(y, m, d) <= ref ? y : y - 1;
}

/** Monday of the week containing `date` (ISO weeks, as news weeks are). */
export function weekStart(date: string): string {
  const dow = new Date(toTime(date)).getUTCDay(); // 0 Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** Weekday names in lower case, indexed as Date.getUTCDay() counts them (Sunday = 0). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
